declare module 'virtual:registry-index' {
  const index: import('../core/registry-index').RegistryIndex;
  export default index;
}
declare module 'virtual:han-scripts' {
  /** build/build-han-scripts.ts: the popup's lookup reads a Chinese or Japanese query's region from these. */
  const scripts: import('../core/han-script').HanScripts;
  export default scripts;
}
declare module 'virtual:han-scripts-compact' {
  /** build/registry-index-plugin.ts: the Han tables cut to the cue lists' and registry's characters, for the judge. */
  const scripts: import('../core/han-script').HanScripts;
  export default scripts;
}
declare module 'virtual:registry-region-help' {
  /** What core/region.ts regionHelp chooses from (regionHelpSource), for the popup's first view. */
  const source: import('../core/region').RegionHelpSource;
  export default source;
}
declare module 'virtual:popular-domains' {
  /** Well-known registrable domains, space-separated (build/popular-domains-plugin.ts). */
  const domains: string;
  export default domains;
}
declare module 'virtual:hint-words' {
  /** build/hint-words-plugin.ts: the first pass's hint groups, compact (scan/hint-groups.ts HintWordsFile). */
  const groups: import('../scan/hint-groups').HintWordsFile;
  /** The first pass's chat-app names (build/hint-literals.ts computeContactNames). */
  export const contactNames: string[];
  export default groups;
}
declare module 'virtual:list-patterns' {
  /** build/list-patterns-plugin.ts: each shipped locale's CLDR list pattern. */
  const patterns: Record<import('../core/types').Lang, import('../core/lang').ListPattern>;
  export default patterns;
}
