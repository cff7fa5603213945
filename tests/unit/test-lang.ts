// The locale the fake browser's i18n speaks in unit tests (tests/unit/setup.ts); English before each test.
import type { Lang } from '../../core/types';

let lang: Lang = 'en';
export const currentTestLang = (): Lang => lang;
export function setTestLang(next: Lang): void {
  lang = next;
}
