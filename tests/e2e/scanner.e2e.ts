// The sensor in the built extension, in real Chromium and Firefox: late, shadow-DOM, iframe, drop-zone, camera
// and hidden-step pages send their signals to the background; a quiet page sends nothing. We observe what the
// background receives with a runtime.onMessage listener registered from the test in an extension page (every
// extension page receives content-script messages), so nothing test-only ships in the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';
import type { Cue } from '../../core/types';

const HOST = 'verify-account.top';
const CAUGHT: Array<[string, (cues: Cue[]) => boolean]> = [
  ['late', (c) => c.some((x) => x.kind === 'file-input' && x.doc === 'id-card-front-back')],
  ['shadow', (c) => c.some((x) => x.kind === 'file-input' && x.doc === 'id-card-front-back')],
  // Past the elements the full scan asks one by one: found because it is a custom element (XPath).
  ['shadow-deep', (c) => c.some((x) => x.kind === 'file-input' && x.doc === 'id-card-front-back')],
  ['iframe', (c) => c.some((x) => x.kind === 'file-input' && x.doc === 'handheld-id')],
  ['dropzone', (c) => c.some((x) => x.kind === 'drop-zone' && x.doc === 'passport')],
  ['camera', (c) => c.some((x) => x.kind === 'camera') && c.some((x) => x.doc === 'face-scan')],
  ['hidden-step', (c) => c.some((x) => x.kind === 'file-input' && x.doc === 'id-card-front-back')],
];

const LISTEN = `(() => { const api = globalThis.browser ?? globalThis.chrome; globalThis.__got = [];
  api.runtime.onMessage.addListener((m, s) => { globalThis.__got.push({ type: m.type, url: s.url, cues: m.signals?.cues ?? null }); }); return true; })()`;
type Got = { type: string; url: string; cues: Cue[] | null };

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

async function runScenarios(openPage: (url: string) => Promise<void>, received: () => Promise<Got[]>) {
  for (const [name, check] of CAUGHT) {
    const url = server.url(HOST, `/pages/e2e/${name}.html`);
    await openPage(url);
    const got = await waitFor(async () => (await received()).find((g) => g.type === 'page-signals' && g.url.startsWith(url) && check(g.cues ?? [])), 15_000).catch(() => null);
    expect(got, `${name}: ${JSON.stringify((await received()).filter((g) => g.url?.startsWith(url)))}`).toBeTruthy();
  }
  // A photo upload with no ID wording is a cue (the page kit loads to check it) but not a request: nothing is sent.
  const quiet = server.url(HOST, '/pages/e2e/quiet.html');
  await openPage(quiet);
  // A page with no cue at all sends nothing whatsoever.
  const article = server.url(HOST, '/pages/e2e/article.html');
  await openPage(article);
  await new Promise((r) => setTimeout(r, 3_000));
  const all = await received();
  expect(all.filter((g) => g.url?.startsWith(quiet))).toEqual([]);
  expect(all.filter((g) => g.url?.startsWith(article))).toEqual([]);
}

describe('chromium scanner', () => {
  it('catches hidden ID requests and leaves a quiet page alone', { timeout: 180_000 }, async () => {
    const s = await launchChromium(server);
    try {
      const listener = await s.context.newPage();
      await listener.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await listener.evaluate(LISTEN);
      const page = await s.context.newPage();
      await runScenarios(
        async (url) => void (await page.goto(url)),
        () => listener.evaluate(() => (globalThis as unknown as { __got: Got[] }).__got),
      );
    } finally {
      await s.close();
    }
  });
});

describe('firefox scanner', () => {
  it('catches hidden ID requests and leaves a quiet page alone', { timeout: 180_000 }, async () => {
    const s = await launchFirefox(server, [HOST]);
    try {
      const listener = await s.openExtensionPage('popup.html');
      await listener.evaluate(LISTEN);
      const page = await s.browser.newPage();
      await runScenarios(
        async (url) => void (await page.goto(url)),
        () => listener.evaluate(() => (globalThis as unknown as { __got: Got[] }).__got),
      );
    } finally {
      await s.close();
    }
  });
});
