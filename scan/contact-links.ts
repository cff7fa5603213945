// Links to chat services, an off-platform contact (issue 15's real-name-for-hire rule): the full scan finds them
// as links (kit/page-scan.ts, by CONTACT_LINK_SELECTOR in cue-words.ts), the first pass finds the short ones in any
// text (hint-words.ts, hint-groups.ts). One list, so both passes know the same services.

/** Short links people also write out as text ("TG: t.me/esim1088"): looked for in text too, by both passes. */
export const CHAT_SHORT_LINKS = ['t.me/', 'wa.me/'];

/** Chat-service links found as links only: hosts anywhere in the URL, then schemes at its start. */
const CHAT_LINK_HOSTS = ['telegram.me/', 'whatsapp.com/', 'qm.qq.com', 'line.me/', 'zalo.me/', 'open.kakao.com'];
const CHAT_LINK_SCHEMES = ['tg:', 'whatsapp:', 'weixin:', 'tencent:'];

/** A selector for links to any of these services (case-insensitive). A function: sensor.js, which has no use for it, leaves it out. */
export function contactLinkSelector(): string {
  return [
    ...[...CHAT_SHORT_LINKS, ...CHAT_LINK_HOSTS].map((h) => `a[href*="${h}" i]`),
    ...CHAT_LINK_SCHEMES.map((s) => `a[href^="${s}" i]`),
  ].join(',');
}

/** The short links as RegExp alternatives ("t\.me\/|wa\.me\/"). */
export function shortLinkPattern(): string {
  return CHAT_SHORT_LINKS.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}
