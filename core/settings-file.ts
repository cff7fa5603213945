// Settings backup file: export to JSON and import with validation. Pure: text in, settings or a readable error out.
// An import either yields a complete, valid settings value or changes nothing — there is no partial import.
import type { MessageKey, UiText } from './types';
import type { UserSettings } from './settings-types';
import { MAX_LIST_LENGTH, SETTINGS_MIGRATIONS, SETTINGS_VERSION, normaliseSettings, parseSiteInput } from './settings';
import { pageKey } from './domain';

/** Marks our files, so a random JSON file (or another extension's backup) is recognised as foreign. */
export const SETTINGS_FILE_FORMAT = 'id-guard-settings';
/** Backups are a few kB; 1 MB leaves room for MAX_LIST_LENGTH entries and stops a huge file before parsing. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  /** The settings version the file was written with (core/settings.ts SETTINGS_VERSION). */
  version: number;
  exportedAt: string;
  settings: UserSettings;
}

export function exportSettings(settings: UserSettings, now: Date): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return JSON.stringify(file, null, 2) + '\n';
}

export type ImportResult = { ok: true; settings: UserSettings } | { ok: false; error: UiText };

const fail = (msg: MessageKey, ...args: string[]): ImportResult => ({ ok: false, error: { msg, args } });

/** Parses a backup. Files from older versions are upgraded by the same migrations as stored settings. */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return fail('importTooLarge');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('importNotJson');
  }
  const file = data as Partial<SettingsFile> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== SETTINGS_FILE_FORMAT) {
    return fail('importNotOurs');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('importNoVersion');
  }
  if (version > SETTINGS_VERSION) {
    return fail('importNewer');
  }
  const problem = checkShape(file.settings, version);
  if (problem) {
    return fail('importDamaged', problem);
  }
  let settings: unknown = file.settings;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) settings = SETTINGS_MIGRATIONS[v]?.(settings) ?? settings;
  return { ok: true, settings: normaliseSettings(settings) };
}

/**
 * Strict check (stricter than normaliseSettings, which reads our own storage leniently): a backup with one bad
 * entry is rejected whole, so a person never imports half a list without knowing. Returns where the first problem
 * is, as a path in the file ("settings.trustedSites[2].domain"): the same in every language.
 */
function checkShape(s: unknown, version: number): string | null {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return 'settings';
  const { trustedSites, dismissedPages, sensitivity } = s as Record<string, unknown>;
  if (!Array.isArray(trustedSites) || trustedSites.length > MAX_LIST_LENGTH) return 'settings.trustedSites';
  if (!Array.isArray(dismissedPages) || dismissedPages.length > MAX_LIST_LENGTH) return 'settings.dismissedPages';
  if (sensitivity !== 'standard' && sensitivity !== 'strict') return 'settings.sensitivity';
  for (const [i, t] of trustedSites.entries()) {
    const at = `settings.trustedSites[${i}]`;
    const domain = version === 1 ? t : (t as { domain?: unknown } | null)?.domain;
    if (typeof domain !== 'string') return version === 1 ? at : `${at}.domain`;
    const parsed = parseSiteInput(domain);
    if (!parsed.ok || parsed.domain !== domain.trim().toLowerCase()) return version === 1 ? at : `${at}.domain`;
    if (version >= 2) {
      const { addedAt, from } = t as Record<string, unknown>;
      if (addedAt !== null && (typeof addedAt !== 'number' || !Number.isFinite(addedAt))) return `${at}.addedAt`;
      if (from !== 'banner' && from !== 'options' && from !== 'unknown') return `${at}.from`;
    }
  }
  for (const [i, p] of dismissedPages.entries()) {
    if (typeof p !== 'string' || pageKey(p) !== p) return `settings.dismissedPages[${i}]`;
  }
  return null;
}
