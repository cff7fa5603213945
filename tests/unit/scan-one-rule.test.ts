// One scanner (issue 15): the every-page first pass and the page kit's full scan use one ID-input rule, so an input
// the full scan counts as a request element never stays behind the first pass. Inputs alone, with no words on the
// page: only the rule's own answer (scan/id-input.ts) can send the page on.
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../kit/page-scan';
import { useBundledCueWords } from '../../scan/cue-lists';
import { quickCheck } from '../../scan/quick-check';

useBundledCueWords();
const page = (input: string) => new DOMParser().parseFromString(`<!doctype html><title>Form</title><body><form>${input}</form></body>`, 'text/html');
/** The full scan's answer: the input is a file input or an ID-number field. */
const fullScanCounts = (input: string) => scanPage(page(input), { budget: { ms: 5_000 } }).cues.some((c) => c.kind === 'file-input' || c.kind === 'id-number-field');

describe('one ID-input rule in both passes', () => {
  const BOTH = 'a request element to the full scan, and the first pass sends the page on';
  const NEITHER = 'neither pass counts it';
  const both = (input: string) => ({ input, counted: true, says: BOTH });
  const neither = (input: string) => ({ input, counted: false, says: NEITHER });
  it.each([
    both('<input type="file">'),
    both('<input type="FILE" style="display:none">'),
    both('<input name="idCardNo">'),
    both('<input id="sfzNumber">'),
    both('<input name="cpf">'),
    both('<input placeholder="请输入身份证号码">'),
    both('<input placeholder="Passport number">'),
    both('<input type="tel" minlength="18" maxlength="18">'),
    both('<input pattern="\\d{17}[\\dXx]">'),
    both('<input pattern="\\d{3}-?\\d{2}-?\\d{4}">'),
    neither('<input type="search" name="q" placeholder="Search">'),
    neither('<input type="email" name="email">'),
    neither('<input name="nickname" maxlength="18">'),
    neither('<input type="checkbox" name="id_card_ok">'),
  ])('$input: $says', ({ input, counted }) => {
    expect(fullScanCounts(input)).toBe(counted);
    expect(quickCheck(page(input))).toBe(counted);
  });
  it('the first pass is the looser: a field it sends on, the full scan may still read as another number by its words', () => {
    // "user id number": an account's user ID (other-number), not a national one.
    expect(quickCheck(page('<input name="userIdNumber">'))).toBe(true);
    expect(fullScanCounts('<input name="userIdNumber">')).toBe(false);
  });
});
