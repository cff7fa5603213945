// A national ID number typed or pasted into a plain form, end to end in both browsers: on an unknown site a valid
// number brings the caution bar with the "you entered …" reason; a number with a bad checksum brings nothing; the
// same valid number on an official site brings nothing; and no message the content script sends to the
// background carries the number (an extension page listens to runtime messages, which reach every extension
// page as they reach the background, and keeps them as sent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../core/types';
import { say } from '../unit/say';
import { htmlRoute, launchChromium, launchFirefox, READ_TAB_VERDICTS, startFixtureServer, waitFor, type FixtureServer } from './harness';

/** GB 11643-1999's own example: a valid Chinese resident ID number. */
const VALID = '11010519491231002X';
/** The same with its check digit changed. */
const BAD_CHECKSUM = '110105194912310021';
const TYPED_HOST = 'vip-member-club.top';
const PASTED_HOST = 'points-rewards.top';
const BAD_HOST = 'loyalty-card.top';
const OFFICIAL_HOST = 'www.10086.cn';
const HOSTS = [TYPED_HOST, PASTED_HOST, BAD_HOST, OFFICIAL_HOST];
const PATH = '/join.html';
const BANNER = 'id-guard-banner';
/** Long enough for the pause after typing (500 ms), the kit's load, the judge's answer and the banner. */
const QUIET_MS = 4_000;
const FLOW_TIMEOUT_MS = 240_000;

