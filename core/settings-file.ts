// Settings backup file: export to JSON and import with validation. Pure: text in, settings or a readable error out.
// An import either yields a complete, valid settings value or changes nothing — there is no partial import.
import type { LocalText } from './types';
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

export type ImportResult = { ok: true; settings: UserSettings } | { ok: false; error: LocalText };

const fail = (en: string, zh_CN: string, zh_TW: string): ImportResult => ({ ok: false, error: { en, zh_CN, zh_TW } });

/** Parses a backup. Files from older versions are upgraded by the same migrations as stored settings. */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return fail('This file is too large to be an ID Guard settings file.', '文件太大，不是证件卫士的设置文件。', '檔案太大，不是證件衛士的設定檔。');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not valid JSON, so it is not an ID Guard settings file.', '此文件不是有效的 JSON，不是证件卫士的设置文件。', '此檔案不是有效的 JSON，不是證件衛士的設定檔。');
  }
  const file = data as Partial<SettingsFile> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== SETTINGS_FILE_FORMAT) {
    return fail('This is not an ID Guard settings file (it was not exported by ID Guard).', '这不是证件卫士导出的设置文件。', '這不是證件衛士匯出的設定檔。');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This settings file has no valid version number.', '此设置文件没有有效的版本号。', '此設定檔沒有有效的版本號。');
  }
  if (version > SETTINGS_VERSION) {
    return fail(
      'This settings file was made by a newer version of ID Guard. Update the extension, then import it again.',
      '此设置文件来自更新版本的证件卫士。请先更新扩展，再导入。',
      '此設定檔來自較新版本的證件衛士。請先更新擴充功能，再匯入。',
    );
  }
  const problem = checkShape(file.settings, version);
  if (problem) {
    return fail(`This settings file is damaged: ${problem}. Nothing was changed.`, `此设置文件已损坏：${problem}。未做任何更改。`, `此設定檔已損壞：${problem}。未做任何變更。`);
  }
  let settings: unknown = file.settings;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) settings = SETTINGS_MIGRATIONS[v]?.(settings) ?? settings;
  return { ok: true, settings: normaliseSettings(settings) };
}

/**
 * Strict check (stricter than normaliseSettings, which reads our own storage leniently): a backup with one bad
 * entry is rejected whole, so a person never imports half a list without knowing. Returns the first problem.
 */
function checkShape(s: unknown, version: number): string | null {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return '"settings" is missing';
  const { trustedSites, dismissedPages, sensitivity } = s as Record<string, unknown>;
  if (!Array.isArray(trustedSites)) return '"trustedSites" is not a list';
  if (!Array.isArray(dismissedPages)) return '"dismissedPages" is not a list';
  if (trustedSites.length > MAX_LIST_LENGTH || dismissedPages.length > MAX_LIST_LENGTH) return 'a list is too long';
  if (sensitivity !== 'standard' && sensitivity !== 'strict') return '"sensitivity" must be "standard" or "strict"';
  for (const [i, t] of trustedSites.entries()) {
    const domain = version === 1 ? t : (t as { domain?: unknown } | null)?.domain;
    if (typeof domain !== 'string') return `trusted site ${i + 1} has no domain`;
    const parsed = parseSiteInput(domain);
    if (!parsed.ok || parsed.domain !== domain.trim().toLowerCase()) return `trusted site ${i + 1} ("${domain.slice(0, 80)}") is not a domain`;
    if (version >= 2) {
      const { addedAt, from } = t as Record<string, unknown>;
      if (addedAt !== null && (typeof addedAt !== 'number' || !Number.isFinite(addedAt))) return `trusted site ${i + 1} has a bad date`;
      if (from !== 'banner' && from !== 'options' && from !== 'unknown') return `trusted site ${i + 1} has a bad origin`;
    }
  }
  for (const [i, p] of dismissedPages.entries()) {
    if (typeof p !== 'string' || pageKey(p) !== p) return `dismissed page ${i + 1} is not a page address`;
  }
  return null;
}
