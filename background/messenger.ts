// The background's single runtime.onMessage listener. Each manager registers handlers for its message types;
// the sender (tab, URL) is passed along so handlers never trust what a message says about where it came from.
import type { Browser } from 'wxt/browser';
import type { Message, Replies } from '../protocol/messages';

type Handler<T extends Message['type']> = (
  message: Extract<Message, { type: T }>,
  sender: Browser.runtime.MessageSender,
) => Promise<Replies[T]> | Replies[T];

const handlers: { [T in Message['type']]?: Handler<T> } = {};
let listening = false;

export function handle<T extends Message['type']>(type: T, handler: Handler<T>): void {
  handlers[type] = handler as (typeof handlers)[T];
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const h = handlers[type as Message['type']] as Handler<Message['type']>;
    // A handler error becomes a rejected promise for the sender, never an unhandled crash here.
    return Promise.resolve().then(() => h(message as Message, sender));
  });
}
