// The banner's host element and the guard that keeps it in the page: a page cannot remove, move, hide or restyle it
// for long. Written for a hostile page: the page shares the DOM with us and may fight back.
import { HOST_STYLE } from './banner-styles';

export const BANNER_TAG = 'id-guard-banner';

/**
 * Repairs allowed per window before the guard waits for the next window: a page that removes the banner in a
 * loop (each removal is a mutation we answer) must not turn the pair of us into a microtask ping-pong that
 * freezes the tab. 20 per second is far above what any honest page does and still restores the banner at once.
 */
export const MAX_REPAIRS_PER_WINDOW = 20;
export const REPAIR_WINDOW_MS = 1000;

const GUARDED_ATTRS = ['style', 'hidden', 'class', 'popover', 'inert', 'dir', 'data-level'];

export interface BannerHost {
  host: HTMLElement;
  root: ShadowRoot;
  setLevel(level: 'caution' | 'danger'): void;
  remove(): void;
}

/**
 * Makes the host element and its shadow root. We never call customElements.define: in Chrome's isolated world
 * `customElements` is null, and an undefined but valid custom-element name may still carry a shadow root in both
 * browsers. If the page defined our tag itself (its constructor could take the shadow root first), we fall back to
 * a tag the page cannot know in advance.
 */
function makeHost(doc: Document, mode: ShadowRootMode): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [BANNER_TAG, `${BANNER_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    try {
      const host = doc.createElement(tag);
      return { host, root: host.attachShadow({ mode }) };
    } catch {
      // The page's own element of that name already attached a shadow root: try the unguessable name.
    }
  }
  throw new Error('id-guard: cannot create the banner host');
}

/** Creates the banner host at the top of `doc` and guards it. `mode` is 'open' only in tests' audit pages. */
export function createBannerHost(doc: Document, level: 'caution' | 'danger', mode: ShadowRootMode = 'closed'): BannerHost {
  const { host, root } = makeHost(doc, mode);
  let currentLevel = level;
  let repairs = 0;
  let windowStart = 0;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  let removed = false;

  const place = () => {
    // First child of <html>, outside <body>: first in keyboard order, and untouched by body.innerHTML rewrites.
    const top = doc.documentElement;
    if (top && (host.parentNode !== top || top.firstChild !== host)) top.insertBefore(host, top.firstChild);
  };
  const assert = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const a of GUARDED_ATTRS) if (a !== 'style' && a !== 'data-level' && host.hasAttribute(a)) host.removeAttribute(a);
    if (host.getAttribute('data-level') !== currentLevel) host.setAttribute('data-level', currentLevel);
    place();
  };

  const repair = () => {
    if (removed) return;
    const now = Date.now();
    if (now - windowStart > REPAIR_WINDOW_MS) {
      windowStart = now;
      repairs = 0;
    }
    if (++repairs > MAX_REPAIRS_PER_WINDOW) {
      // Over budget: one repair when the window ends, none in between.
      deferred ??= setTimeout(() => {
        deferred = undefined;
        repair();
      }, REPAIR_WINDOW_MS);
      return;
    }
    observer.disconnect();
    assert();
    observe();
  };

  const observer = new MutationObserver(repair);
  const observe = () => {
    observer.observe(host, { attributes: true, attributeFilter: GUARDED_ATTRS });
    // Only <html>'s own children: a removed or moved banner shows up here; subtree changes of the page do not.
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
  };

  assert();
  observe();
  return {
    host,
    root,
    setLevel(l) {
      currentLevel = l;
      repair();
    },
    remove() {
      removed = true;
      observer.disconnect();
      clearTimeout(deferred);
      host.remove();
    },
  };
}
