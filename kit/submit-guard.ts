// The submit guard: on a danger page, asks before a form goes off with a national ID number the person typed in
// it. Capture-phase listeners on window run before the page's own (see upload-guard.ts): a form's submit event, and
// a click on a button that is not a form's submit button (kits post with fetch from a click handler).
// Pure of browser.*: takes the window, a test for "this form (or page) holds an ID number", and `ask`.

/** Buttons a page may send a form's data from. */
const BUTTONS = 'button, input[type="submit" i], input[type="button" i], input[type="image" i], [role="button"]';

export interface SubmitGuard {
  disarm(): void;
}

/**
 * `holdsIdNumber(scope)`: true when a field in the form (or, for a button outside any form, the document) holds a
 * valid national ID number now. After one "Continue anyway" the page is let through until it reloads.
 */
export function armSubmitGuard(win: Window, holdsIdNumber: (scope: ParentNode) => boolean, ask: () => Promise<boolean>): SubmitGuard {
  const ac = new AbortController();
  const opts = { capture: true, signal: ac.signal } as const;
  let allowed = false;
  let asking = false;

  const askThen = (resume: () => void) => {
    if (asking) return;
    asking = true;
    void ask().then((ok) => {
      asking = false;
      if (!ok) return;
      allowed = true;
      resume();
    });
  };

  win.addEventListener(
    'submit',
    (e) => {
      const form = e.target as HTMLFormElement | null;
      if (allowed || !form || typeof form.requestSubmit !== 'function' || !holdsIdNumber(form)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const submitter = (e as SubmitEvent).submitter as HTMLElement | null;
      askThen(() => form.requestSubmit(submitter && submitter.isConnected && submitter.closest('form') === form ? submitter : undefined));
    },
    opts,
  );

  win.addEventListener(
    'click',
    (e) => {
      if (allowed || !e.isTrusted) return;
      const target = (e.composedPath()[0] ?? e.target) as Element | null;
      const button = typeof target?.closest === 'function' ? target.closest(BUTTONS) : null;
      if (!button) return;
      const form = (button as HTMLButtonElement).form ?? null;
      // A form's own submit button: its submit event comes next and is asked about there.
      const type = (button.getAttribute('type') ?? (button.nodeName === 'BUTTON' ? 'submit' : '')).toLowerCase();
      if (form && (type === 'submit' || type === 'image')) return;
      if (!holdsIdNumber(form ?? button.ownerDocument)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      askThen(() => (button as HTMLElement).click());
    },
    opts,
  );

  return { disarm: () => ac.abort() };
}
