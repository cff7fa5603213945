// The upload guard: on a warned page, asks before a file chooser opens or a file is dropped. Capture-phase
// listeners on window run before any page listener (ours are added from the content script, the page's on
// elements or later on window), so the page never sees the click that would have opened the chooser.
// Pure of browser.*: takes the window and an `ask` function that shows the question.
import { PICKER_EVENT } from '../protocol/page-world';

export type GuardAsk = (kind: 'file' | 'drop') => Promise<boolean>;

/** The file input a click would open, if any: the input itself, or the control of a label around the target. */
export function fileInputFor(target: EventTarget | null | undefined): HTMLInputElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  const input = el.closest('input');
  if (input) return input.type === 'file' ? input : null;
  // No instanceof: the page's elements come from another realm (Chrome's isolated world, Firefox's Xrays).
  const control = el.closest('label')?.control as HTMLInputElement | null | undefined;
  return control?.localName === 'input' && control.type === 'file' ? control : null;
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export interface UploadGuard {
  disarm(): void;
}

export function armUploadGuard(win: Window, ask: GuardAsk): UploadGuard {
  const ac = new AbortController();
  const opts = { capture: true, signal: ac.signal } as const;
  /** One-shot pass for the input.click() we make ourselves after a confirmation. */
  let passInput: HTMLInputElement | null = null;
  let dropsAllowed = false;
  let asking = false;

  const askThenOpen = (input: HTMLInputElement) => {
    if (asking) return;
    asking = true;
    void ask('file').then((ok) => {
      asking = false;
      if (!ok) return;
      // We are inside the trusted click on "Continue anyway" (answer() is called synchronously from it and the
      // promise continuation runs in the same task's microtasks), so user activation lets the chooser open.
      passInput = input;
      try {
        input.click();
      } finally {
        passInput = null;
      }
    });
  };

  win.addEventListener(
    'click',
    (e) => {
      // composedPath()[0]: the real target even inside the page's own (open) shadow roots.
      const input = fileInputFor(e.composedPath()[0] ?? e.target);
      if (!input || input.disabled) return;
      if (passInput === input) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      askThenOpen(input);
    },
    opts,
  );

  win.addEventListener(
    PICKER_EVENT,
    (e) => {
      const input = fileInputFor(e.composedPath()[0] ?? e.target);
      if (!input || passInput === input) return;
      e.preventDefault();
      askThenOpen(input);
    },
    opts,
  );

  win.addEventListener(
    'drop',
    (e) => {
      if (dropsAllowed || !hasFiles(e)) return;
      // Cancelling also stops the browser from opening the dropped file in this tab.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (asking) return;
      asking = true;
      void ask('drop').then((ok) => {
        asking = false;
        // A drop cannot be replayed: allow the next ones for this page (until it reloads) and ask to drop again.
        if (ok) dropsAllowed = true;
      });
    },
    opts,
  );

  return { disarm: () => ac.abort() };
}
