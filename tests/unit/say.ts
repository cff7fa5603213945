// What a reader sees of a reason or message from the background, in one locale (the real messages files).
import { textOf } from '../../core/lang';
import type { Lang, UiText } from '../../core/types';
import { messagesFor } from '../../scripts/locale-messages';

export function say(text: UiText, lang: Lang = 'en'): string {
  return textOf(text, messagesFor(lang));
}
