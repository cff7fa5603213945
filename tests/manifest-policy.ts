// What the extension may ask of the browser (issue 7, "Privacy and permissions"), checked against both the
// wxt config's manifest (unit test) and the BUILT manifests (tests/e2e/privacy.e2e.ts).

/** `storage`: settings; `activeTab`: the popup reads the current tab's URL only when the person opens it. */
export const ALLOWED_PERMISSIONS = ['storage', 'activeTab'];

/** Keys that would widen what the extension can do or let pages see it. Each must be absent. */
const FORBIDDEN_KEYS: Record<string, string> = {
  host_permissions: 'host permissions beyond the content scripts’ matches',
  optional_permissions: 'optional permissions (asked for later)',
  optional_host_permissions: 'optional host permissions',
  web_accessible_resources: 'web-accessible resources (pages can probe for them to detect the extension)',
  externally_connectable: 'messages from web pages',
  content_security_policy: 'a loosened content security policy (remote code)',
  update_url: 'self-hosted updates',
  sandbox: 'sandboxed pages (they may run eval)',
};

/** Problems with a manifest, in words; empty when it keeps to the policy. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const perms = (manifest.permissions as string[] | undefined) ?? [];
  for (const p of perms) if (!ALLOWED_PERMISSIONS.includes(p)) problems.push(`permission "${p}" is not allowed`);
  for (const [key, why] of Object.entries(FORBIDDEN_KEYS)) if (key in manifest) problems.push(`"${key}": ${why}`);
  for (const cs of (manifest.content_scripts as { matches?: string[]; js?: string[] }[] | undefined) ?? []) {
    for (const m of cs.matches ?? []) if (m !== '<all_urls>') problems.push(`content script match "${m}" is unexpected`);
    for (const js of cs.js ?? []) if (/^(https?:)?\/\//.test(js)) problems.push(`remote content script ${js}`);
  }
  const bg = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  for (const s of [bg?.service_worker, ...(bg?.scripts ?? [])]) if (s && /^(https?:)?\/\//.test(s)) problems.push(`remote background script ${s}`);
  return problems;
}
