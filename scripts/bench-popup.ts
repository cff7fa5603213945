// Popup speed: (1) the built popup opened in headless Chromium until its first results are in the DOM (the
// `idg-first-results` mark, measured from navigation start), median over several opens; (2) one lookup query
// over the whole registry, 95th percentile over a mix of real queries. Needs a built extension
// (.output/chrome-mv3, or IDG_OUT_DIR). Run alone: `npx tsx scripts/bench-popup.ts`; scripts/bench.ts calls
// benchPopup().
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../build/build-registry-index';
import { searchRegistry } from '../ui/lookup';
import { launchChromium, startFixtureServer } from '../tests/e2e/harness';

/** Opens measured after one warm-up open (the first pays for the service worker and disk cache). */
export const POPUP_OPENS = 15;
/** Rounds over QUERIES; 200 × 30 = 6 000 samples, enough for a stable 95th percentile. */
export const QUERY_ROUNDS = 200;
/** What people type: names in several scripts, pinyin, hotlines, domains, intents, card types, typos, prefixes as typed. */
export const QUERIES = [
  '中国移动', '中國移動', 'China Mobile', 'yidong', 'zgyd', '10086', '10086.cn', '一证通查', 'China Unicom', 'T-Mobile',
  'Verizn', 'Telstar', '实名', '补卡', '我要补卡', 'report fraud', 'bank card', 'SIM', '反诈', '0300 123 2040',
  'c', 'ch', 'chin', 'qqqqqqqqzz', '电子身份证', '八达通', '12123', 'kartu SIM', '유심', 'thẻ sim',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Milliseconds per lookup query, in Node (the same pure function the popup runs). */
export function benchLookup(): { p50: number; p95: number } {
  const index = buildSearchIndex();
  for (const q of QUERIES) searchRegistry(q, index, { lang: 'en', region: 'US' }); // warm-up: prepare + JIT
  const times: number[] = [];
  for (let r = 0; r < QUERY_ROUNDS; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      searchRegistry(q, index, { lang: r % 2 ? 'zh_CN' : 'en', region: r % 2 ? 'CN' : 'US' });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Milliseconds from navigation start to the popup's first results, per open. */
export async function benchPopupOpen(opens = POPUP_OPENS): Promise<number[]> {
  const server = await startFixtureServer();
  const session = await launchChromium(server);
  try {
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/popup.html`;
    const times: number[] = [];
    for (let i = 0; i <= opens; i++) {
      await page.goto(url);
      const t = await page.waitForFunction(() => performance.getEntriesByName('idg-first-results')[0]?.startTime, null, {
        timeout: 10_000,
      });
      if (i > 0) times.push((await t.jsonValue()) as number);
    }
    return times;
  } finally {
    await session.close();
    await server.close();
  }
}

export async function benchPopup(): Promise<Record<string, number>> {
  const lookup = benchLookup();
  const opens = (await benchPopupOpen()).sort((a, b) => a - b);
  return {
    'popup-first-results-ms-median': round(percentile(opens, 0.5)),
    'popup-first-results-ms-max': round(opens[opens.length - 1]!),
    'lookup-query-ms-p50': round(lookup.p50),
    'lookup-query-ms-p95': round(lookup.p95),
  };
}

// scripts/bench.ts calls a bench module's default export.
export default benchPopup;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchPopup().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
