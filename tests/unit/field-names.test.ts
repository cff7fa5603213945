// A text field's name or id is read as words (scan/cue-words.ts identifierWords): split at every case change and
// at separators, so `user_IdCard_no`, `userIdCardNo` and `userIDCardNo` are one field, "user id card no". A name
// that names a document asks for it; one that names another number (student, member, order…) does not, and a
// document name that starts inside another number's words and runs past them ("user id" + "card") is the document.
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../kit/page-scan';
import { useBundledCueWords } from '../../scan/cue-lists';
import { identifierWords } from '../../scan/cue-words';
import { quickCheck } from '../../scan/quick-check';

useBundledCueWords();
const page = (input: string) => new DOMParser().parseFromString(`<!doctype html><title>Form</title><body><form>${input}</form></body>`, 'text/html');
const fullScanCounts = (input: string) => scanPage(page(input), { budget: { ms: 5_000 } }).cues.some((c) => c.kind === 'id-number-field');

describe('field names read as words', () => {
  it.each([
    ['user_IdCard_no', 'user Id Card no'],
    ['userIdCardNo', 'user Id Card No'],
    ['userIDCardNo', 'user ID Card No'],
    ['IDCardNumber', 'ID Card Number'],
    ['id-card.front[0]', 'id card front 0 '],
    ['SSN', 'SSN'],
  ])('%s → "%s"', (name, words) => {
    expect(identifierWords(name)).toBe(words);
  });
});

/** [the input's name (or id), counts as a national-ID field]: no label, no page words, only the field's name. */
const FIELD_NAMES: Array<[string, boolean]> = [
  // The user's / holder's / applicant's ID card, passport or national number, however the name is spelled.
  ['user_IdCard_no', true],
  ['userIdCardNo', true],
  ['userIDCardNo', true],
  ['user_id_card_no', true],
  ['USER_ID_CARD_NO', true],
  ['IDCardNumber', true],
  ['applicant_IDCardNo', true],
  ['holderIdNo', true],
  ['customerIdCard', true],
  ['realNameIdCard', true],
  ['nationalIdNumber', true],
  ['national_id', true],
  ['user_passport_no', true],
  ['userSSN', true],
  ['tckn', true],
  ['pesel', true],
  ['nric_no', true],
  // Other numbers: a student, member, staff or library card, an order or tracking number, an account's user ID.
  ['student_IdCard_no', false],
  ['studentIdCardNo', false],
  ['memberIdCardNo', false],
  ['employee_id_card', false],
  ['libraryCardNo', false],
  ['studentId', false],
  ['order_id', false],
  ['orderIdNo', false],
  ['tracking_no', false],
  ['member_card_no', false],
  ['userIdNumber', false],
  ['userName', false],
];

describe('a field named for a national ID counts; one named for another number does not', () => {
  it.each(FIELD_NAMES)('<input name="%s">: national-ID field %s', (name, counts) => {
    expect(fullScanCounts(`<input name="${name}">`), name).toBe(counts);
    expect(fullScanCounts(`<input id="${name}">`), `id=${name}`).toBe(counts);
    // The first pass may be looser (it only loads the kit), never stricter.
    if (counts) expect(quickCheck(page(`<input name="${name}">`)), `first pass: ${name}`).toBe(true);
  });
});

describe('an upload named like a field is read the same way', () => {
  const uploadDoc = (name: string) => scanPage(page(`<input type="file" accept="image/*" name="${name}">`), { budget: { ms: 5_000 } }).cues.find((c) => c.kind === 'file-input')?.doc;
  it.each([
    ['user_IdCard_front', 'id-card'],
    ['userIdCardImg', 'id-card'],
    ['student_IdCard_img', undefined],
    ['member_card_photo', undefined],
  ])('<input type=file name="%s"> asks for %s', (name, doc) => {
    expect(uploadDoc(name)).toBe(doc);
  });
});
