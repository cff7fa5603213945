// The options page in happy-dom with WXT's fake browser: real components, real storage item.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../ui/options/options-page';

const root = () => document.getElementById('root')!;
const $ = <E extends Element = HTMLElement>(sel: string) => root().querySelector<E>(sel);
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as { trustedSites: { domain: string }[]; sensitivity: string } | undefined;

async function mount() {
  document.body.innerHTML = '<div id="root"></div>';
  await act(() => render(<OptionsPage lang="en" />, root()));
  await settle();
}

async function typeAndAdd(text: string) {
  const input = $<HTMLInputElement>('#trust-input')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    $<HTMLFormElement>('form.add')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

async function importFile(text: string) {
  const input = $<HTMLInputElement>('#import-settings')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'backup.json', { type: 'application/json' })] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

afterEach(() => render(null, root()));

describe('options page', () => {
  it('adds a site by hand after validation, lists it, and removes it', async () => {
    await mount();
    await typeAndAdd('not a site');
    expect($('[role=alert]')?.textContent).toMatch(/not a web address/);
    expect(await stored()).toBeUndefined();

    await typeAndAdd('https://www.Example.com/kyc');
    expect($('[role=alert]')).toBeNull();
    expect($('#trusted-sites li[data-domain="example.com"]')?.textContent).toMatch(/added here/);
    expect((await stored())?.trustedSites.map((t) => t.domain)).toEqual(['example.com']);

    await act(() => $<HTMLButtonElement>('#trusted-sites li[data-domain="example.com"] button')!.click());
    await settle();
    expect($('#trusted-sites li')).toBeNull();
    expect((await stored())?.trustedSites).toEqual([]);
  });

  it('shows a site trusted elsewhere (the banner) without a reload', async () => {
    await mount();
    await fakeBrowser.storage.local.set({ settings: { trustedSites: [{ domain: 'shop.example', addedAt: 1, from: 'banner' }], dismissedPages: [], sensitivity: 'standard' } });
    await settle();
    expect($('#trusted-sites li[data-domain="shop.example"]')?.textContent).toMatch(/trusted from a warning/);
  });

  it('rejects a foreign import file with a clear message and changes nothing', async () => {
    const before = { trustedSites: [{ domain: 'keep.example', addedAt: 1, from: 'options' }], dismissedPages: [], sensitivity: 'strict' };
    await fakeBrowser.storage.local.set({ settings: before, settings$: { v: 2 } });
    await mount();
    await importFile('{"timeStamp": 1, "userSettings": {}}');
    expect($('#backup-status[role=alert]')?.textContent).toMatch(/not an ID Guard settings file/);
    expect(await stored()).toEqual(before);
    expect($('#trusted-sites li[data-domain="keep.example"]')).not.toBeNull();

    await importFile(JSON.stringify({ format: 'id-guard-settings', version: 1, settings: { trustedSites: ['new.example'], dismissedPages: [], sensitivity: 'standard' } }));
    expect($('#backup-status[role=status]')?.textContent).toMatch(/imported/);
    expect((await stored())?.trustedSites.map((t) => t.domain)).toEqual(['new.example']);
  });

  it('switches sensitivity, resets after confirmation, and shows the managed policy read-only', async () => {
    await fakeBrowser.storage.managed.set({ officialDomains: ['kyc.corp.example'], blockedDomains: ['bad.example'] });
    await mount();
    expect($('#managed-official li[data-domain="corp.example"]')).not.toBeNull();
    expect($('#managed-blocked li[data-domain="bad.example"]')).not.toBeNull();
    expect($('#managed-policy button, #managed-policy input')).toBeNull();

    await act(() => $<HTMLInputElement>('input[value=strict]')!.click());
    await settle();
    expect((await stored())?.sensitivity).toBe('strict');

    await act(() => $<HTMLButtonElement>('#reset-settings')!.click());
    expect((await stored())?.sensitivity).toBe('strict'); // not before confirming
    await act(() => $<HTMLButtonElement>('#reset-yes')!.click());
    await settle();
    expect((await stored())?.sensitivity).toBe('standard');
    expect($<HTMLInputElement>('input[value=standard]')!.checked).toBe(true);
  });
});
