// Meta-test of the UI's words (public/_locales/<locale>/messages.json, read by the browser's own i18n): every locale
// has every message, with the same placeholders, in its own language; every message the code names exists, and
// every message is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/lang';
import { LOCALES_DIR, readMessages, type MessageEntry } from '../../scripts/locale-messages';

const ROOT = join(LOCALES_DIR, '../..');
const EN = readMessages('en');
const KEYS = Object.keys(EN);
const OTHERS = LANGS.filter((l) => l !== 'en');

/** Names and technical words that stay as they are in every language. */
const BRANDS_AND_TECH = ['ID Guard', 'WhatsApp', 'Telegram', 'WeChat', 'QQ', 'LINE', 'JSON', 'eSIM', 'SIM', 'IP', 'App', 'app', 'KYC', 'OTP', 'SMS', 'IC', 'EU', 'SK', 'AIS', 'ThaID', 'DigiLocker', 'UPI', 'Aadhaar', 'PAN', 'mAadhaar', 'EPFO', 'ESIC', 'NRIC', 'FIN', 'NIK', 'CPF', 'My Number', 'CCCD', 'MyKad', 'PhilSys', 'PSN', 'SSN'];
/** Search examples a reader types in Latin letters: pinyin for China Mobile. */
const TYPED_EXAMPLES = ['yidong'];
/**
 * Messages that are rightly the same as in English in a language (a loanword, a word both languages share). Kept
 * short and explicit: anything else identical to English is taken for a string nobody translated. Country names
 * (region…) are often written alike in Latin scripts and are not compared; in the other scripts any Latin word left
 * in a message is caught below.
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof LANGS)[number], string[]>> = {
  id: ['categoryBank'],
  ms: ['categoryBank'],
  fr: ['sensitivityStandard', 'sensitivityStrict'],
  fil: ['popupHotline'],
};
/** Words that only English uses: one of them in another locale's message means English was left in. */
const ENGLISH_ONLY = /(?<!\p{L})(the|this|your|you|with|and|from|that|here|please|not|is|are|will|what|which|of|it)(?!\p{L})/iu;
const NON_LATIN = new Set(['zh_CN', 'zh_TW', 'ja', 'ko', 'th', 'hi']);

const placeholdersIn = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
const definitions = (e: MessageEntry) =>
  Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));

/** What is left of a message once placeholders, brand and technical words, domains and numbers are taken out. */
function ownWords(m: string): string {
  let s = m.replace(/\$[A-Za-z0-9_@]+\$/g, ' ').replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ');
  for (const w of [...BRANDS_AND_TECH, ...TYPED_EXAMPLES].sort((a, b) => b.length - a.length)) s = s.replaceAll(w, ' ');
  return s.replace(/[\d\p{P}\p{S}\s]+/gu, ' ').trim();
}

describe('locales', () => {
  it('ships exactly the UI languages of LANGS, each saying which it is', () => {
    const dirs = readdirSync(LOCALES_DIR).filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory());
    expect(dirs.sort()).toEqual([...LANGS].sort());
    for (const l of LANGS) expect(readMessages(l).locale?.message, l).toBe(l);
  });

  it('has no two keys the browsers would take for one (keys are case-insensitive)', () => {
    expect(new Set(KEYS.map((k) => k.toLowerCase())).size).toBe(KEYS.length);
    for (const k of KEYS) expect(k, k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each(OTHERS)('%s has every message and no other', (l) => {
    const keys = Object.keys(readMessages(l));
    expect(KEYS.filter((k) => !keys.includes(k)), 'missing').toEqual([]);
    expect(keys.filter((k) => !KEYS.includes(k)), 'not in English').toEqual([]);
  });

  it.each(LANGS)('%s keeps every placeholder, loses none and adds none', (l) => {
    const msgs = readMessages(l);
    for (const k of KEYS) {
      const e = msgs[k];
      if (!e) continue;
      expect(e.message.trim(), `${l}.${k} is empty`).not.toBe('');
      expect(new Set(placeholdersIn(e.message)), `${l}.${k} placeholders`).toEqual(new Set(placeholdersIn(EN[k]!.message)));
      expect(definitions(e), `${l}.${k} placeholder definitions`).toEqual(definitions(EN[k]!));
      expect(e.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, ''), `${l}.${k}: a stray $`).not.toMatch(/\$/);
    }
  });

  it.each(OTHERS)('%s leaves nothing in English by accident', (l) => {
    const msgs = readMessages(l);
    const allowed = new Set([...(SAME_AS_ENGLISH[l] ?? []), 'locale']);
    const english: string[] = [];
    for (const k of KEYS) {
      const m = msgs[k]?.message;
      if (!m || allowed.has(k)) continue;
      const proper = k.startsWith('region');
      const own = ownWords(m);
      const sameAsEnglish = !proper && own !== '' && own === ownWords(EN[k]!.message);
      const latinLeft = NON_LATIN.has(l) && /[A-Za-z]{2,}/.test(own);
      if (sameAsEnglish || latinLeft || ENGLISH_ONLY.test(own)) english.push(`${k}: ${m}`);
    }
    expect(english).toEqual([]);
  });

  it('allows the same-as-English exceptions only where they still hold', () => {
    for (const [l, keys] of Object.entries(SAME_AS_ENGLISH)) {
      if (!(LANGS as readonly string[]).includes(l)) continue;
      for (const k of keys!) expect(ownWords(readMessages(l)[k]!.message), `${l}.${k}`).toBe(ownWords(EN[k]!.message));
    }
  });

  it('store listing: name, short name and description in every locale, within the stores’ limits', () => {
    for (const l of LANGS) {
      const m = readMessages(l);
      expect(m.extName!.message.length, `${l} name`).toBeLessThanOrEqual(75);
      expect(m.extShortName!.message.length, `${l} short name`).toBeLessThanOrEqual(12);
      expect(m.extDescription!.message.length, `${l} description`).toBeLessThanOrEqual(132);
    }
  });
});

/** The extension's own source files (not tests, not built output). */
function sourceFiles(dir = ROOT): string[] {
  const skip = new Set(['node_modules', 'tests', '.output', '.wxt', '.git', 'public', 'test-results', 'docs', 'demo']);
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.output') || skip.has(d.name)) return [];
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|html)$/.test(d.name) ? [p] : [];
  });
}

describe('messages in the code', () => {
  const files = sourceFiles().map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

  it('every message the code names exists', () => {
    const named = files.flatMap(({ file, text }) =>
      [
        ...text.matchAll(/\b(?:t|getMessage)\(\s*'([^']+)'/g),
        ...text.matchAll(/\bmsg:\s*'([^']+)'/g),
        ...text.matchAll(/__MSG_(\w+)__/g),
      ].map((m) => ({ file, key: m[1]! })),
    );
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter(({ key }) => !key.startsWith('@@') && !KEYS.includes(key))).toEqual([]);
  });

  it('every message is used', () => {
    const literals = new Set(
      files.flatMap(({ text }) => [...text.matchAll(/__MSG_(\w+?)__/g), ...text.matchAll(/['"`](\w+)['"`]/g)].map((m) => m[1]!)),
    );
    expect(KEYS.filter((k) => !literals.has(k))).toEqual([]);
  });
});
