// The content script's one door to the extension: sending the typed messages of protocol/messages.ts, the UI language,
// the URL of the page kit and whether this copy of the script is still connected to the extension.
//
// Why not webextension-polyfill here (the rest of the extension uses it through wxt/browser): the content script
// runs in every page's fresh isolated world, and the polyfill's start-up there (its API-metadata table and
// wrappers) costs several times a quiet page's whole budget in Chromium (docs/performance.md). The calls
// the content scripts make are promise-based (or synchronous) in both browsers' own namespaces: Firefox's `browser`, and
// Chrome MV3's `chrome` (runtime.sendMessage returns a promise when given no callback).
import { langFromTag } from '../core/lang';
import type { ContentMessage, Replies } from '../protocol/messages';
import type { Lang } from '../core/types';

interface NativeApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  i18n?: { getUILanguage(): string };
}

/**
 * Firefox's `browser`, else Chrome's `chrome`. The prototype test is webextension-polyfill's: in Chrome, where
 * content scripts have no `browser`, a page element with id="browser" shows through as `window.browser` (named
 * access works in the isolated world too), and its prototype is an element's, never Object.prototype.
 */
function nativeApi(): NativeApi {
  const g = globalThis as { browser?: object; chrome?: object };
  const b = g.browser;
  return ((b && typeof b === 'object' && Object.getPrototypeOf(b) === Object.prototype ? b : g.chrome) ?? {}) as NativeApi;
}

/**
 * Read on first use, not when the script loads: the first touch of `chrome.runtime` in a page's isolated world
 * builds its bindings (a measurable cost per page, docs/performance.md),
 * and a page with no ID cues never needs them.
 */
let cached: NativeApi | undefined;
const ext = (): NativeApi => (cached ??= nativeApi());

/** Sends a content message to the background and gets its typed reply. Rejects when the extension is gone. */
export async function sendToBackground<M extends ContentMessage>(message: M): Promise<Replies[M['type']]> {
  const runtime = ext().runtime;
  if (!runtime) throw new Error('id-guard: no extension runtime');
  return (await runtime.sendMessage(message)) as Replies[M['type']];
}

/**
 * False once the extension was reloaded, updated or removed: the browser leaves this copy of the script in the
 * page, but cuts it off (runtime.id becomes undefined, or reading it throws in Chrome).
 */
export function extensionConnected(): boolean {
  try {
    return !!ext().runtime?.id;
  } catch {
    return false;
  }
}

/** The URL of one of the extension's files (in Chrome, the per-session dynamic one for web-accessible files). */
export function extensionUrl(path: string): string {
  const runtime = ext().runtime;
  if (!runtime) throw new Error('id-guard: no extension runtime');
  return runtime.getURL(path);
}

/** The browser's UI language. */
export function uiLanguage(): Lang {
  try {
    return langFromTag(ext().i18n?.getUILanguage() ?? globalThis.navigator?.language);
  } catch {
    return langFromTag(globalThis.navigator?.language);
  }
}
