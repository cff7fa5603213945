// Runs in the page's MAIN world (entrypoints/picker-guard.content.ts): HTMLInputElement.showPicker() opens a file
// chooser without any click event, so the isolated-world upload guard could not see it. The wrapper asks first
// with a cancelable event the guard cancels on warned pages; elsewhere nobody cancels and it costs one dispatch.
import { PICKER_EVENT } from './upload-guard';

export function watchShowPicker(win: Window & typeof globalThis): void {
  const proto = win.HTMLInputElement?.prototype;
  const original = proto?.showPicker;
  if (typeof original !== 'function') return;
  Object.defineProperty(proto, 'showPicker', {
    configurable: true,
    writable: true,
    value: function showPicker(this: HTMLInputElement) {
      if (this.type === 'file') {
        const go = this.dispatchEvent(new CustomEvent(PICKER_EVENT, { cancelable: true, bubbles: true, composed: true }));
        if (!go) return undefined;
      }
      return original.call(this);
    },
  });
}
