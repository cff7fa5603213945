// Runs in the page's MAIN world (entrypoints/page-world.ts): HTMLInputElement.showPicker() opens a file
// chooser without any click event, so the isolated-world upload guard could not see it. The wrapper asks first
// with a cancelable event the guard cancels on warned pages; elsewhere nobody cancels and it costs one dispatch.
import { wrapNative } from './native-wrap';
import { PICKER_EVENT } from '../protocol/page-world';

export function watchShowPicker(win: Window & typeof globalThis): void {
  const proto = win.HTMLInputElement?.prototype;
  const original = proto?.showPicker;
  if (typeof original !== 'function') return;
  // Looks native to the page (world/native-wrap.ts); assignment keeps the property enumerable, as the built-in is.
  proto.showPicker = wrapNative(original, (self, args, callOriginal) => {
    if ((self as HTMLInputElement | null)?.type === 'file') {
      const go = (self as HTMLInputElement).dispatchEvent(new CustomEvent(PICKER_EVENT, { cancelable: true, bubbles: true, composed: true }));
      if (!go) return undefined;
    }
    return callOriginal(self, args);
  });
}
