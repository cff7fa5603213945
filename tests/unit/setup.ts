// WXT's fake browser has no i18n: give it the real messages (public/_locales), in English unless a test picks
// another locale with setTestLang (tests/unit/test-lang.ts), reset before each test.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { getMessageFor } from '../../scripts/locale-messages';
import { currentTestLang, setTestLang } from './test-lang';

(fakeBrowser as unknown as { i18n: Record<string, unknown> }).i18n = {
  ...((fakeBrowser as unknown as { i18n?: Record<string, unknown> }).i18n ?? {}),
  getMessage: (key: string, subs?: string | string[]) => getMessageFor(currentTestLang())(key, typeof subs === 'string' ? [subs] : subs),
  getUILanguage: () => currentTestLang().replace('_', '-'),
};

beforeEach(() => {
  fakeBrowser.reset();
  setTestLang('en');
});
