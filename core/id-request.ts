// Classifier: turns the scanner's cues into an IdRequest — page content only; whether the domain is official
// is the judge's business (lib/judge.ts).
//   strong: an upload / drop zone / camera / ID-number field whose own context names an identity document (its
//           label, name, placeholder, legend, the headings above it in its section: kit/field-context.ts), or a
//           camera opened by script on a page whose wording names one, or a field holding a national ID number
//           the person typed (typed-id-number)
//   weak:   ID wording with no such field (instructions, a form the scanner could not see). Strict mode warns on
//           weak, so with { strict: true } a weak request is reported as strong.
//   offer:  real-name-for-hire words AND an off-platform contact: danger even with no upload.
import { fieldDocName, sanitiseLabel } from './doc-names';
import { typedNumberReason } from './id-number-names';
import type { Cue, IdDocument, IdRequest, LocalText, Reason } from './types';
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

const REASONS = {
  'upload-id': {
    en: 'This page asks you to upload or photograph an identity document.',
    zh_CN: '此页面要求上传或拍摄身份证件。',
    zh_TW: '此頁面要求上傳或拍攝身分證件。',
  },
  'camera-id': {
    en: 'This page wants your camera for a face scan or ID photo.',
    zh_CN: '此页面要求开启摄像头进行人脸识别或拍摄证件。',
    zh_TW: '此頁面要求開啟相機進行人臉辨識或拍攝證件。',
  },
  'id-number': {
    en: 'This page asks for an identity number.',
    zh_CN: '此页面要求填写身份证号等证件号码。',
    zh_TW: '此頁面要求填寫身分證字號等證件號碼。',
  },
  'id-wording': {
    en: 'This page talks about handing over identity documents or real-name verification.',
    zh_CN: '此页面提到提交身份证件或实名认证。',
    zh_TW: '此頁面提到提交身分證件或實名認證。',
  },
  'realname-offer': {
    en: 'This page offers real-name or SIM registration services and asks you to make contact off the platform (Telegram, WeChat, WhatsApp, QQ).',
    zh_CN: '此页面提供代实名、实名卡等服务，并引导你通过 Telegram、微信、WhatsApp、QQ 等私下联系。',
    zh_TW: '此頁面提供代實名、實名卡等服務，並引導你透過 Telegram、微信、WhatsApp、QQ 等私下聯繫。',
  },
} as const;

export type RequestReasonCode = keyof typeof REASONS;

function reason(code: RequestReasonCode): Reason {
  return { code, text: { ...REASONS[code] } };
}

/**
 * Reasons that name the field, so a person sees what ID Guard saw: "The upload labelled '身份证人像面' asks for a
 * photo of your ID card". The label is the page's own words, also kept apart in `label` for templated messages.
 */
const FIELD_REASONS = {
  'field-upload': {
    en: (label: string, doc: string) => `The upload labelled '${label}' asks for ${doc}.`,
    zh_CN: (label: string, doc: string) => `标注为“${label}”的上传项要求提供${doc}。`,
    zh_TW: (label: string, doc: string) => `標示為「${label}」的上傳項目要求提供${doc}。`,
  },
  'field-camera': {
    en: (label: string, doc: string) => `The camera step '${label}' asks for ${doc}.`,
    zh_CN: (label: string, doc: string) => `拍摄步骤“${label}”要求提供${doc}。`,
    zh_TW: (label: string, doc: string) => `拍攝步驟「${label}」要求提供${doc}。`,
  },
  'field-number': {
    en: (label: string, doc: string) => `The field labelled '${label}' asks for ${doc}.`,
    zh_CN: (label: string, doc: string) => `标注为“${label}”的输入框要求填写${doc}。`,
    zh_TW: (label: string, doc: string) => `標示為「${label}」的欄位要求填寫${doc}。`,
  },
} satisfies Record<string, Record<keyof LocalText, (label: string, doc: string) => string>>;

const FIELD_REASON_OF: Partial<Record<Cue['kind'], keyof typeof FIELD_REASONS>> = {
  'file-input': 'field-upload',
  'drop-zone': 'field-upload',
  camera: 'field-camera',
  'id-number-field': 'field-number',
};

/** The reason naming one field that asks for an ID; null when the cue carries no label. */
function fieldReason(cue: Cue): Reason | null {
  const code = FIELD_REASON_OF[cue.kind];
  const label = cue.label ? sanitiseLabel(cue.label) : '';
  if (!code || !label || !cue.doc) return null;
  const doc = fieldDocName(cue.doc);
  const t = FIELD_REASONS[code];
  return { code, label, doc: cue.doc, text: { en: t.en(label, doc.en), zh_CN: t.zh_CN(label, doc.zh_CN), zh_TW: t.zh_TW(label, doc.zh_TW) } };
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
