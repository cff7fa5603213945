// opencc-js ships its character and phrase tables as plain modules without types: each is one string.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
