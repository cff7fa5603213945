// The first pass's literal pre-check must never hide a hint the full RegExp would find.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupPattern, compileGroup, normalise } from '../../lib/scan/cue-words';
import hintAnchors from '../../data/hint-anchors.json';
import { computeHintAnchors, CONTACT_HINT, CONTACT_NAMES, HINT_LISTS, hasHintWords, requiredLiteral } from '../../lib/scan/hint-words';

describe('requiredLiteral', () => {
  it.each([
    ['passports?', 'passport'],
    ["driver'?s? licen[cs]e", 'driver'],
    ['selfie (with|holding)', 'selfie '],
    ['id ?cards?', 'card'],
    ['face (scan|verification)', 'face '],
    ['身份证', '身份证'],
    ['ab{0,2}cdef', 'cdef'],
    ['a|b', null],
    ['x?', null],
    // A quantifier after a group or class is cut with it: "?identity" is never in the text.
    ['(proof of )?identity', 'identity'],
    ['drag [^.]{1,30} here', 'drag '],
    ['(?:the )*kyc', 'kyc'],
  ])('%s → %s', (entry, literal) => {
    expect(requiredLiteral(entry)).toBe(literal);
  });
});

describe('hasHintWords', () => {
  const dir = join(__dirname, '../../data/cues');
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ lang: f.replace('.json', ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
  const full = compileGroup(groupPattern('hint', lists));

  it('finds every hint word of every language (the pre-check lets each through)', () => {
    for (const list of lists) {
      for (const entry of list.hint as string[]) {
        // A plain sample of the entry: optional characters kept, first alternative of each group, first of a class.
        const sample = entry.replace(/\(([^|)]*)[^)]*\)/g, '$1').replace(/\[(.)[^\]]*\]/g, '$1').replace(/[?*]/g, '');
        const text = normalise(`Please read: ${sample} now`);
        expect(full.find(text), `${list.lang}: ${entry}`).not.toBeNull();
        expect(hasHintWords(text), `${list.lang}: ${entry}`).toBe(true);
      }
    }
  });

  it('stays quiet on ordinary text and still sees contact handles', () => {
    expect(hasHintWords(normalise('The city council met on Tuesday to discuss the new bus routes.'))).toBe(false);
    expect(hasHintWords(normalise('代办手机卡 联系 TG: @esim1088'))).toBe(true);
    expect(hasHintWords('join us at t.me/somebody')).toBe(true);
  });

  it('finds short whole-word hints only as whole words ("rg" is not in "organisation")', () => {
    expect(hasHintWords(normalise('Envie foto do RG e CPF'))).toBe(true);
    expect(hasHintWords(normalise('Kirim foto KTP dan NIK Anda'))).toBe(true);
    expect(hasHintWords(normalise('The organisation reported an emergency in the large park.'))).toBe(false);
    expect(hasHintWords(normalise('Die Technik: a classic assnmt about the cnhx model.'))).toBe(false);
  });

  it('the contact pre-check names every app the contact RegExp knows', () => {
    const names = /^\(\?:([^)]*)\)/.exec(CONTACT_HINT.source)![1].split('|');
    expect([...CONTACT_NAMES].sort()).toEqual([...names].sort());
    // Ordinary colons and @ signs with no app name: the RegExp does not even run (and would say no).
    expect(hasHintWords(normalise('Opening hours: 9–17. Questions: info@example.org'))).toBe(false);
  });

  it('ships the anchors the hint lists give (run `npx tsx scripts/gen-hint-anchors.ts` after editing a list)', () => {
    expect(hintAnchors).toEqual(computeHintAnchors(HINT_LISTS));
    // Every language's hint list is in HINT_LISTS, so none is left out of the pre-check.
    expect(HINT_LISTS.map((l) => l.lang).sort()).toEqual(lists.map((l) => l.lang).sort());
  });
});

