// The banner's host element and the guard that keeps it in the page: a page cannot remove, move, hide, restyle or
// cover it for long. Written for a hostile page: the page shares the DOM with us and may fight back. Every act of
// the page against the warning is reported (onHostile) so that the caller can stop arguing and escalate.
import { HOST_STYLE } from './banner-styles';

export const BANNER_TAG = 'id-guard-banner';

/**
 * Repairs allowed per window before the guard waits for the next window: a page that removes the banner in a
 * loop (each removal is a mutation we answer) must not turn the pair of us into a microtask ping-pong that
 * freezes the tab. 20 per second is far above what any honest page does and still restores the banner at once.
 */
export const MAX_REPAIRS_PER_WINDOW = 20;
export const REPAIR_WINDOW_MS = 1000;
/**
 * How often the guard asks the browser what is at the warning's place (one elementFromPoint and one layout read):
 * covering needs no DOM change we could observe, so it is polled, at a rate that costs nothing measurable and
 * still brings the warning back within a second. Top-layer changes we can see (a popover or dialog toggling,
 * fullscreen) ask sooner, after COVER_SETTLE_MS, once the page's own top-layer element is in place.
 */
export const COVER_CHECK_MS = 700;
export const COVER_SETTLE_MS = 50;
/**
 * A cover that comes back this soon after we raised the warning over it is the page fighting, not a menu or a
 * dialog that happened to open: only those count as hostile. An honest page's popover opens on a person's click.
 */
export const FIGHT_WINDOW_MS = 3000;

const GUARDED_ATTRS = ['style', 'hidden', 'class', 'popover', 'inert', 'dir', 'data-level'];

/** What the page did to the warning: removed or moved it, changed its attributes, or covered it again. */
export type HostileAct = 'removed' | 'restyled' | 'covered';
export type Edge = 'top' | 'bottom';

/**
 * Where the bar should sit so that it does not cover the page's focused field (`field`: its top and bottom in the
 * viewport): where it is if that is clear, else the other edge if that is clear, else where it is (a field taller
 * than the space between the edges is covered wherever the bar goes).
 */
export function edgeFor(field: { top: number; bottom: number }, barHeight: number, viewportHeight: number, current: Edge): Edge {
  const covers = (edge: Edge) =>
    edge === 'top' ? field.top < barHeight && field.bottom > 0 : field.bottom > viewportHeight - barHeight && field.top < viewportHeight;
  if (!covers(current)) return current;
  const other: Edge = current === 'top' ? 'bottom' : 'top';
  return covers(other) ? current : other;
}

export interface BannerHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The top-layer element inside the shadow root that the banner is rendered into. */
  layer: HTMLElement;
  setLevel(level: 'caution' | 'danger'): void;
  /** Moves the warning to the top or the bottom of the viewport (to uncover the page's focused field). */
  setEdge(edge: Edge): void;
  edge(): Edge;
  remove(): void;
}

