// Classifier: turns the scanner's cues into an IdRequest — page content only; whether the domain is official
// is the judge's business (core/judge.ts).
//   strong: an upload / drop zone / camera / ID-number field whose own context names an identity document (its
//           label, name, placeholder, legend, the headings above it in its section: kit/field-context.ts), or a
//           camera opened by script on a page whose wording names one, or a field holding a national ID number
//           the person typed (typed-id-number)
//   weak:   ID wording with no such field (instructions, a form the scanner could not see). Strict mode warns on
//           weak, so with { strict: true } a weak request is reported as strong.
//   offer:  real-name-for-hire words AND an off-platform contact: danger even with no upload.
import { sanitiseLabel } from './doc-names';
import { typedNumberReason } from './id-number-names';
import type { Cue, IdDocument, IdRequest, MessageKey, Reason } from './types';
import { readCues } from './request-strength';

/** Most specific first: what the person is asked to hand over. */
const DOC_ORDER: IdDocument[] = [
  'handheld-id',
  'id-card-front-back',
  'face-scan',
  'passport',
  'driving-licence',
  'id-card',
  'id-number',
  'proof-of-identity',
  'real-name',
];

/** Each reason's message in public/_locales. */
const REASONS = {
  'upload-id': 'reasonUploadId',
  'camera-id': 'reasonCameraId',
  'id-number': 'reasonIdNumber',
  'id-wording': 'reasonIdWording',
  'realname-offer': 'reasonRealnameOffer',
} as const satisfies Record<string, MessageKey>;

export type RequestReasonCode = keyof typeof REASONS;

function reason(code: RequestReasonCode): Reason {
  return { code, msg: REASONS[code] };
}

/**
 * Reasons that name the field, so a person sees what ID Guard saw: "The upload labelled '身份证人像面' asks for a
 * photo of your ID card". The label is the page's own words, an argument the reader's message puts in its place.
 */
const FIELD_REASONS = {
  'file-input': { code: 'field-upload', msg: 'reasonFieldUpload' },
  'drop-zone': { code: 'field-upload', msg: 'reasonFieldUpload' },
  camera: { code: 'field-camera', msg: 'reasonFieldCamera' },
  'id-number-field': { code: 'field-number', msg: 'reasonFieldNumber' },
} as const satisfies Partial<Record<Cue['kind'], { code: string; msg: MessageKey }>>;

/** The reason naming one field that asks for an ID; null when the cue carries no label. */
function fieldReason(cue: Cue): Reason | null {
  const r = FIELD_REASONS[cue.kind as keyof typeof FIELD_REASONS];
  const label = cue.label ? sanitiseLabel(cue.label) : '';
  if (!r || !label || !cue.doc) return null;
  // One field asks for one photo: "a photo of your ID card", whichever side it is.
  const doc: IdDocument = cue.doc === 'id-card-front-back' ? 'id-card' : cue.doc;
  return { code: r.code, msg: r.msg, args: [label, { docs: [doc] }] };
}

export function assessRequest(cues: Cue[], opts: { strict?: boolean } = {}): IdRequest {
  const r = readCues(cues);
  const reasons: Reason[] = [];
  // The person's own number, typed here: the most specific reason there is.
  const typed = r.typed.find((c) => c.idKinds?.length);
  if (typed) reasons.push(typedNumberReason(typed.idKinds!, typed.label ?? ''));
  // One reason per kind of field, naming the first labelled one; the general sentence when none has a label.
  const named = (cs: Cue[]) => cs.map(fieldReason).find((x): x is Reason => x !== null) ?? null;
  const uploads = r.tied.filter((c) => c.kind !== 'camera');
  const cameras = r.tied.filter((c) => c.kind === 'camera');
  if (uploads.length) reasons.push(named(uploads) ?? reason('upload-id'));
  if (cameras.length) reasons.push(named(cameras) ?? reason('camera-id'));
  if (r.numberField) reasons.push(named(cues.filter((c) => c.kind === 'id-number-field')) ?? reason('id-number'));
  let strength = r.strength;
  if (strength === 'weak') {
    reasons.push(reason('id-wording'));
    if (opts.strict) strength = 'strong';
  }
  if (r.offer) reasons.push(reason('realname-offer'));

  const docs = new Set<IdDocument>();
  if (strength !== 'none' || r.offer) {
    for (const c of cues) if (c.doc && !c.unrelated) docs.add(c.doc);
    if (r.numberField) docs.add('id-number');
  }
  const asks = DOC_ORDER.filter((d) => docs.has(d));
  return { strength, asks, offer: r.offer, reasons };
}
