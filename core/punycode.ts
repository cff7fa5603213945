// Punycode (RFC 3492) decoding of IDN labels, so a lookalike written in Cyrillic or Greek is compared in the
// script a person sees. Encoding (Unicode → xn--) uses the platform's own IDNA (the URL parser) in core/domain.ts;
// only decoding has no platform API in a service worker. Kept tiny and dependency-free: it runs in the background.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** No real label is longer than 63 octets; a longer one is hostile input, not an IDN. */
const MAX_LABEL_LENGTH = 63;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // '0'..'9' → 26..35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // 'A'..'Z'
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // 'a'..'z'
  return -1;
}

/** Decodes the part after "xn--" of one label; null when it is not valid Punycode. */
export function decodePunycodeLabel(input: string): string | null {
  if (input.length > MAX_LABEL_LENGTH) return null;
  const output: number[] = [];
  const lastDelim = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(lastDelim, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = lastDelim > 0 ? lastDelim + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** "xn--80ak6aa92e.com" → "аррӏе.com"; labels that are not valid Punycode are kept as they are. */
export function hostToUnicode(host: string): string {
  if (!host.includes('xn--')) return host;
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}
