// The page kit runs (and compiles) a group's RegExp in a language only on texts that hold one of that group's
// anchors (build/cue-anchors.ts, scan/cue-words.ts Anchors). That must change no answer: every match of an entry
// contains one of its anchors, and a scan with anchored lists finds exactly what a scan running every RegExp finds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryAnchors, listAnchors } from '../../build/cue-anchors';
import { runtimeCueJson } from '../../build/cue-data-plugin';
import { scanPage } from '../../kit/page-scan';
import { CUE_LISTS, useBundledCueWords } from '../../scan/cue-lists';
import { compiledRegExps, findDocs, GROUPS, matchers, normalise, useCueLists, type CueList } from '../../scan/cue-words';

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

  it('every group of every language has anchors, none shorter than two characters (the kit looks them up by their first two)', () => {
    for (const list of CUE_LISTS) {
      const anchors = listAnchors(list);
      for (const group of GROUPS) {
        if (!Array.isArray(list[group]) || !(list[group] as string[]).length) continue;
        expect(anchors[group], `${list.lang} ${group}`).toBeDefined();
        expect(anchors[group].every((a) => a.length >= 2), `${list.lang} ${group}`).toBe(true);
      }
    }
  });

  it('a group whose entry has no anchor of two characters is left out (and runs on every text)', () => {
    const list = { lang: 'xx', boundary: false, passport: ['\\d{9}', 'pasport'], 'id-card': ['kad'] } as CueList;
    expect(listAnchors(list)).toEqual({ 'id-card': ['kad'] });
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

  it('the runtime lists carry anchors for every group with words', () => {
    for (const l of anchored) for (const g of GROUPS) if (Array.isArray(l[g]) && (l[g] as string[]).length) expect(l.anchors?.[g]?.length, `${l.lang} ${g}`).toBeGreaterThan(0);
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

  it('a RegExp is compiled only when a text holds one of its anchors: an English text, then a Chinese one', () => {
    useCueLists(anchored);
    expect(compiledRegExps()).toEqual([]);
    const en = normalise('Upload the front of your passport');
    expect(matchers().passport.find(en)?.lang).toBe('en');
    // The English passport words ran; no other group, and no language of another script.
    expect(compiledRegExps()).toContain('en passport');
    expect(compiledRegExps().every((r) => r.endsWith(' passport'))).toBe(true);
    expect(compiledRegExps().some((r) => /^(zh|ja|ko)/.test(r))).toBe(false);
    const zh = normalise('请上传身份证人像面');
    expect(findDocs(zh).map((d) => d.doc)).toContain('id-card-front-back');
    expect(compiledRegExps()).toContain('zh-Hans id-card');
    expect(compiledRegExps().some((r) => r.startsWith('ko '))).toBe(false);
    // Groups whose words the text cannot hold are not compiled for it.
    expect(compiledRegExps()).not.toContain('zh-Hans offer');
    expect(matchers().offer.find(zh)).toBeNull();
    expect(compiledRegExps()).not.toContain('zh-Hans offer');
  });
});
