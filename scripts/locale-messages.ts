// The browser's getMessage for Node (scripts and unit tests): reads public/_locales/<locale>/messages.json and
// fills placeholders as Chrome and Firefox do — "$NAME$" takes its placeholder's content, where "$1"…"$9" are the
// substitutions; "$$" is a dollar sign. A key missing from a locale falls back to English, as the browser does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeI18n, type GetMessage, type I18n } from '../core/lang';
import type { Lang } from '../core/types';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../public/_locales');

const files = new Map<string, MessageFile>();
export function readMessages(lang: string): MessageFile {
  let f = files.get(lang);
  if (!f) files.set(lang, (f = JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as MessageFile));
  return f;
}

const SUBSTITUTION = /\$(\d)/g;
const TOKEN = /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g;

/** One message with its substitutions, the way the browsers fill it. */
export function formatMessage(entry: MessageEntry, subs: readonly string[] = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const sub = (d: string) => subs[Number(d) - 1] ?? '';
  return entry.message.replace(TOKEN, (m, name?: string, digit?: string) => {
    if (m === '$$') return '$';
    if (digit) return sub(digit);
    return (placeholders.get(name!.toLowerCase()) ?? '').replace(SUBSTITUTION, (_, d: string) => sub(d));
  });
}

/** getMessage for one locale (keys are case-insensitive in the browsers; here they are matched exactly). */
export function getMessageFor(lang: Lang): GetMessage {
  return (key, subs) => {
    const entry = readMessages(lang)[key] ?? readMessages('en')[key];
    return entry ? formatMessage(entry, subs) : '';
  };
}

/** The messages of one locale, as the content script, popup and options page get them from the browser. */
export function messagesFor(lang: Lang): I18n {
  return makeI18n(getMessageFor(lang));
}
