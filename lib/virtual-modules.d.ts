declare module 'virtual:registry-index' {
  const index: import('./registry-index').RegistryIndex;
  export default index;
}
