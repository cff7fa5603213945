// The typed-number test of the every-page script (content/sensor.ts listens for `input`, capture and passive): a key
// press in a text field costs one look at its value; only a value shaped like an ID number (8–40 characters of
// digits, letters, separators and brackets, with at least 6 digits) makes the sensor load the page kit, which
// checks it (kit/typed-number.ts with core/id-numbers.ts: the validators never ship in sensor.js).
// The value itself never leaves the page: the kit's cue holds the kind of ID and the field's label only.

/**
 * A field is checked once input in it pauses this long (ms), a paste as much as typing: a CN resident ID is 18
 * digits, and its first 12 could pass another format's check on the way.
 */
export const TYPING_PAUSE_MS = 500;

/** Digits (ASCII or fullwidth, as IMEs type them), Latin letters, spaces, separators and brackets, 8–40 of them. */
const ID_SHAPED = /^[\s0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－./()（）·]{8,40}$/;
const DIGITS = /[0-9０-９]/g;

/** A value worth checking: ID-shaped with at least 6 digits. Cheap; runs on key presses in text fields. */
export function plausibleIdValue(value: string): boolean {
  return ID_SHAPED.test(value) && (value.match(DIGITS)?.length ?? 0) >= 6;
}

/**
 * The text field an input event is from, when it is one a person types an ID number into (never a password):
 * `type` is 'text' for a bare <input> and for unknown types. composedPath()[0]: also inside an open shadow root.
 */
export function typedField(e: Event): HTMLInputElement | null {
  const field = (e.composedPath()[0] ?? e.target) as HTMLInputElement;
  return field.nodeName === 'INPUT' && /^(text|tel|number|search)$/.test(field.type) ? field : null;
}
