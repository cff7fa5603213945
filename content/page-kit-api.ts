// The seam between the content script that runs on every page (entrypoints/sensor.ts: first pass, observer,
// messages) and the page kit it loads only on pages whose first pass saw a cue (entrypoints/page-kit.ts: the full
// scan, cue compilation and the banner). Keeping the kit out of sensor.js is what holds that bundle (with
// page-world.js) to 20 KB (tests/e2e/bundle-size.e2e.ts); the kit costs nothing on the pages that never need it.
//
// How the kit reaches us: WXT builds page-kit.js as a classic IIFE (an unlisted script), which the content script
// evaluates with a dynamic `import()` of its extension URL. The IIFE exports nothing, so before importing we put a
// one-shot receiver on this world's global; the kit hands itself to it as it runs. That global belongs to the
// content script's isolated world (Chrome) or sandbox (Firefox), which page scripts cannot read, and the receiver
// is non-enumerable and removed as soon as it is used.
import { extensionUrl } from './content-runtime';
import type { ScriptLife } from './script-life';
import type { CueReading } from '../core/request-strength';
import type { Cue, PageSignals, Verdict } from '../core/types';

/** What the sensor keeps of a shown warning (the kit's PageWarning): this file may not import the kit's types. */
export interface ShownWarning {
  /** Asks the person first; resolves true only if they confirm (or when nothing is guarded any more). */
  confirm(action: 'camera'): Promise<boolean>;
  remove(): void;
}

/** The kit as the sensor sees it (entrypoints/page-kit.ts hands over the real functions, checked against this). */
export interface PageKit {
  /** The full scan; the kit installs its bundled cue word lists as it loads. `extra`: the camera watcher's and typed-number cues. */
  scanPage(root: Document, opts: { extra?: Cue[] }): PageSignals;
  readCues(cues: Cue[]): CueReading;
  showPageWarning(life: ScriptLife, verdict: Verdict): ShownWarning;
  /** A field's typed value checked against the national ID formats: a cue with the kind and label only, or null. */
  typedIdCue(field: HTMLInputElement): Cue | null;
}

/** The receiver's key on the isolated world's global (see above for why a page cannot see it). */
const RECEIVER_KEY = '__idGuardPageKitReceiver';
/** A kit that has not arrived by then is not coming (the file failed to evaluate): the sensor counts an error. */
const LOAD_TIMEOUT_MS = 10_000;

/** Called by page-kit.js as it runs. */
export function registerPageKit(kit: PageKit): void {
  const receive = (globalThis as Record<string, unknown>)[RECEIVER_KEY];
  if (typeof receive === 'function') receive(kit);
}

/** Imports the extension's page-kit.js. Rejects when it cannot be loaded. */
export function loadPageKit(): Promise<PageKit> {
  return new Promise<PageKit>((resolve, reject) => {
    const g = globalThis as Record<string, unknown>;
    const done = () => delete g[RECEIVER_KEY];
    const timer = setTimeout(() => {
      done();
      reject(new Error('page kit did not register'));
    }, LOAD_TIMEOUT_MS);
    Object.defineProperty(g, RECEIVER_KEY, {
      configurable: true,
      enumerable: false,
      value: (kit: PageKit) => {
        clearTimeout(timer);
        done();
        resolve(kit);
      },
    });
    // Chrome: use_dynamic_url makes getURL return this session's URL, the only one page-kit.js is served under
    // (wxt.config.ts). The argument stays this one expression: scripts/lint-firefox.ts accepts web-ext lint's
    // "unsafe import" warning only for an import of exactly this packaged file.
    import(/* @vite-ignore */ extensionUrl('/page-kit.js')).catch((e: unknown) => {
      clearTimeout(timer);
      done();
      reject(e);
    });
  });
}
