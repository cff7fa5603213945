declare module 'virtual:registry-index' {
  const index: import('../core/registry-index').RegistryIndex;
  export default index;
}
declare module 'virtual:han-scripts' {
  /** build/build-han-scripts.ts: the popup's lookup reads a Chinese or Japanese query's region from these. */
  const scripts: import('../ui/lookup').HanScripts;
  export default scripts;
}
declare module 'virtual:registry-region-help' {
  /** The entries ui/lookup.ts regionHelp can pick (regionHelpEntries), for the popup's first view. */
  const entries: import('../core/registry-index').IndexEntry[];
  export default entries;
}
