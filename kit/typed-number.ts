// The page kit's check of a field where the person typed or pasted something shaped like an ID number
// (content/typed-numbers.ts asks): which kind of national ID it is (core/id-numbers.ts), as a cue that carries the
// kind and the field's label. The value is read here, checked, and dropped: it is never in the cue, in a log, in
// storage or in a message.
import { idNumberKinds, regionHints } from '../core/id-numbers';
import type { Cue } from '../core/types';
import { fieldLabel } from './page-scan';

/**
 * Runs of 4+ digits are cut from the label the cue carries: a page could put the typed value (or part of it) into
 * the field's label or placeholder.
 */
const DIGIT_RUN = /[0-9０-９][0-9０-９\s\-.]{2,}[0-9０-９]/g;

function hostOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? '';
}

/** A typed-id-number cue for a field in the page holding a valid national ID number, or null. */
export function typedIdCue(field: HTMLInputElement): Cue | null {
  if (field.nodeName !== 'INPUT' || field.type === 'password' || !field.isConnected) return null;
  const doc = field.ownerDocument;
  // The field's own words decide the formats with no check and rule out phone, card and postcode fields.
  const { words, label } = fieldLabel(field, doc);
  const languages = [...(globalThis.navigator?.languages ?? []), doc.documentElement?.lang ?? ''];
  const kinds = idNumberKinds(field.value, { words: `${words} ${field.getAttribute('autocomplete') ?? ''}`, regions: regionHints(languages, hostOf(doc.URL)) });
  if (!kinds.length) return null;
  return { kind: 'typed-id-number', doc: 'id-number', idKinds: kinds.slice(0, 3), label: label.replace(DIGIT_RUN, '…') };
}

/** Inputs looked at per form (or page) when it is about to be sent. */
const MAX_SCOPE_INPUTS = 100;

/** True when a text field under `scope` holds a valid national ID number now (the submit guard's test). */
export function holdsIdNumber(scope: ParentNode): boolean {
  const inputs = scope.querySelectorAll('input');
  for (let i = 0; i < inputs.length && i < MAX_SCOPE_INPUTS; i++) {
    const input = inputs[i];
    if (input.value.length >= 8 && typedIdCue(input)) return true;
  }
  return false;
}
