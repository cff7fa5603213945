// One spelling for letters that page text writes several ways, so each word list holds a word once. Used by the
// full scan's normaliser (cue-words.ts normalise) and by the first pass's hint test (hint-words.ts), so both read
// the same text; the lists are written in the folded form (tests/unit/scan-languages.test.ts checks that).
//
// - Invisible marks removed: bidi controls (right-to-left pages wrap numbers and Latin words in them), zero-width
//   space and joiner, soft hyphens (German long words, and kits that break words to dodge word lists), tatweel
//   (Arabic letter stretching), Arabic short vowels and Hebrew points (rare, but a word with them is the same word).
// - Zero-width non-joiner (Persian half-space, "می‌شود") becomes a space: people type either.
// - Arabic-script letters that differ by region or keyboard: Arabic yeh and alef maksura as Persian/Urdu yeh,
//   Arabic kaf as keheh, hamza-carrying alefs as bare alef, teh marbuta and Urdu heh goal as heh.
// - Hebrew gershayim and geresh as the ASCII quote marks people type (ת"ז for תעודת זהות).
// - The combining dot that lower-casing Turkish İ leaves ("KİMLİK" → "ki̇mli̇k"), Cyrillic ё as е, the modifier
//   apostrophe Ukrainian keyboards type as "'".
// - Bengali nukta letters written as letter + nukta, as the single letter.

/** Characters that fold; a text with none of them is returned as it is (most pages). */
const FOLDS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u0640\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0307\u064a\u0649\u0643\u0623\u0625\u0622\u0671\u0629\u06c3\u06c1\u05f3\u05f4\u0451\u02bc]|[\u09af\u09a1\u09a2]\u09bc/g;

const TO: Record<string, string> = {
  '\u200c': ' ',
  '\u064a': '\u06cc', // ي → ی
  '\u0649': '\u06cc', // ى → ی
  '\u0643': '\u06a9', // ك → ک
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u06c3': '\u0647', // ۃ → ه
  '\u06c1': '\u0647', // ہ → ه
  '\u05f3': "'", // ׳
  '\u05f4': '"', // ״
  '\u0451': '\u0435', // ё → е
  '\u02bc': "'",
  '\u09af\u09bc': '\u09df', // য় (decomposed) → য়
  '\u09a1\u09bc': '\u09dc', // ড় → ড়
  '\u09a2\u09bc': '\u09dd', // ঢ় → ঢ়
};

/** `text` (already lower-cased) with the variants above folded to one spelling. */
export function foldText(text: string): string {
  FOLDS.lastIndex = 0;
  if (!FOLDS.test(text)) return text;
  return text.replace(FOLDS, (c) => TO[c] ?? '');
}