/** A members' sign-up form with an innocent label: nothing on it asks for an ID. */
const FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>会员注册</title></head>
<body><h1>会员注册</h1><textarea id="src" aria-label="备注"></textarea>
<form onsubmit="event.preventDefault()"><label for="m">会员编号</label> <input id="m" name="member" autocomplete="off">
<button>注册</button></form></body></html>`;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ routes: [htmlRoute((_host, path) => (path === PATH ? FORM : null))] });
});
afterAll(() => server?.close());

/** Runs in an extension page: keeps every runtime message, as sent, in a global. */
const LISTEN = () => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  (globalThis as any).__sent = [];
  api.runtime.onMessage.addListener((m: unknown) => {
    (globalThis as any).__sent.push(JSON.stringify(m));
  });
};
const SENT = () => (globalThis as any).__sent as string[];
/** What the scenario needs of a browser, for Playwright (Chromium) and Puppeteer (Firefox) alike. */
interface Browser {
  /** Opens a page in front; the form's field is focused. */
  open(host: string): Promise<Tab>;
  /** Evaluates in the listening extension page. */
  ext<T>(fn: () => T | Promise<T>): Promise<T>;
}
interface Tab {
  /** Types text into the field key by key. */
  type(text: string): Promise<void>;
  /** Puts text in the clipboard by copying it from the page's notes box, then pastes it into the field (Ctrl+C, Ctrl+V). */
  paste(text: string): Promise<void>;
  value(): Promise<string>;
  /** The banner's level, or null when there is none. */
  banner(): Promise<string | null>;
}

const BANNER_LEVEL = `(() => document.querySelector('${BANNER}')?.getAttribute('data-level') ?? null)()`;
/** Page script: the notes box holds `text`, focused and selected, so Ctrl+C copies it (the watch reads no textarea). */
const selectSource = (text: string) => `(() => {
  const t = document.getElementById('src'); t.value = ${JSON.stringify(text)}; t.focus(); t.select();
})()`;

function digitWindows(n: string, size = 6): string[] {
  const d = n.replace(/\D/g, '');
  return Array.from({ length: d.length - size + 1 }, (_, i) => d.slice(i, i + size));
}

async function scenario(b: Browser) {
  await b.ext(LISTEN);

  // Typed, key by key, on an unknown site: the caution bar, with the reason naming the ID and the field.
  const typed = await b.open(TYPED_HOST);
  await typed.type(VALID);
  await waitFor(async () => (await typed.banner()) === 'caution', 30_000);
  const verdict = (await waitFor(async () => ((await b.ext(READ_TAB_VERDICTS)) as Record<string, Verdict>)[TYPED_HOST], 10_000))!;
  expect(verdict.level).toBe('caution');
  const reason = verdict.reasons.find((r) => r.code === 'typed-id-number');
  expect(reason && say(reason)).toBe(
    'You entered a Chinese resident ID number in a field labelled "会员编号" on a site that is not an official carrier or agency.',
  );

  // Pasted on another unknown site: the same.
  const pasted = await b.open(PASTED_HOST);
  await pasted.paste(VALID);
  expect(await pasted.value()).toBe(VALID);
  await waitFor(async () => (await pasted.banner()) === 'caution', 30_000);

  // A bad checksum on an unknown site, and the valid number on the official site: nothing shown.
  const bad = await b.open(BAD_HOST);
  await bad.type(BAD_CHECKSUM);
  const official = await b.open(OFFICIAL_HOST);
  await official.type(VALID);
  await new Promise((r) => setTimeout(r, QUIET_MS));
  expect(await bad.banner()).toBeNull();
  expect(await official.banner()).toBeNull();
  const verdicts = (await b.ext(READ_TAB_VERDICTS)) as Record<string, Verdict>;
  expect(verdicts[BAD_HOST]).toBeUndefined();
  expect(verdicts[OFFICIAL_HOST]?.level ?? 'official').toBe('official');

  // Every message the content script sent: the cue says which ID and which field, never the number.
  const sent = await b.ext(SENT);
  const signals = sent.filter((m) => m.includes('"page-signals"'));
  expect(signals.length).toBeGreaterThanOrEqual(2);
  expect(signals.some((m) => m.includes('"typed-id-number"') && m.includes('"cn-ric"') && m.includes('会员编号'))).toBe(true);
  for (const m of sent) {
    for (const n of [VALID, BAD_CHECKSUM]) {
      expect(m.toUpperCase()).not.toContain(n);
      for (const w of digitWindows(n)) expect(m, `a message carries ${w}`).not.toContain(w);
    }
  }
}

describe('typed ID numbers in chromium', () => {
  it('warns on a valid number typed or pasted on unknown sites only, and never sends the number', async () => {
    const s = await launchChromium(server, { locale: 'zh-CN' });
    try {
      const ext = await s.context.newPage();
      await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await scenario({
        ext: (fn) => ext.evaluate(fn),
        async open(host) {
          const page = await s.context.newPage();
          await page.goto(server.url(host, PATH));
          // The sensor's timers run in idle time, which Chromium withholds from background tabs.
          await page.bringToFront();
          // A click, not focus(): keyboard copy and paste in a second tab need the page to have had a real click.
          await page.click('#m');
          return {
            type: (text) => page.keyboard.type(text, { delay: 40 }),
            async paste(text) {
              await page.evaluate(selectSource(text));
              await page.keyboard.press('Control+C');
              await page.click('#m');
              await page.keyboard.press('Control+V');
            },
            value: () => page.inputValue('#m'),
            banner: () => page.evaluate(BANNER_LEVEL) as Promise<string | null>,
          };
        },
      });
    } finally {
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});

describe('typed ID numbers in firefox', () => {
  it('warns on a valid number typed or pasted on unknown sites only, and never sends the number', async () => {
    const s = await launchFirefox(server, HOSTS, { locale: 'zh-CN' });
    try {
      const ext = await s.openExtensionPage('popup.html');
      await scenario({
        ext: (fn) => ext.evaluate(fn),
        async open(host) {
          const page = await s.browser.newPage();
          await page.goto(server.url(host, PATH));
          await page.bringToFront();
          await page.click('#m');
          const chord = async (key: 'KeyC' | 'KeyV') => {
            await page.keyboard.down('Control');
            await page.keyboard.press(key);
            await page.keyboard.up('Control');
          };
          return {
            type: (text) => page.keyboard.type(text, { delay: 40 }),
            async paste(text) {
              await page.evaluate(selectSource(text));
              await chord('KeyC');
              await page.click('#m');
              await chord('KeyV');
            },
            value: () => page.$eval('#m', (el) => (el as HTMLInputElement).value),
            banner: () => page.evaluate(BANNER_LEVEL) as Promise<string | null>,
          };
        },
      });
    } finally {
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});
