// Every cue kind in every listed language, on fixture pages written like real KYC kits and real-name offers
// (tests/fixtures/pages/<lang>/), plus quiet pages that must stay quiet.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBundledCueWords, CUE_LISTS } from '../../scan/cue-lists';
import { scanPage } from '../../kit/page-scan';
import { assessRequest } from '../../core/id-request';
import { quickCheck } from '../../scan/quick-check';
import type { IdDocument } from '../../core/types';

useBundledCueWords();
const PAGES = resolve(__dirname, '../fixtures/pages');
const LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'pt', 'fr', 'id', 'vi', 'hi'];

function load(rel: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, rel), 'utf8'), 'text/html');
}

describe('cue word lists', () => {
  it('has one list per listed language, every group present and compiling', () => {
    expect(CUE_LISTS.map((l) => l.lang).sort()).toEqual([...LANGS].sort());
    for (const list of CUE_LISTS) {
      for (const g of ['id-card', 'front-back', 'handheld', 'face-scan', 'passport', 'driving-licence', 'id-number', 'proof-of-identity', 'real-name', 'kyc', 'upload', 'drop', 'offer', 'contact', 'negative', 'hint']) {
        const words = list[g];
        expect(Array.isArray(words) && words.length > 0, `${list.lang}.${g}`).toBe(true);
        for (const w of words as string[]) expect(() => new RegExp(w, 'u'), `${list.lang}.${g}: ${w}`).not.toThrow();
      }
    }
  });
});

describe.each(LANGS)('%s fixture pages', (lang) => {
  it('KYC page: file inputs, camera capture, ID-number field and ID wording per document', () => {
    const doc = load(`${lang}/kyc.html`);
    expect(quickCheck(doc)).toBe(true);
    const { cues } = scanPage(doc);
    const kinds = new Set(cues.map((c) => c.kind));
    expect(kinds).toContain('file-input');
    expect(kinds).toContain('camera');
    expect(kinds).toContain('id-number-field');
    const docs = new Set(cues.filter((c) => c.kind === 'id-wording').map((c) => c.doc));
    for (const d of ['id-card-front-back', 'handheld-id', 'face-scan', 'passport', 'driving-licence'] as IdDocument[]) expect(docs, `${lang}: ${d}`).toContain(d);
    expect(cues.filter((c) => c.kind === 'id-wording').some((c) => c.lang === lang), `${lang} list matched`).toBe(true);
    const req = assessRequest(cues);
    expect(req.strength).toBe('strong');
    expect(req.asks[0]).toBe('handheld-id');
    expect(req.offer).toBe(false);
  });

  it('offer page: real-name-for-hire words with an off-platform contact', () => {
    const doc = load(`${lang}/offer.html`);
    expect(quickCheck(doc)).toBe(true);
    const { cues } = scanPage(doc);
    expect(cues.find((c) => c.kind === 'realname-offer')?.lang).toBe(lang);
    expect(cues.some((c) => c.kind === 'offplatform-contact')).toBe(true);
    const req = assessRequest(cues);
    expect(req.offer).toBe(true);
    expect(req.reasons.map((r) => r.code)).toContain('realname-offer');
    for (const r of req.reasons) expect(r.text.zh_CN && r.text.zh_TW && r.text.en).toBeTruthy();
  });
});

describe('quiet pages', () => {
  for (const file of readdirSync(join(PAGES, 'quiet'))) {
    it(`${file} is not an ID request`, () => {
      const req = assessRequest(scanPage(load(`quiet/${file}`)).cues);
      expect(req.strength === 'strong' || req.offer, JSON.stringify(req)).toBe(false);
    });
  }
  it('a plain article has no hint at all (the content script stops after the first pass)', () => {
    const doc = new DOMParser().parseFromString(`<title>Cooking</title><h1>Rice</h1>${'<p>Boil water, add rice, wait.</p>'.repeat(500)}`, 'text/html');
    expect(quickCheck(doc)).toBe(false);
  });
});