export interface BannerHostOptions {
  /** 'open' only in tests' audit pages. */
  mode?: ShadowRootMode;
  onHostile?: (act: HostileAct) => void;
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

/** `el.matches(selector)`, false where the browser (or a test DOM) does not know the pseudo-class. */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The page's own modal, if one is open: a dialog shown with showModal(), else a fullscreen element. While it is,
 * everything outside it is inert (HTML "blocked by a modal dialog"), our popover too even when drawn above it: only
 * a modal of our own above it is usable. Read from the page's dialogs (a live list, usually empty) rather than by a
 * `:modal` query, which tests every element of the page on each cover check (docs/performance.md).
 */
function pageModal(doc: Document, dialogs: HTMLCollectionOf<HTMLDialogElement>): Element | null {
  for (let i = 0, d = dialogs[0]; d; d = dialogs[++i]) if (matches(d, ':modal')) return d;
  const full = doc.fullscreenElement;
  return full && matches(full, ':modal') ? full : null;
}

/**
 * Creates the banner host at the top of `doc`, shows its layer in the top layer and guards both.
 *
 * The layer is a <dialog> inside the closed shadow root, shown as a manual popover (popover="manual" +
 * showPopover(): above every z-index of the page, and the page cannot reach it to hide it or cancel its events).
 * When the page opens a modal dialog of its own, the layer becomes a modal above it (showModal()), and goes back
 * to a popover when the page's modal closes.
 */
export function createBannerHost(doc: Document, level: 'caution' | 'danger', opts: BannerHostOptions = {}): BannerHost {
  const { host, root } = makeHost(doc, opts.mode ?? 'closed');
  const layer = doc.createElement('dialog');
  layer.className = 'layer';
  root.append(layer);
  const win = doc.defaultView;
  let currentLevel = level;
  let repairs = 0;
  let windowStart = 0;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  let removed = false;
  /** When we last raised the layer over something of the page's (0: never). */
  let raisedAt = 0;
  /** The page modal a person closed our modal over (Escape): we stay a popover under it until another opens. */
  let yieldedTo: Element | null = null;
  const ac = new AbortController();
  const dialogs = doc.getElementsByTagName('dialog');

  // Without the popover API (old browsers, test DOMs) the layer is shown in flow inside the fixed host.
  const popovers = typeof layer.showPopover === 'function';
  const topLayered = () => (popovers ? matches(layer, ':popover-open') || matches(layer, ':modal') : (layer as HTMLDialogElement).open);

  /** Puts the layer on top of the top layer: as a modal over a page modal, else as a popover. */
  const raise = (modal: boolean) => {
    if (!popovers) return layer.setAttribute('open', '');
    try {
      if (matches(layer, ':popover-open')) layer.hidePopover();
      if ((layer as HTMLDialogElement).open) (layer as HTMLDialogElement).close();
      if (modal) (layer as HTMLDialogElement).showModal();
      else {
        layer.popover = 'manual';
        layer.showPopover();
      }
    } catch {
      // No popover API (or not connected yet): shown in flow inside the fixed host, at z-index 2^31-1.
      if (!(layer as HTMLDialogElement).open) layer.setAttribute('open', '');
    }
  };
  const ensureShown = () => {
    if (!host.isConnected || topLayered()) return;
    raise(false);
  };

  const place = () => {
    // First child of <html>, outside <body>: first in keyboard order, and untouched by body.innerHTML rewrites.
    const top = doc.documentElement;
    if (top && (host.parentNode !== top || top.firstChild !== host)) top.insertBefore(host, top.firstChild);
  };
  /** What the page did to the host, if anything (a sibling put before it is not an act against it). */
  const tampering = (): HostileAct | null => {
    if (host.parentNode !== doc.documentElement) return 'removed';
    if (host.getAttribute('style') !== HOST_STYLE || host.getAttribute('data-level') !== currentLevel) return 'restyled';
    return GUARDED_ATTRS.some((a) => a !== 'style' && a !== 'data-level' && host.hasAttribute(a)) ? 'restyled' : null;
  };
  const assert = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const a of GUARDED_ATTRS) if (a !== 'style' && a !== 'data-level' && host.hasAttribute(a)) host.removeAttribute(a);
    if (host.getAttribute('data-level') !== currentLevel) host.setAttribute('data-level', currentLevel);
    place();
    ensureShown();
  };

  const repair = () => {
    if (removed) return;
    const act = tampering();
    if (act) opts.onHostile?.(act);
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
    ourChange(assert);
  };

  const observer = new MutationObserver(repair);
  const observe = () => {
    observer.observe(host, { attributes: true, attributeFilter: GUARDED_ATTRS });
    // Only <html>'s own children: a removed or moved banner shows up here; subtree changes of the page do not.
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
  };
  /** Our own changes to the host are not the page's: made with the observer off. */
  const ourChange = (change: () => void) => {
    observer.disconnect();
    change();
    observe();
  };

  /** Is the warning what a person sees at its own centre? If not, raise it; a page that covers it again is fighting. */
  const checkCover = () => {
    if (removed || !host.isConnected) return;
    ensureShown();
    const r = layer.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const modal = pageModal(doc, dialogs);
    if (modal !== yieldedTo) yieldedTo = null;
    const ours = matches(layer, ':modal');
    if (doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host) {
      // Ours is modal only while a page modal is: back to a popover that leaves the page usable.
      if (ours && !modal) raise(false);
      return;
    }
    if (modal && yieldedTo === modal) return;
    if (Date.now() - raisedAt < FIGHT_WINDOW_MS) opts.onHostile?.('covered');
    raise(!!modal);
    raisedAt = Date.now();
  };
  let coverTimer: ReturnType<typeof setTimeout> | undefined;
  const checkSoon = () => {
    clearTimeout(coverTimer);
    coverTimer = setTimeout(checkCover, COVER_SETTLE_MS);
  };
  const interval = setInterval(checkCover, COVER_CHECK_MS);
  // toggle does not bubble, but a capture listener on window sees it on its way down to any popover or dialog.
  win?.addEventListener('toggle', checkSoon, { capture: true, signal: ac.signal });
  doc.addEventListener('fullscreenchange', checkSoon, { signal: ac.signal });
  // A person's Escape closes our modal: stay under the page's modal (as a popover) until the page opens another.
  layer.addEventListener('cancel', (e) => {
    if (e.isTrusted) yieldedTo = pageModal(doc, dialogs);
  });
  layer.addEventListener('close', () => {
    if (!removed) ensureShown();
  });

  assert();
  observe();
  return {
    host,
    root,
    layer,
    setLevel(l) {
      currentLevel = l;
      ourChange(assert);
    },
    setEdge(edge) {
      layer.classList.toggle('bottom', edge === 'bottom');
    },
    edge: () => (layer.classList.contains('bottom') ? 'bottom' : 'top'),
    remove() {
      removed = true;
      observer.disconnect();
      ac.abort();
      clearInterval(interval);
      clearTimeout(deferred);
      clearTimeout(coverTimer);
      host.remove();
    },
  };
}
