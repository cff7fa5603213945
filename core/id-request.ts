// Classifier: turns the scanner's cues into an IdRequest — page content only; whether the domain is official
// is the judge's business (lib/judge.ts).
//   strong: an upload / drop zone / camera / ID-number field tied to ID wording (its own label, or ID wording
//           elsewhere on the page when the control's label does not name something else), or an ID-number field
//   weak:   ID wording with no control (instructions, a form the scanner could not see). Strict mode warns on
//           weak, so with { strict: true } a weak request is reported as strong.
//   offer:  real-name-for-hire words AND an off-platform contact: danger even with no upload.
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

export function assessRequest(cues: Cue[], opts: { strict?: boolean } = {}): IdRequest {
  const r = readCues(cues);
  const reasons: Reason[] = [];
  if (r.tied.some((c) => c.kind !== 'camera')) reasons.push(reason('upload-id'));
  if (r.tied.some((c) => c.kind === 'camera')) reasons.push(reason('camera-id'));
  if (r.numberField) reasons.push(reason('id-number'));
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
