// WXT's fake browser has no i18n.getMessage; the UI reads its strings through lib/i18n, which falls back to
// the bundled English messages, but code that calls browser.i18n directly must not crash in tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

const i18n = (fakeBrowser as unknown as { i18n: Record<string, unknown> }).i18n ?? {};
(fakeBrowser as unknown as { i18n: Record<string, unknown> }).i18n = {
  ...i18n,
  getMessage: (key: string) => key,
  getUILanguage: () => 'en-US',
};

beforeEach(() => {
  fakeBrowser.reset();
});
