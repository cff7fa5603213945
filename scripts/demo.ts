// npm start: opens the bundled demo pages (demo/sites/<host>/…) in headless Chromium with the BUILT extension,
// served over HTTPS from loopback under their realistic host names, and prints what the extension decided for each
// (host, level, reasons), with a screenshot per page in demo-output/. Exits 0 whenever the demo itself ran; a page
// whose level differs from the one demo/demo-pages.json expects is flagged in the table (npm run eval gates on it).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, startFixtureServer } from '../tests/e2e/harness';
import { ExtensionProbe, markdownTable } from './page-probe';
import type { Level } from '../core/types';

export const DEMO_DIR = join(ROOT, 'demo');
const OUTPUT_DIR = join(ROOT, 'demo-output');

export interface DemoPage {
  host: string;
  path: string;
  lang: string;
  expected: Level;
  /** Registry id of the brand a scam page impersonates. */
  brand?: string;
  what: string;
}

export function loadDemoPages(): DemoPage[] {
  return (JSON.parse(readFileSync(join(DEMO_DIR, 'demo-pages.json'), 'utf8')) as { pages: DemoPage[] }).pages;
}

async function main() {
  const pages = loadDemoPages();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await startFixtureServer({ root: DEMO_DIR });
  const session = await launchChromium(server);
  const rows: string[][] = [];
  let unexpected = 0;
  try {
    const probe = await ExtensionProbe.open(session);
    for (const p of pages) {
      const shot = join(OUTPUT_DIR, `${p.host}.png`);
      const r = await probe.visit(server.url(p.host, p.path), { screenshot: shot });
      const ok = r.level === p.expected && !r.error;
      if (!ok) unexpected++;
      const reasons = r.error ? `ERROR: ${r.error}` : r.reasons.join('; ') || (r.note ? `(${r.note})` : '-');
      rows.push([p.host, r.level + (ok ? '' : ` (expected ${p.expected})`), r.banner ? 'yes' : 'no', reasons]);
    }
    await probe.close();
  } finally {
    await session.close();
    await server.close();
  }
  console.log(markdownTable(['host', 'level', 'banner', 'reasons'], rows));
  console.log(`\nScreenshots: ${OUTPUT_DIR}/<host>.png`);
  if (unexpected) console.log(`${unexpected} page(s) did not get the level demo/demo-pages.json expects (see "expected" above).`);
}

// Run only as a script (eval.ts imports loadDemoPages).
if (process.argv[1] && /demo\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`npm start: ${(e as Error)?.message ?? e}`);
    process.exit(1);
  });
}
