// The page kit compiles a language's word RegExps only once a text it reads holds one of that language's anchors
// (build/cue-anchors.ts, scan/cue-words.ts Languages). That must change no answer: every match of an entry
// contains one of its anchors, and a scan with anchored lists finds exactly what a scan with every language finds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryAnchors, listAnchors } from '../../build/cue-anchors';
import { runtimeCueJson } from '../../build/cue-data-plugin';
import { scanPage } from '../../kit/page-scan';
import { CUE_LISTS, useBundledCueWords } from '../../scan/cue-lists';
import { findDocs, GROUPS, languagesOn, matchers, normalise, useCueLists, type CueList } from '../../scan/cue-words';

describe('entryAnchors: literal strings every match of an entry contains', () => {
  const rows: [string, string[] | null][] = [
    ['passport', ['passport']],
    ['id ?cards?', ['card']],
    ['身份证(号码?|号)', ['身份证']],
    ['verificaci[óo]n facial', ['verificación facial', 'verificacion facial']],
    ['(一|二)寸(照|照片)?', ['一寸', '二寸']],
    ['(?:front|back) of (?:your|the) id', ['front of your id', 'front of the id', 'back of your id', 'back of the id']],
    ['(?:front|back) of (?:your|the)? id', ['front of ', 'back of ']],
    ['selfie|自拍', ['selfie', '自拍']],
    ['(?:请勿|切勿)[^。]{0,12}(?:发给|提供)', ['请勿', '切勿']],
    ['\\d{18}', null],
    ['[a-z]+', null],
    ['(?:kyc)?', null],
  ];
  it.each(rows)('%s → %j', (entry, anchors) => {
    expect(entryAnchors(entry)).toEqual(anchors);
  });

  it('every shipped entry: a plain sample it matches contains one of its anchors', () => {
    let checked = 0;
    for (const list of CUE_LISTS) {
      for (const group of GROUPS) {
        for (const entry of (Array.isArray(list[group]) ? list[group] : []) as string[]) {
          const anchors = entryAnchors(entry);
          expect(anchors, `${list.lang} ${group}: ${entry}`).not.toBeNull();
          // First alternative of each group, first character of each class, optional parts kept, gaps as "x".
          const sample = entry
            .replace(/\(\?<?[=!][^)]*\)/g, '')
            .replace(/\((?:\?:)?([^|()]*)[^()]*\)/g, '$1')
            .replace(/\[\^[^\]]*\](\{\d+,?\d*\}|[*+?])?/g, 'x')
            .replace(/\[\\?(.)[^\]]*\]/g, '$1')
            .replace(/\\s[*+?]?/g, ' ')
            .replace(/\\(.)/g, '$1')
            .replace(/\{\d+,?\d*\}|[?*+]/g, '');
          if (!new RegExp(entry).test(sample)) continue; // the naive sample missed: the page equivalence below covers it
          checked++;
          expect(anchors!.some((a) => sample.includes(a)), `${list.lang} ${group}: ${entry} / ${sample} / ${anchors}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every language has anchors, none shorter than two characters (the kit looks them up by their first two)', () => {
    for (const list of CUE_LISTS) {
      const anchors = listAnchors(list);
      expect(anchors, list.lang).not.toBeNull();
      expect(anchors!.every((a) => a.length >= 2), list.lang).toBe(true);
    }
  });
});

describe('a scan with anchored lists (as the page kit has them) finds what a scan with every language finds', () => {
  const anchored = CUE_LISTS.map((l) => JSON.parse(runtimeCueJson(JSON.stringify(l))) as CueList);
  afterAll(() => useBundledCueWords());

  const root = resolve(__dirname, '../..');
  const htmlUnder = (dir: string): string[] =>
    !existsSync(dir)
      ? []
      : readdirSync(dir).flatMap((f) => {
          const p = join(dir, f);
          return statSync(p).isDirectory() ? htmlUnder(p) : p.endsWith('.html') ? [p] : [];
        });
  const pages = [...htmlUnder(join(root, 'tests/fixtures')), ...htmlUnder(join(root, 'demo')), ...htmlUnder(join(root, '../shared/corpus/real'))];
  const scan = (html: string) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return scanPage(doc, { budget: { ms: 10_000 } }).cues;
  };

  it('the runtime lists carry anchors', () => {
    expect(anchored.every((l) => Array.isArray(l.anchors) && l.anchors.length > 0)).toBe(true);
  });

  it(`on every fixture, demo and corpus page (${pages.length})`, () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      useBundledCueWords();
      const full = scan(html);
      useCueLists(anchored);
      expect(scan(html), page).toEqual(full);
    }
  }, 120_000);

  it('languages turn on as texts in them are read: an English text, then a Chinese one', () => {
    useCueLists(anchored);
    expect(languagesOn()).toEqual([]);
    const en = normalise('Upload the front of your passport');
    // English, and languages whose anchors are in English words; no language of another script.
    expect(languagesOn()).toContain('en');
    expect(languagesOn()).not.toContain('zh-Hans');
    expect(languagesOn()).not.toContain('ja');
    expect(matchers().passport.find(en)?.lang).toBe('en');
    const zh = normalise('请上传身份证人像面');
    expect(languagesOn()).toContain('zh-Hans');
    expect(languagesOn()).not.toContain('ko');
    expect(findDocs(zh).map((d) => d.doc)).toContain('id-card-front-back');
    // A text never shown to normalise() turns nothing on: the matchers read normalised text only.
    expect(matchers()['id-card'].find('신분증')).toBeNull();
  });
});
