// The one ID-input rule of both passes: which inputs are an ID request element by their own attributes. The first
// pass (quick-check.ts) sends a page with such an input to the full scan; the full scan (kit/page-scan.ts) reads
// the same inputs with their labels, where a field named for another number ("Student ID", 学号) is left out.
//
// Tested in script on the page's inputs, not as one long selector: such a list of selectors is parsed anew in
// every page that has an input (a search box is enough), and matched against every element of a big page
// (docs/performance.md).

/** name / id fragments (any case) of ID-number fields, as kits and forms name them. */
export const ID_FIELD_NAMES = ['idcard', 'id_card', 'id-card', 'idno', 'id_no', 'idnumber', 'id_number', 'nationalid', 'national_id', 'national-id', 'ssn', 'passport', 'nik', 'ktp', 'cpf', 'dni', 'aadhaar', 'aadhar', 'hkid', 'sfz', 'shenfen', 'cccd', 'cmnd', 'nric', 'tckn', 'pesel', 'snils', 'curp'];
/** Placeholder words of ID-number fields (the first pass's cheap subset of the cue lists' id-number words). */
export const ID_FIELD_PLACEHOLDERS = ['身份证', '身分證', '身份證', '证件号', '護照', '护照', '주민등록', 'マイナンバー', 'passport', 'social security', 'id number'];

export type IdInputKind = 'file' | 'id-number' | null;

/** A Chinese resident ID (18 characters, 15 for old cards) or a US SSN pinned in the field's own constraints. */
export function pinnedIdFormat(el: Element): boolean {
  const at = (name: string) => el.getAttribute(name) ?? '';
  const min = at('minlength');
  if (at('maxlength') === '18' && (min === '15' || min === '18')) return true;
  return /\{17\}|\{3\}-?\??\\d\{2\}-?\??\\d\{4\}/.test(at('pattern'));
}

/**
 * What an input is by its own attributes: a file input, a field named or labelled by its placeholder like an ID
 * number or pinned to an ID's format, or neither. Reads only attributes (no label, no layout).
 */
export function idInputKind(el: Element): IdInputKind {
  if (el.nodeName !== 'INPUT') return null;
  const at = (name: string) => (el.getAttribute(name) ?? '').toLowerCase();
  const type = at('type').trim();
  if (type === 'file') return 'file';
  if (type && !TEXT_TYPES.has(type)) return null;
  const name = at('name');
  const id = at('id');
  if (ID_FIELD_NAMES.some((w) => name.includes(w) || id.includes(w))) return 'id-number';
  const placeholder = at('placeholder');
  if (placeholder && ID_FIELD_PLACEHOLDERS.some((w) => placeholder.includes(w))) return 'id-number';
  return pinnedIdFormat(el) ? 'id-number' : null;
}

/** Input types an ID number is typed into (no type attribute at all is a text field too). */
export const TEXT_TYPES = new Set(['text', 'tel', 'number', 'password', 'search']);
