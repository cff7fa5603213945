// Keeps WXT's own content-script events off the shared DOM, so a page cannot tell ID Guard is installed.
//
// WXT's ContentScriptContext (node_modules/wxt/dist/utils/content-script-context.mjs, WXT 0.21.4) dispatches a
// CustomEvent named `<extension id>:content:wxt:content-script-started` on `document` when it starts — even with
// `noScriptStartedPostMessage: true`, which only turns off the window.postMessage copy — and the location watcher
// dispatches `<extension id>:content:wxt:locationchange` on `window` after each SPA navigation. Both ids are public
// (the store id in Chrome, `id-guard@id-guard.org` in Firefox), and DOM events cross from the content script's
// world to the page's, so a scam page could listen for these names and hide its upload form from ID Guard users
// before any warning (tests/e2e/privacy.e2e.ts shows it did). Routing exactly these names to a private target
// keeps WXT's listeners working within this content script and shows the page nothing.
//
// What we give up: WXT's "stop the older copy of this content script" signal, which only matters when an unpacked
// extension is reloaded during development (stores update extensions without re-injecting into open tabs).

/** WXT's event names: `<extension id>:<entrypoint>:wxt:<name>`. */
export const WXT_EVENT_NAME = /:wxt:(content-script-started|locationchange)$/;

/**
 * Overrides add/removeEventListener and dispatchEvent on `targets` (the content script's own `window` and
 * `document` wrappers: in Chrome's isolated world and behind Firefox's Xray wrappers, these own properties are
 * invisible to the page) so that WXT-named events go to one private EventTarget. Returns that target.
 */
export function keepWxtEventsPrivate(targets: EventTarget[]): EventTarget {
  const hidden = new EventTarget();
  const { addEventListener, removeEventListener, dispatchEvent } = EventTarget.prototype;
  const route = (self: EventTarget, type: string) => (WXT_EVENT_NAME.test(type) ? hidden : self);
  const routes = {
    addEventListener(this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (AddEventListenerOptions | boolean)?]) {
      return addEventListener.call(route(this, type), type, ...rest);
    },
    removeEventListener(this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (EventListenerOptions | boolean)?]) {
      return removeEventListener.call(route(this, type), type, ...rest);
    },
    dispatchEvent(this: EventTarget, event: Event) {
      return dispatchEvent.call(route(this, event.type), event);
    },
  };
  for (const target of targets) {
    try {
      Object.assign(target, routes);
    } catch {
      // WXT also evaluates content.ts at build time under linkedom, whose document refuses own properties:
      // there is no page to hide from there.
    }
  }
  return hidden;
}
