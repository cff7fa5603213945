// The content script's lifetime (content/script-life.ts) and its door to the extension (content/content-runtime.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptLife } from '../../content/script-life';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('ScriptLife', () => {
  it('runs timers, idle callbacks and listeners while connected, and none of them once cut off', async () => {
    vi.useFakeTimers();
    let connected = true;
    const life = new ScriptLife(() => connected);
    const fired: string[] = [];
    const target = new EventTarget();
    life.listen(target, 'x', () => fired.push('event'));
    life.setTimeout(() => fired.push('timer'), 10);
    target.dispatchEvent(new Event('x'));
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['event', 'timer']);

    const cleaned = vi.fn();
    life.onInvalidated(cleaned);
    life.setTimeout(() => fired.push('late timer'), 10);
    connected = false;
    expect(life.isValid).toBe(false);
    expect(cleaned).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('x'));
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['event', 'timer']);
    // Found cut off once, it stays so, and late clean-ups run at once.
    connected = true;
    expect(life.isValid).toBe(false);
    const late = vi.fn();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('treats a connection check that throws (Chrome after a reload) as cut off', () => {
    const life = new ScriptLife(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(life.isValid).toBe(false);
  });

  it('forgets a fired timer’s clean-up, so hours of re-checks do not pile them up', () => {
    vi.useFakeTimers();
    const life = new ScriptLife(() => true);
    for (let i = 0; i < 1_000; i++) life.setTimeout(() => {}, 1);
    vi.advanceTimersByTime(5);
    expect((life as unknown as { cleanups: Set<unknown> }).cleanups.size).toBe(0);
  });
});

describe('content runtime', () => {
  it('uses Firefox’s browser namespace when it is a plain object', async () => {
    const sendMessage = vi.fn(async () => 'from browser');
    vi.stubGlobal('browser', { runtime: { id: 'x', sendMessage }, i18n: { getUILanguage: () => 'zh-TW' } });
    vi.stubGlobal('chrome', { runtime: { id: 'x', sendMessage: async () => 'from chrome' } });
    const rt = await import('../../content/content-runtime');
    expect(await rt.sendToBackground({ type: 'page-quiet' })).toBe('from browser');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'page-quiet' });
    expect(rt.uiLanguage()).toBe('zh_TW');
    expect(rt.extensionConnected()).toBe(true);
  });

  it('ignores a page element named "browser" (named access in Chrome’s isolated world) and uses chrome', async () => {
    // <form id="browser"><input name="runtime" id="r"></form>: window.browser.runtime.id would be "r".
    const form = document.createElement('form');
    form.id = 'browser';
    const input = document.createElement('input');
    input.name = 'runtime';
    input.id = 'r';
    form.append(input);
    vi.stubGlobal('browser', form);
    vi.stubGlobal('chrome', { runtime: { id: 'x', sendMessage: async () => 'from chrome' }, i18n: { getUILanguage: () => 'en-US' } });
    const rt = await import('../../content/content-runtime');
    expect(await rt.sendToBackground({ type: 'page-quiet' })).toBe('from chrome');
    expect(rt.uiLanguage()).toBe('en');
  });

  it('reports the extension gone when runtime.id is unset or reading it throws, and rejects sends with no runtime', async () => {
    vi.stubGlobal('browser', undefined);
    const runtime = {} as { id?: string };
    Object.defineProperty(runtime, 'id', {
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    vi.stubGlobal('chrome', { runtime });
    let rt = await import('../../content/content-runtime');
    expect(rt.extensionConnected()).toBe(false);
    vi.resetModules();
    vi.stubGlobal('chrome', undefined);
    rt = await import('../../content/content-runtime');
    expect(rt.extensionConnected()).toBe(false);
    await expect(rt.sendToBackground({ type: 'page-quiet' })).rejects.toThrow(/no extension runtime/);
  });
});
