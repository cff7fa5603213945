// The person's settings in extension storage: one versioned item (WXT storage, `local:settings`), read and written
// by the background and the options page alike, and the administrator's policy from managed storage.
import { storage } from 'wxt/utils/storage';
import { normaliseSettings, parseManagedPolicy, SETTINGS_KEY, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../core/settings';
import { DEFAULT_SETTINGS, EMPTY_POLICY, type ManagedPolicy, type UserSettings } from '../core/settings-types';

/** Defines the storage item; each call runs the migrations again (tests define it after writing old data). */
export function defineSettingsItem() {
  return storage.defineItem<UserSettings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
/** The settings item of this extension context (background, options page), defined on first use. */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  return (item ??= defineSettingsItem());
}

export async function getSettings(): Promise<UserSettings> {
  return normaliseSettings(await settingsItem().getValue());
}

/** Read-modify-write. Both the background and the options page write; each write is one small object. */
export async function updateSettings(edit: (s: UserSettings) => UserSettings): Promise<UserSettings> {
  const next = edit(await getSettings());
  await settingsItem().setValue(next);
  return next;
}

/**
 * The administrator's policy. Firefox throws when no policy is installed ("Managed storage manifest not found")
 * and Chrome rejects when the manifest has no schema; both mean "no policy", never an error for the person.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return EMPTY_POLICY;
    return parseManagedPolicy(await managed.get(['officialDomains', 'blockedDomains']));
  } catch {
    return EMPTY_POLICY;
  }
}
