// The typed-number watch of the every-page script: one `input` listener (capture, passive) on the window. A key
// press costs one look at the field's value; only a value shaped like an ID number (8–40 characters of digits,
// letters, separators and brackets, with at least 6 digits) goes further, and only then does the page kit load to
// check it (core/id-numbers.ts, in the kit: the validators never ship in sensor.js).
//
// What leaves this file: a Cue with the kind of ID and the field's label (built by the kit), never the value. The
// value is read from the field when it is checked, handed to the kit's check, and not kept anywhere.
import type { Cue } from '../core/types';
import type { ScriptLife } from './script-life';

/**
 * A field is checked once input in it pauses this long (ms), a paste as much as typing: a CN resident ID is 18
 * digits, and its first 12 could pass another format's check on the way.
 */
const PAUSE_MS = 500;

/** Digits (ASCII or fullwidth, as IMEs type them), Latin letters, spaces, separators and brackets, 8–40 of them. */
const ID_SHAPED = /^[\s0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－./()（）·]{8,40}$/;
const DIGITS = /[0-9０-９]/g;

/** A value worth checking: ID-shaped with at least 6 digits. Cheap; runs on key presses in text fields. */
export function plausibleIdValue(value: string): boolean {
  return ID_SHAPED.test(value) && (value.match(DIGITS)?.length ?? 0) >= 6;
}

/** The kit's check of one field: a typed-id-number cue, or null. */
export type CheckField = (field: HTMLInputElement) => Promise<Cue | null>;

export class TypedNumbers {
  /** Fields whose value was a valid ID number when last checked, with the cue the kit made (kind + label only). */
  private readonly found = new Map<HTMLInputElement, Cue>();
  private readonly pending = new Set<HTMLInputElement>();
  private lastInput = 0;
  private waiting = false;

  constructor(
    private readonly life: ScriptLife,
    private readonly check: CheckField,
    /** Called when the typed-number cues changed. */
    private readonly changed: () => void,
  ) {}

  start(win: Window): void {
    this.life.listen(
      win,
      'input',
      (e) => {
        // composedPath()[0]: the field itself, also inside a page's open shadow root. Text-like inputs only (never
        // a password): their `type` property is 'text' for a bare <input> and for unknown types.
        const field = (e.composedPath()[0] ?? e.target) as HTMLInputElement;
        if (field.nodeName !== 'INPUT' || !/^(text|tel|number|search)$/.test(field.type)) return;
        if (!this.found.has(field) && !plausibleIdValue(field.value)) return;
        this.pending.add(field);
        this.lastInput = performance.now();
        this.wait(PAUSE_MS);
      },
      { capture: true, passive: true },
    );
  }

  /** The typed-number cues of fields still in the page. */
  cues(): Cue[] {
    return [...this.found].filter(([field]) => field.isConnected).map(([, cue]) => cue);
  }

  /** An SPA navigation: the page is another one now. */
  clear(): void {
    this.found.clear();
  }

  /** One timer, pushed back while input keeps coming. */
  private wait(ms: number): void {
    if (this.waiting) return;
    this.waiting = true;
    this.life.setTimeout(() => {
      this.waiting = false;
      const left = this.lastInput + PAUSE_MS - performance.now();
      if (left > 0) this.wait(left);
      else void this.flush();
    }, ms);
  }

  private async flush(): Promise<void> {
    const fields = [...this.pending];
    this.pending.clear();
    let changed = false;
    for (const field of fields) {
      const cue = plausibleIdValue(field.value) ? await this.check(field).catch(() => null) : null;
      const before = this.found.get(field);
      if (cue) this.found.set(field, cue);
      else this.found.delete(field);
      changed ||= JSON.stringify(before) !== JSON.stringify(cue ?? undefined);
    }
    if (changed) this.changed();
  }
}
