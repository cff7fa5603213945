// Host names → registrable domains (eTLD+1 by the Public Suffix List, via tldts), with IDN labels decoded to
// Unicode (what a person sees) and encoded back to ASCII (what the registry and the browser use).
import { parse } from 'tldts';
import { hostToUnicode } from './punycode';

export { hostToUnicode } from './punycode';

export interface HostInfo {
  /** ASCII (Punycode) host, lowercase, no trailing dot: how the browser and the registry spell it. */
  host: string;
  /** The same host with IDN labels decoded to Unicode. */
  hostUnicode: string;
  /** Registrable domain (eTLD+1), ASCII; for an IP address or a bare suffix, the host itself. */
  domain: string;
  domainUnicode: string;
  /** The registrable domain without its public suffix ("10086-smrz" for 10086-smrz.top), Unicode. */
  label: string;
  /** Public suffix, ASCII ("cn", "com.cn", "top"). */
  suffix: string;
  /** Labels left of the registrable domain, ASCII ("www.m" for www.m.10086.cn). */
  subdomain: string;
  isIp: boolean;
}

const PARSE_OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, mixedInputs: false } as const;

/** Longest host name DNS allows; anything longer is hostile input. */
const MAX_HOST_LENGTH = 253;

/**
 * Reads a host name. Private suffixes (github.io, pages.dev, …) count as public here, so that
 * `10086-kyc.pages.dev` is its own site, owned by whoever registered it, not by the hosting company.
 */
export function hostInfo(rawHost: string): HostInfo | null {
  const host = toAsciiHost(rawHost);
  if (!host) return null;
  // The host is already extracted and validated above: tldts' own URL extraction and validation would triple the cost.
  const p = parse(host, PARSE_OPTIONS);
  if (p.isIp) {
    return { host, hostUnicode: host, domain: host, domainUnicode: host, label: host, suffix: '', subdomain: '', isIp: true };
  }
  const domain = p.domain ?? host;
  const suffix = p.publicSuffix ?? '';
  const label = p.domainWithoutSuffix ?? host;
  return {
    host,
    hostUnicode: hostToUnicode(host),
    domain,
    domainUnicode: hostToUnicode(domain),
    label: hostToUnicode(label),
    suffix,
    subdomain: p.subdomain ?? '',
    isIp: false,
  };
}

/** Host of an http(s) URL as HostInfo; null for other schemes (about:, chrome-extension:, file:) or a malformed URL. */
export function urlHostInfo(url: string): HostInfo | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return hostInfo(u.hostname);
}

/**
 * Unicode or ASCII host → lowercase ASCII host, by the platform's IDNA (UTS #46) mapping through the URL parser —
 * the same one the browser applied to the page's address, so full-width and other compatibility forms fold the
 * same way. Null for an empty, over-long or invalid host.
 */
export function toAsciiHost(rawHost: string): string | null {
  const trimmed = rawHost.trim().replace(/\.$/, '');
  if (!trimmed || trimmed.length > MAX_HOST_LENGTH * 4) return null;
  // A host, not a URL: no scheme, path, credentials or port (an IPv6 literal keeps its brackets and colons).
  if (/[/\\@\s?#]/.test(trimmed) || (trimmed.includes(':') && !trimmed.startsWith('['))) return null;
  let host: string;
  if (/^[a-z0-9.-]+$/.test(trimmed)) host = trimmed; // the hot path: already ASCII and lowercase
  else {
    try {
      host = new URL(`http://${trimmed}/`).hostname;
    } catch {
      return null;
    }
    if (host.startsWith('[')) host = host.slice(1, -1); // IPv6 literal
  }
  if (host.length > MAX_HOST_LENGTH || host.includes('..') || host.startsWith('.')) return null;
  return host;
}

/** Registrable domain of a host (ASCII), or null. Convenience for callers that need nothing else. */
export function registrableDomain(rawHost: string): string | null {
  return hostInfo(rawHost)?.domain ?? null;
}

/** Every suffix of an ASCII host from the full host down to its last label: "a.b.cn" → a.b.cn, b.cn, cn. */
export function hostSuffixes(host: string): string[] {
  const out = [host];
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) out.push(host.slice(i + 1));
  return out;
}

/** A page's key for "dismissed here": origin + path, no query or fragment (they often carry one-off tokens). */
export function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin + u.pathname;
  } catch {
    return null;
  }
}
