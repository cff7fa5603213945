declare module 'virtual:registry-index' {
  const index: import('./registry-index').RegistryIndex;
  export default index;
}
declare module 'virtual:han-scripts' {
  /** data/build-han-scripts.ts: the popup's lookup reads a Chinese or Japanese query's region from these. */
  const scripts: import('./lookup').HanScripts;
  export default scripts;
}
declare module 'virtual:registry-region-help' {
  /** The entries lib/lookup.ts regionHelp can pick (regionHelpEntries), for the popup's first view. */
  const entries: import('./registry-index').IndexEntry[];
  export default entries;
}
