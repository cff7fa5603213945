// The first pass's word test (expanded strings, no RegExp) must find exactly what the hint RegExp finds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGroup, normalise } from '../../scan/cue-words';
import hintWords, { contactNames } from 'virtual:hint-words';
import { computeContactNames, computeHintGroups, CONTACT_LISTS, encodeHintGroups, expandEntry, HINT_LISTS, sampleHandles } from '../../build/hint-literals';
import { hintWordsModule } from '../../build/hint-words-plugin';
import { useBundledCueWords } from '../../scan/cue-lists';
import { CONTACT_LINK_SELECTOR, findContactHandle } from '../../scan/cue-words';
import { CHAT_SHORT_LINKS } from '../../scan/contact-links';
import { decodeHintGroups } from '../../scan/hint-groups';
import { contactHintRegExp, CONTACT_NAMES, hasHintWords } from '../../scan/hint-words';

describe('expandEntry', () => {
  it.each([
    ['passports?', ['passports', 'passport']],
    ["driver'?s? licen[cs]e", ["driver's licence", "driver's license", "driver' licence", "driver' license", 'drivers licence', 'drivers license', 'driver licence', 'driver license']],
    ['selfie (with|holding)', ['selfie with', 'selfie holding']],
    ['id ?cards?', ['id cards', 'id card', 'idcards', 'idcard']],
    ['(proof of )?identity', ['proof of identity', 'identity']],
    ['(?:a|b)c|d', ['ac', 'bc', 'd']],
    ['身份证', ['身份证']],
  ])('%s', (entry, strings) => {
    expect(expandEntry(entry).sort()).toEqual([...strings].sort());
  });

  it.each(['drag .* here', 'x+', 'a{2}', '[a-z]ard', '\\sid', '(open', '身份证(?!号)', '(?<!my )id'])('refuses %s (no finite list of strings)', (entry) => {
    expect(() => expandEntry(entry)).toThrow(/hint entry/);
  });

  it('refuses an entry whose strings share no text to anchor them (it is two entries)', () => {
    expect(() => computeHintGroups([{ boundary: true, hint: ['kyc|ssn'] }])).toThrow(/share no text/);
  });

  it('every string of every shipped hint entry is matched by the entry itself, and nothing else is', () => {
    for (const list of HINT_LISTS) {
      for (const entry of list.hint) {
        const whole = new RegExp(`^(?:${entry})$`);
        for (const s of expandEntry(entry)) expect(whole.test(s), `${entry}: ${s}`).toBe(true);
      }
    }
  });
});

