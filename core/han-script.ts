// Which script Han text is written in (Simplified Chinese, Traditional Chinese or Japanese), read from tables of the
// characters only one of them writes. One answer for two questions: the judge's (a page's region, from its title
// and headings) and the popup's (a query's region). The tables are built from OpenCC's conversion tables at build
// time (build/build-han-scripts.ts): the popup gets them whole, the background a compact cut (the Han characters of
// the cue lists and the registry) so its bundle stays small. Pure: the tables are an input.

export interface HanScripts {
  /** Characters only Simplified Chinese writes ("证", "实"; not "后", which Traditional writes in 皇后). */
  simplified: string;
  /** Characters only Traditional Chinese writes ("證", "實"). */
  traditional: string;
  /** Shinjitai only Japanese writes ("庁", "駅", "険"). */
  japanese: string;
}

export type HanScript = keyof HanScripts;

/**
 * The script `text`'s Han characters say: a Japanese-only form decides at once; otherwise the more numerous of the
 * Simplified-only and Traditional-only characters, Simplified on a tie; undefined when none is in the tables.
 */
export function hanScript(text: string, tables: HanScripts): HanScript | undefined {
  let simplified = 0;
  let traditional = 0;
  for (const c of text) {
    // Below U+3400 (CJK Extension A) nothing is Han: Latin, kana and punctuation cost one comparison.
    if (c < '\u3400') continue;
    if (tables.japanese.includes(c)) return 'japanese';
    if (tables.simplified.includes(c)) simplified++;
    else if (tables.traditional.includes(c)) traditional++;
  }
  if (!simplified && !traditional) return undefined;
  return simplified >= traditional ? 'simplified' : 'traditional';
}
