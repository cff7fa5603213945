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

/**
 * 8–40 characters of digits, Latin letters, spaces, separators and brackets, with at least 6 digits. ASCII only: the
 * kit reads fullwidth (IME) digits too, but a half-width run is what this cheap test waits for.
 */
const ID_SHAPED = /^(?=(\D*\d){6})[\s\w./()-]{8,40}$/;

/** A value worth checking. Cheap; runs on key presses in text fields. */
export function plausibleIdValue(value: string | undefined): boolean {
  return ID_SHAPED.test(value ?? '');
}