describe('hasHintWords', () => {
  const dir = join(__dirname, '../../data/cues');
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ lang: f.replace('.json', ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
  const full = compileGroup('hint', lists);

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

  it.each(CHAT_SHORT_LINKS)('a short chat link %s: the first pass sees it written out, the full scan as a link', (link) => {
    const url = `https://${link}esim1088`;
    expect(hasHintWords(`Contact: ${url}`)).toBe(true);
    expect(hasHintWords(`Contact: https://${link.replace('.', '-')}esim1088`)).toBe(false);
    document.body.innerHTML = `<p><a href="${url.toUpperCase()}">客服</a></p>`;
    expect(document.querySelector(CONTACT_LINK_SELECTOR)?.getAttribute('href')).toBe(url.toUpperCase());
    document.body.innerHTML = `<p><a href="https://example.com/">客服</a></p>`;
    expect(document.querySelector(CONTACT_LINK_SELECTOR)).toBeNull();
  });

  it('finds short whole-word hints only as whole words ("rg" is not in "organisation")', () => {
    expect(hasHintWords(normalise('Envie foto do RG e CPF'))).toBe(true);
    expect(hasHintWords(normalise('Kirim foto KTP dan NIK Anda'))).toBe(true);
    expect(hasHintWords(normalise('The organisation reported an emergency in the large park.'))).toBe(false);
    expect(hasHintWords(normalise('Die Technik: a classic assnmt about the cnhx model.'))).toBe(false);
  });

  it('the contact pre-check names every app the contact RegExp knows', () => {
    const names = /^\(\?:([^)]*)\)/.exec(contactHintRegExp().source)![1].split('|');
    expect([...CONTACT_NAMES].sort()).toEqual([...names].sort());
    // Ordinary colons and @ signs with no app name: the RegExp does not even run (and would say no).
    expect(hasHintWords(normalise('Opening hours: 9–17. Questions: info@example.org'))).toBe(false);
  });

  it('agrees with the hint RegExp on page-like text, around every string and its near misses', () => {
    const texts = [
      'Share on Facebook · Interface · surface of the card table · credit card · discard',
      'Security guard jobs · national park insurance · registered trademark® · photographer',
      'The driver licensed a photo for the ID of the video. Identity politics. idcardholder',
      'Please upload your ID\u00a0card and a selfie\n\t holding it.',
      'Driver’s   licence and passport photos; social\nsecurity number',
      '本人确认 · 手机实名制 · 上传身份证 · 본인 인증 · 본인인증 · 얼굴 인증',
      'Organisation, emergency, cnhx, assnmt, nikel, ktpx, kycx',
    ];
    for (const list of lists) for (const entry of list.hint as string[]) for (const s of expandEntry(entry)) texts.push(`x ${s} y`, `${s}s`, `a${s}`);
    for (const t of texts) expect(hasHintWords(t), t).toBe(full.find(normalise(t)) !== null);
  });

  it('stays quiet on everyday words that hold an anchor ("face" in "Facebook", "card" in "discard")', () => {
    expect(hasHintWords('Follow us on Facebook and Instagram. Gift cards, discard, security updates.')).toBe(false);
  });

  it('ships the strings the hint lists give, built from data/cues (virtual:hint-words)', () => {
    expect(hintWords).toEqual(encodeHintGroups(computeHintGroups(HINT_LISTS)));
    // What the first pass reads back: the same groups (whole-word ones first).
    const groups = computeHintGroups(HINT_LISTS);
    expect(decodeHintGroups(hintWords)).toEqual([...groups.filter((g) => g.boundary), ...groups.filter((g) => !g.boundary)]);
    // The module the build serves is the one the tests read.
    expect(hintWordsModule()).toBe(`export default ${JSON.stringify(hintWords)};\nexport const contactNames = ${JSON.stringify(contactNames)};\n`);
    // Every language's hint list is in HINT_LISTS, so none is left out of the first pass.
    expect(HINT_LISTS.map((l) => l.lang).sort()).toEqual(lists.map((l) => l.lang).sort());
  });
});

describe('contact names: one list (data/cues "contact"), the first pass a subset derived from it', () => {
  const dir = join(__dirname, '../../data/cues');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  useBundledCueWords();

  it('reads every language’s contact list', () => {
    expect(CONTACT_LISTS.map((l) => l.lang).sort()).toEqual(files.map((f) => f.replace('.json', '')).sort());
    expect(CONTACT_NAMES).toEqual(computeContactNames(CONTACT_LISTS));
  });

  it('sees the handle after every name the full scan knows, in every language (and the full scan agrees)', () => {
    let names = 0;
    for (const list of CONTACT_LISTS) {
      for (const entry of list.contact) {
        for (const name of expandEntry(entry.toLowerCase())) {
          names++;
          for (const h of sampleHandles(name)) {
            // A handle as pages write it: "Telegram: ab12", "微信 @ab12"; the full scan needs 4+ characters.
            const text = `联系 ${h}34 now`;
            expect(hasHintWords(text), `${list.lang}: ${text}`).toBe(true);
            expect(findContactHandle(normalise(text)), `${list.lang}: ${text}`).not.toBeNull();
          }
        }
      }
    }
    expect(names).toBeGreaterThan(40);
  });

  it('keeps no name whose handles a shorter kept name already finds, and nothing the lists do not hold', () => {
    const all = CONTACT_LISTS.flatMap((l) => l.contact.flatMap((e) => expandEntry(e.toLowerCase())));
    for (const name of CONTACT_NAMES) expect(all, name).toContain(name);
    for (const name of CONTACT_NAMES) {
      const others = CONTACT_NAMES.filter((n) => n !== name && n.length <= name.length);
      if (!others.length) continue;
      const re = new RegExp(contactHintRegExp().source.replace(/^\(\?:[^)]*\)/, `(?:${others.join('|')})`));
      expect(sampleHandles(name).every((h) => re.test(h)), name).toBe(false);
    }
    // "line id" stays: "line" alone does not reach a handle after " id".
    expect(computeContactNames([{ contact: ['line', 'line id', '纸飞机', '飞机'] }])).toEqual(['飞机', 'line', 'line id']);
  });

  it('stays quiet on app names with no handle, and on ordinary colons', () => {
    for (const t of ['Follow us on Telegram and WhatsApp', '微信支付 · QQ音乐', 'Time: 10:30, room 4', 'online: 3 users']) {
      expect(hasHintWords(t), t).toBe(false);
    }
  });
});
