// The first pass's words: each language's short "hint" list only (named JSON imports, so the bundler leaves
// the rest of the lists out of the content script). A hint only starts the full scan; it decides nothing.
import { boundary as enB, hint as en } from '../../data/cues/en.json';
import { boundary as esB, hint as es } from '../../data/cues/es.json';
import { boundary as frB, hint as fr } from '../../data/cues/fr.json';
import { boundary as hiB, hint as hi } from '../../data/cues/hi.json';
import { boundary as idB, hint as id } from '../../data/cues/id.json';
import { boundary as jaB, hint as ja } from '../../data/cues/ja.json';
import { boundary as koB, hint as ko } from '../../data/cues/ko.json';
import { boundary as ptB, hint as pt } from '../../data/cues/pt.json';
import { boundary as viB, hint as vi } from '../../data/cues/vi.json';
import { boundary as zhB, hint as zh } from '../../data/cues/zh-Hans.json';
import { boundary as zhtB, hint as zht } from '../../data/cues/zh-Hant.json';
import hintAnchorsJson from '../../data/hint-anchors.json';
import { compileGroup, groupPattern, normalise, type Matcher } from './cue-words';

export const HINT_LISTS = [
  { lang: 'en', boundary: enB, hint: en },
  { lang: 'zh-Hans', boundary: zhB, hint: zh },
  { lang: 'zh-Hant', boundary: zhtB, hint: zht },
  { lang: 'ja', boundary: jaB, hint: ja },
  { lang: 'ko', boundary: koB, hint: ko },
  { lang: 'es', boundary: esB, hint: es },
  { lang: 'pt', boundary: ptB, hint: pt },
  { lang: 'fr', boundary: frB, hint: fr },
  { lang: 'id', boundary: idB, hint: id },
  { lang: 'vi', boundary: viB, hint: vi },
  { lang: 'hi', boundary: hiB, hint: hi },
];

let hint: Matcher | null = null;

/** Off-platform contact handles in text ("TG @x", "微信: y", "t.me/z"): short enough to keep here. */
export const CONTACT_HINT = /(?:tg|telegram|飞机|飛機|电报|電報|微信|vx|wx|qq|whatsapp|line|zalo|텔레그램|카톡)[^0-9a-z\u00c0-\u024f\u3400-\u9fff\n]{0,8}?(?:[:：]|@)\s*@?\+?[a-z0-9_]{2}|t\.me\/|wa\.me\//;

/**
 * The longest run of plain characters that every match of a word-list entry must contain ("passport" for
 * "passports?", "driver" for "driver'?s? licen[cs]e"), or null when the entry has none of at least 2 characters.
 */
export function requiredLiteral(entry: string): string | null {
  // Escapes, groups and classes (with any quantifier after them: "(proof of )?identity") and characters made
  // optional or repeated ("s?", "x*", "x{0,2}") can't be relied on: cut there.
  const parts = entry
    .replace(/(?:\\.|\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])(?:[?*+]|\{[^}]*\})?|.(?:[?*]|\{[^}]*\})/g, '\0')
    .split(/[\0+.^$]/);
  // An alternation outside any group: no literal is required at all.
  if (parts.some((p) => p.includes('|'))) return null;
  const best = parts.reduce((x, y) => (y.length > x.length ? y : x), '');
  return best.length >= 2 ? best : null;
}

/**
 * Literal pre-check: the combined hint RegExp costs ~9 ms the first time it runs in a page's fresh isolated world
 * (Chromium 156: V8 compiles it on first use), far over the per-page budget, while `includes` over the same 4,000
 * characters for ~100 literals costs well under 1 ms. The RegExp runs only when a required literal is present.
 * Null when some entry has no usable literal (then the RegExp always runs, which is only slower, never wrong).
 *
 * A literal that is a whole entry of a whole-word list ("rg", "nik", "ssn") counts only as a whole word: as a
 * substring, "rg" is in "org" and "emergency", and would compile the RegExp on most English pages for nothing.
 */
export interface Anchor {
  text: string;
  wholeWord: boolean;
}

/**
 * The anchors of `lists`, or null when some entry has no usable literal. Run at build time by
 * scripts/gen-hint-anchors.ts into data/hint-anchors.json (tests/unit/scan-hint-words.test.ts checks the file
 * is current): working them out in every page cost a RegExp run per entry, ~0.3 ms of cold code per page.
 */
export function computeHintAnchors(lists: { boundary: boolean; hint: string[] }[]): Anchor[] | null {
  const out = new Map<string, boolean>();
  for (const list of lists) {
    for (const entry of list.hint) {
      const lit = requiredLiteral(entry);
      // The pre-check reads text only lowercased (normalise's RegExps, run on every page, were ~1.6 ms of cold code
      // in a 50 µs CPU profile of the bench article), so an anchor holds no whitespace or apostrophe, which
      // normalise would have rewritten: the longest run without them ("security" for "social security"). A part
      // of a whole-word match is still a whole word.
      const part = lit?.split(/[\s'’`´]+/).reduce((x, y) => (y.length > x.length ? y : x), '') ?? '';
      if (part.length < 2) return null;
      // Whole-word only if every entry that yields this literal is the literal itself, in a whole-word list.
      out.set(part, (out.get(part) ?? true) && list.boundary && entry === lit);
    }
  }
  return [...out].map(([text, wholeWord]) => ({ text, wholeWord }));
}

const anchors = hintAnchorsJson as Anchor[] | null;

/**
 * True for characters that continue a word in whole-word lists (cue-words.ts WORD_CHAR: ASCII digits and
 * lowercase letters, Latin and Vietnamese letters). Char codes, not a RegExp: no RegExp runs on a quiet page.
 */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** `lower` is lowercased text (NaN past either end is not a word character). */
function hasAnchor(lower: string, a: Anchor): boolean {
  if (!a.wholeWord) return lower.includes(a.text);
  for (let i = lower.indexOf(a.text); i >= 0; i = lower.indexOf(a.text, i + 1)) {
    if (!isWordChar(lower.charCodeAt(i - 1)) && !isWordChar(lower.charCodeAt(i + a.text.length))) return true;
  }
  return false;
}

/** Every contact-handle match holds one of these apps' names (or a t.me / wa.me link) and a ":" or "@". */
export const CONTACT_NAMES = ['tg', 'telegram', '飞机', '飛機', '电报', '電報', '微信', 'vx', 'wx', 'qq', 'whatsapp', 'line', 'zalo', '텔레그램', '카톡'];
const CONTACT_MARKS = [':', '：', '@'];

function mayHaveContact(text: string): boolean {
  if (text.includes('t.me/') || text.includes('wa.me/')) return true;
  return CONTACT_MARKS.some((m) => text.includes(m)) && CONTACT_NAMES.some((n) => text.includes(n));
}

/**
 * True when text holds a hint word or a contact handle. The pre-checks read it only lowercased; the text is
 * normalised (cue-words.ts `normalise`) for the RegExps, which run only when a pre-check lets it through.
 */
export function hasHintWords(text: string): boolean {
  const lower = text.toLowerCase();
  const words = !anchors || anchors.some((w) => hasAnchor(lower, w));
  const contact = mayHaveContact(lower);
  if (!words && !contact) return false;
  const n = normalise(text);
  if (words) {
    hint ??= compileGroup(groupPattern('hint', HINT_LISTS));
    if (hint.find(n)) return true;
  }
  return contact && CONTACT_HINT.test(n);
}
