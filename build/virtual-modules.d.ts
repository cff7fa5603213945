declare module 'virtual:registry-index' {
  const index: import('../core/registry-index').RegistryIndex;
  export default index;
}
declare module 'virtual:registry-region-help' {
  /** The entries lib/lookup.ts regionHelp can pick (regionHelpEntries), for the popup's first view. */
  const entries: import('../core/registry-index').IndexEntry[];
  export default entries;
}
declare module 'virtual:popular-domains' {
  /** Well-known registrable domains, space-separated (build/popular-domains-plugin.ts). */
  const domains: string;
  export default domains;
}
