// The extension pages' (popup, options) door to the background, through webextension-polyfill. The content
// script has its own, on the browser's native namespace (content/content-runtime.ts sendToBackground).
import type { Replies, UiMessage } from '../protocol/messages';

/** Sends a UI message to the background and gets its typed reply. */
export async function askBackground<M extends UiMessage>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}
