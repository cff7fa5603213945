// Wraps a built-in method for the MAIN-world watchers (world/camera-watch.ts,
// world/picker-watch.ts) so a page cannot tell it was wrapped, and so cannot learn that ID Guard is
// installed before it warns (issue 7). A plain replacement function gives itself away through
// `fn.toString()` (our source instead of `[native code]`), `name`, `length` and property attributes.
//
// The wrapper is a Proxy of the original, so `name`, `length` and `prototype` are the original's own. A callable
// Proxy alone still prints `function () { [native code] }` (no name) in Chrome and Firefox, so
// Function.prototype.toString is itself proxied, once per world script, to print the original for our proxies
// (and for itself). Everything the traps call is captured here, at document_start, before page scripts run: a page
// that later replaces Reflect.apply or WeakMap.prototype.get neither breaks nor observes the wrappers.
//
// Not hidden: a page that times calls or reads error stack traces of deliberately failing calls could still
// notice; those cost more than this cheap layer is meant to cover.

const apply = Reflect.apply;
const weakGet = WeakMap.prototype.get;
/** Our proxies (and the toString proxy) → the function whose source they must show. */
const shownAs = new WeakMap<object, Function>();
let toStringMasked = false;

function maskToString(): void {
  toStringMasked = true;
  const proto = Function.prototype;
  const original = proto.toString;
  const masked = new Proxy(original, {
    apply: (target, thisArg: unknown, args: unknown[]) => apply(target, (thisArg && apply(weakGet, shownAs, [thisArg])) || thisArg, args),
  });
  shownAs.set(masked, original);
  // Plain assignment keeps the property's attributes (writable, non-enumerable, configurable) as they were.
  proto.toString = masked;
}

/** `wrap` runs in place of `original` with the same `this` and arguments; call `callOriginal` to go through. */
export function wrapNative<F extends (...args: any[]) => any>(
  original: F,
  wrap: (thisArg: unknown, args: Parameters<F>, callOriginal: (thisArg: unknown, args: unknown[]) => ReturnType<F>) => unknown,
): F {
  if (!toStringMasked) maskToString();
  const callOriginal = (thisArg: unknown, args: unknown[]) => apply(original, thisArg, args) as ReturnType<F>;
  const proxy = new Proxy(original, {
    apply: (_target, thisArg: unknown, args: unknown[]) => wrap(thisArg, args as Parameters<F>, callOriginal),
  });
  shownAs.set(proxy, original);
  return proxy;
}
