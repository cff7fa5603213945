// What each identity document is called in a reason ("It asks for photos of your ID card"): the judge's list of
// what a page asks for and the classifier's reasons that name a field (core/id-request.ts) say it the same way.
import type { IdDocument, LocalText } from './types';

export const DOC_NAMES: Record<IdDocument, LocalText> = {
  'id-card': { en: 'photos of your ID card', zh_CN: '身份证照片', zh_TW: '身分證照片' },
  'id-card-front-back': { en: 'photos of both sides of your ID card', zh_CN: '身份证正反面照片', zh_TW: '身分證正反面照片' },
  'handheld-id': { en: 'a photo of you holding your ID', zh_CN: '手持身份证照片', zh_TW: '手持身分證照片' },
  'face-scan': { en: 'a face scan', zh_CN: '人脸识别（刷脸）', zh_TW: '人臉辨識（刷臉）' },
  passport: { en: 'your passport', zh_CN: '护照', zh_TW: '護照' },
  'driving-licence': { en: "your driver's licence", zh_CN: '驾驶证', zh_TW: '駕照' },
  'id-number': { en: 'your ID number', zh_CN: '身份证号码', zh_TW: '身分證字號' },
  'proof-of-identity': { en: 'proof of identity', zh_CN: '身份证明文件', zh_TW: '身分證明文件' },
  'real-name': { en: 'real-name verification', zh_CN: '实名认证', zh_TW: '實名認證' },
};

/** One field asks for one photo: "The upload labelled '身份证人像面' asks for a photo of your ID card". */
const ONE_PHOTO: LocalText = { en: 'a photo of your ID card', zh_CN: '身份证照片', zh_TW: '身分證照片' };

/** What one field asks for, as its reason says it. */
export function fieldDocName(doc: IdDocument): LocalText {
  return doc === 'id-card' || doc === 'id-card-front-back' ? ONE_PHOTO : DOC_NAMES[doc];
}

/** Control characters, bidi overrides and zero-width characters: a page must not restyle our reason with them. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** A field's label as a reason quotes it: the page's own words, cut to this length. */
export const LABEL_CHARS = 60;

/**
 * A field's label as a reason quotes it: the page's own words on one line, without control, direction or
 * zero-width characters, at most 60 characters. The scanner cuts it and the background cuts it again (it never
 * trusts the page's message).
 */
export function sanitiseLabel(s: string): string {
  const t = s.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  return t.length > LABEL_CHARS ? `${t.slice(0, LABEL_CHARS - 1)}…` : t;
}
