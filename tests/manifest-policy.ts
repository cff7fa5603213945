// What the extension may ask of the browser (issue 7, "Privacy and permissions"), checked against both the
// wxt config's manifest (unit test) and the BUILT manifests (tests/e2e/privacy.e2e.ts).

/** `storage`: settings; `activeTab`: the popup reads the current tab's URL only when the person opens it. */
export const ALLOWED_PERMISSIONS = ['storage', 'activeTab'];

/** Keys that would widen what the extension can do or let pages see it. Each must be absent. */
const FORBIDDEN_KEYS: Record<string, string> = {
  host_permissions: 'host permissions beyond the content scripts’ matches',
  optional_permissions: 'optional permissions (asked for later)',
  optional_host_permissions: 'optional host permissions',
  externally_connectable: 'messages from web pages',
  content_security_policy: 'a loosened content security policy (remote code)',
  update_url: 'self-hosted updates',
  sandbox: 'sandboxed pages (they may run eval)',
};

/**
 * The one web-accessible resource allowed: page-kit.js (entrypoints/page-kit.ts), which the content script
 * import()s only on pages whose first pass saw an ID cue; a content script can import an extension file only when
 * it is listed here. Pages must still not be able to probe for it: Chrome serves it only under a per-session
 * dynamic id (use_dynamic_url: true, required there), and Firefox gives every install a random moz-extension
 * UUID. Any other resource, match pattern or missing use_dynamic_url in Chrome is a problem.
 */
export const PAGE_KIT_RESOURCE = 'page-kit.js';

function warProblems(war: unknown, browser: 'chrome' | 'firefox'): string[] {
  const entries = (Array.isArray(war) ? war : [war]) as (Record<string, unknown> | undefined)[];
  if (entries.length !== 1) return [`"web_accessible_resources": exactly one entry (${PAGE_KIT_RESOURCE}) is allowed`];
  const e: Record<string, unknown> = entries[0] ?? {};
  const problems: string[] = [];
  const res = e.resources as unknown[] | undefined;
  if (!Array.isArray(res) || res.length !== 1 || res[0] !== PAGE_KIT_RESOURCE) problems.push(`web-accessible resources must be exactly ["${PAGE_KIT_RESOURCE}"]`);
  // The content scripts' own matches: the kit is needed wherever sensor.js runs, and nowhere else.
  const matches = e.matches as unknown[] | undefined;
  if (!Array.isArray(matches) || matches.length !== 1 || matches[0] !== '<all_urls>') problems.push(`${PAGE_KIT_RESOURCE} must match ["<all_urls>"], as sensor.js does`);
  const known = ['resources', 'matches', 'use_dynamic_url'];
  for (const k of Object.keys(e)) if (!known.includes(k)) problems.push(`web-accessible resource key "${k}" is unexpected`);
  if (browser === 'chrome' && e.use_dynamic_url !== true) problems.push(`${PAGE_KIT_RESOURCE} must set use_dynamic_url: true in Chrome (pages could probe the stable id)`);
  return problems;
}

/**
 * Problems with a manifest, in words; empty when it keeps to the policy. The browser is read from the manifest
 * (Firefox's carries browser_specific_settings.gecko) unless given.
 */
export function manifestProblems(manifest: Record<string, unknown>, browser?: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  const perms = (manifest.permissions as string[] | undefined) ?? [];
  for (const p of perms) if (!ALLOWED_PERMISSIONS.includes(p)) problems.push(`permission "${p}" is not allowed`);
  for (const [key, why] of Object.entries(FORBIDDEN_KEYS)) if (key in manifest) problems.push(`"${key}": ${why}`);
  const firefox = browser ? browser === 'firefox' : 'browser_specific_settings' in manifest;
  if ('web_accessible_resources' in manifest) problems.push(...warProblems(manifest.web_accessible_resources, firefox ? 'firefox' : 'chrome'));
  for (const cs of (manifest.content_scripts as { matches?: string[]; js?: string[] }[] | undefined) ?? []) {
    for (const m of cs.matches ?? []) if (m !== '<all_urls>') problems.push(`content script match "${m}" is unexpected`);
    for (const js of cs.js ?? []) if (/^(https?:)?\/\//.test(js)) problems.push(`remote content script ${js}`);
  }
  const bg = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  for (const s of [bg?.service_worker, ...(bg?.scripts ?? [])]) if (s && /^(https?:)?\/\//.test(s)) problems.push(`remote background script ${s}`);
  return problems;
}
