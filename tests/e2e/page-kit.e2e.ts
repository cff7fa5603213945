// The lazily loaded page kit (content/page-kit-api.ts) and the MAIN-world wrappers, from the page's side, in real
// Chromium and Firefox. A page with no cue must show no trace of ID Guard: no extension file in its resource
// timeline, no message to the extension, and built-ins that still look native. A page with a cue gets the kit
// (its signals reach the background, which only the kit's full scan sends) — still with no extension file in the
// page's timeline, so the import itself does not tell the page before the warning does.
// Messages are observed as in scanner.e2e.ts: a runtime.onMessage listener in an extension page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { PICKER_EVENT } from '../../protocol/page-world';

const HOST = 'verify-account.top';
const LISTEN = `(() => { const api = globalThis.browser ?? globalThis.chrome; globalThis.__got = [];
  api.runtime.onMessage.addListener((m, s) => { globalThis.__got.push({ type: m.type, url: s.url }); }); return true; })()`;
type Got = { type: string; url: string };

/** Runs in the page: what a detection script could read. */
function pageView(pickerEvent: string) {
  const extensionFiles = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /^(chrome|moz)-extension:/.test(n));
  // showPicker on a file input: the wrapper must still be in place (it announces the call to the upload guard).
  let announced = false;
  const input = document.createElement('input');
  input.type = 'file';
  input.addEventListener(pickerEvent, () => (announced = true));
  try {
    input.showPicker();
  } catch {
    // no user activation: the built-in refuses, after our wrapper ran
  }
  const fnToString = Function.prototype.toString;
  return {
    extensionFiles,
    announced,
    getUserMedia: navigator.mediaDevices.getUserMedia.toString(),
    getUserMediaName: MediaDevices.prototype.getUserMedia.name,
    showPicker: HTMLInputElement.prototype.showPicker.toString(),
    showPickerViaCall: fnToString.call(HTMLInputElement.prototype.showPicker),
    showPickerName: HTMLInputElement.prototype.showPicker.name,
    showPickerEnumerable: Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'showPicker')?.enumerable,
    toStringItself: fnToString.toString(),
    toStringEnumerable: Object.getOwnPropertyDescriptor(Function.prototype, 'toString')?.enumerable,
  };
}
type PageView = ReturnType<typeof pageView>;

const native = (name: string) => new RegExp(`^function ${name}\\(\\) \\{\\s*\\[native code\\]\\s*\\}$`);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

async function check(openPage: (url: string) => Promise<void>, view: () => Promise<PageView>, received: () => Promise<Got[]>) {
  const article = server.url(HOST, '/pages/e2e/article.html');
  await openPage(article);
  // The first pass runs at document_idle and the observer's re-checks within ~1.5 s; 3 s leaves room.
  await new Promise((r) => setTimeout(r, 3_000));
  const quiet = await view();
  expect(quiet.extensionFiles).toEqual([]);
  expect((await received()).filter((g) => g.url?.startsWith(article))).toEqual([]);
  expect(quiet.announced, 'showPicker wrapper installed').toBe(true);
  expect(quiet.getUserMedia).toMatch(native('getUserMedia'));
  expect(quiet.getUserMediaName).toBe('getUserMedia');
  expect(quiet.showPicker).toMatch(native('showPicker'));
  expect(quiet.showPickerViaCall).toMatch(native('showPicker'));
  expect(quiet.showPickerName).toBe('showPicker');
  expect(quiet.showPickerEnumerable).toBe(true);
  expect(quiet.toStringItself).toMatch(native('toString'));
  expect(quiet.toStringEnumerable).toBe(false);

  // Positive control: a page with a late ID upload loads the kit, whose full scan sends the page's signals.
  const late = server.url(HOST, '/pages/e2e/late.html');
  await openPage(late);
  const sent = await waitFor(async () => (await received()).find((g) => g.type === 'page-signals' && g.url.startsWith(late)), 15_000).catch(() => null);
  expect(sent, JSON.stringify(await received())).toBeTruthy();
  expect((await view()).extensionFiles).toEqual([]);
}

/** A page as both libraries can drive it. */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(fn: string | ((arg: string) => unknown), arg?: string): Promise<unknown>;
}

/** One browser with the extension, a listening extension page and one tab for the pages under test. */
async function session(browser: 'chromium' | 'firefox'): Promise<{ listener: Tab; page: Tab; close(): Promise<void> }> {
  if (browser === 'chromium') {
    const s = await launchChromium(server);
    const listener = await s.context.newPage();
    await listener.goto(`chrome-extension://${s.extensionId}/popup.html`);
    return { listener: listener as unknown as Tab, page: (await s.context.newPage()) as unknown as Tab, close: s.close };
  }
  const s = await launchFirefox(server, [HOST]);
  const listener = await s.openExtensionPage('popup.html');
  return { listener: listener as unknown as Tab, page: (await s.browser.newPage()) as unknown as Tab, close: s.close };
}

for (const browser of ['chromium', 'firefox'] as const) {
  describe(`${browser} page kit`, () => {
    it('no trace on a page without cues; native-looking wrappers; the kit loads on a cue', { timeout: 120_000 }, async () => {
      const { listener, page, close } = await session(browser);
      try {
        await listener.evaluate(LISTEN);
        await check(
          async (url) => void (await page.goto(url)),
          () => page.evaluate(pageView as (arg: string) => unknown, PICKER_EVENT) as Promise<PageView>,
          () => listener.evaluate(() => (globalThis as unknown as { __got: Got[] }).__got) as Promise<Got[]>,
        );
      } finally {
        await close();
      }
    });
  });
}
