import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle } from '../../background/messenger';

describe('background messenger', () => {
  it('routes a message to its handler with the sender, and ignores unknown types', async () => {
    const seen: string[] = [];
    handle('page-quiet', (_m, sender) => {
      seen.push(sender.url ?? '');
      return null;
    });
    const reply = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-quiet' }, { url: 'https://a.example/' }, () => {});
    expect(reply).toEqual([null]);
    expect(seen).toEqual(['https://a.example/']);
    const unknown = await fakeBrowser.runtime.onMessage.trigger({ type: 'nope' }, { url: 'https://a.example/' }, () => {});
    expect(unknown).toEqual([undefined]);
  });
});
