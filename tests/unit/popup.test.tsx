// The popup's components rendered in happy-dom: the current-site card for each level, and the lookup.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../build/build-registry-index';
import type { Verdict } from '../../core/types';
import { PopupApp } from '../../ui/popup/popup-app';
import { SiteCard } from '../../ui/popup/site-card';
import { LookupPanel, FIRST_RESULTS_MARK } from '../../ui/popup/lookup-panel';
import { fetchTabVerdict, pickVerdict, tabIdFromSearch } from '../../ui/popup/current-site';
import { safeHttpsUrl, telHref } from '../../ui/popup/channel-card';
import { regionHelpSource } from '../../ui/lookup';
import { INTENTS } from '../../ui/intents';
import type { SearchIndex } from '../../ui/lookup';

const index = buildSearchIndex();
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ');

/** Types into the lookup's search box as a person would (one input event). */
async function type(value: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function verdict(over: Partial<Verdict>): Verdict {
  return {
    level: 'none',
    site: 'unknown',
    domain: 'example.top',
    host: 'www.example.top',
    asks: [],
    reasons: [],
    org: null,
    official: null,
    regionHelp: [],
    ...over,
  };
}

const mobileLinks = {
  id: 'cn-china-mobile',
  names: { en: 'China Mobile', zh_CN: '中国移动', zh_TW: '中國移動' },
  website: 'https://www.10086.cn/',
  hotlines: ['10086'],
};

describe('SiteCard', () => {
  it('official: level in words, the organisation, its links', () => {
    render(
      <SiteCard
        lang="en"
        state={{
          status: 'ready',
          verdict: verdict({ level: 'official', site: 'official', domain: '10086.cn', host: 'www.10086.cn', org: { id: 'cn-china-mobile', names: mobileLinks.names }, official: mobileLinks }),
        }}
      />,
      root,
    );
    const card = root.querySelector('.site-card')!;
    expect(card.getAttribute('data-level')).toBe('official');
    expect(text(card)).toContain('Official site');
    expect(text(card)).toContain('China Mobile');
    expect(root.querySelector<HTMLAnchorElement>('a[data-link="website"]')!.href).toBe('https://www.10086.cn/');
  });

  it('danger: words beyond colour, reasons, the official channel instead, region help', () => {
    render(
      <SiteCard
        lang="zh_CN"
        state={{
          status: 'ready',
          verdict: verdict({
            level: 'danger',
            domain: '10086-kyc.top',
            host: '10086-kyc.top',
            reasons: [{ code: 'impersonates', text: { en: 'Names China Mobile', zh_CN: '冒用中国移动名义', zh_TW: '冒用中國移動名義' } }],
            org: { id: 'cn-china-mobile', names: mobileLinks.names },
            official: mobileLinks,
            regionHelp: [{ id: 'cn-caict-yizhengtongcha', names: { en: 'CAICT', zh_CN: '一证通查', zh_TW: '一證通查' }, website: 'https://getsimnum.caict.ac.cn/', hotlines: [] }],
          }),
        }}
      />,
      root,
    );
    const card = root.querySelector('.site-card')!;
    expect(card.getAttribute('data-level')).toBe('danger');
    expect(text(card.querySelector('.site-title'))).toContain('危险');
    expect(card.querySelector('[role="alert"]')).not.toBeNull();
    expect(text(card.querySelector('.site-reasons'))).toContain('冒用中国移动名义');
    expect(text(card.querySelector('.site-instead'))).toContain('中国移动');
    expect(root.querySelector<HTMLAnchorElement>('.site-instead a[href^="tel:"]')!.getAttribute('href')).toBe('tel:10086');
    expect(root.querySelector<HTMLAnchorElement>('.site-region-help a')!.href).toBe('https://getsimnum.caict.ac.cn/');
  });

  it('caution in Traditional Chinese', () => {
    render(<SiteCard lang="zh_TW" state={{ status: 'ready', verdict: verdict({ level: 'caution' }) }} />, root);
    expect(text(root.querySelector('.site-title'))).toContain('注意');
  });

  it('no verdict: says so plainly', () => {
    render(<SiteCard lang="en" state={{ status: 'ready', verdict: null }} />, root);
    expect(text(root)).toContain('No ID request seen on this page');
  });

  it('error and loading states', () => {
    render(<SiteCard lang="en" state={{ status: 'error' }} />, root);
    expect(root.querySelector('.site-card')!.getAttribute('data-level')).toBe('error');
    render(<SiteCard lang="en" state={{ status: 'loading' }} />, root);
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
  });
});

describe('current-site messages', () => {
  it('asks get-tab-site and get-tab-verdict and shows the more serious answer', async () => {
    const site = verdict({ level: 'none' });
    const page = verdict({ level: 'danger' });
    const send = vi.fn(async (m: { type: string }) => (m.type === 'get-tab-site' ? site : page)) as never;
    expect(await fetchTabVerdict(7, send)).toBe(page);
    expect((send as unknown as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0])).toEqual([
      { type: 'get-tab-site', tabId: 7 },
      { type: 'get-tab-verdict', tabId: 7 },
    ]);
  });

  it('falls back to get-tab-verdict when get-tab-site fails, and throws when both fail', async () => {
    const page = verdict({ level: 'caution' });
    const half = (async (m: { type: string }) => {
      if (m.type === 'get-tab-site') throw new Error('no handler');
      return page;
    }) as never;
    expect(await fetchTabVerdict(1, half)).toBe(page);
    const none = (async () => {
      throw new Error('no background');
    }) as never;
    await expect(fetchTabVerdict(1, none)).rejects.toThrow();
    const garbage = (async () => ({ level: 'bogus' })) as never;
    expect(await fetchTabVerdict(1, garbage)).toBeNull();
  });

  it('pickVerdict and tabIdFromSearch', () => {
    const official = verdict({ level: 'official' });
    expect(pickVerdict(official, null)).toBe(official);
    expect(pickVerdict(null, null)).toBeNull();
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=-1')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=abc')).toBeUndefined();
    expect(tabIdFromSearch('')).toBeUndefined();
  });
});

describe('LookupPanel', () => {
  it('has a labelled search box and marks first results', () => {
    performance.clearMarks(FIRST_RESULTS_MARK);
    render(<LookupPanel index={index} lang="en" region="CN" />, root);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    expect(performance.getEntriesByName(FIRST_RESULTS_MARK)).toHaveLength(1);
  });

  it('empty query: region help (一证通查 and anti-fraud) and browse by card type', async () => {
    render(<LookupPanel index={index} lang="zh_CN" region="CN" />, root);
    const help = root.querySelector('[data-testid="region-help"]')!;
    expect(help.querySelector('[data-entry-id="cn-caict-yizhengtongcha"]')).not.toBeNull();
    expect(help.querySelector('a[href^="tel:"]')).not.toBeNull();
    const chips = [...root.querySelectorAll<HTMLButtonElement>('button.chip')];
    expect(chips.map((c) => c.dataset.group)).toEqual(['sim', 'bank-card', 'transit', 'eid', 'social-security', 'membership', 'campus', 'anti-fraud']);
    await act(() => chips[0]!.click());
    expect(chips[0]!.getAttribute('aria-pressed')).toBe('true');
    // A card type is answered for the region: where to do it, its issuers, what never to do, check and report.
    const answer = root.querySelector('[data-testid="card-answer"]')!;
    expect(answer.getAttribute('data-card')).toBe('sim');
    expect(text(answer.querySelector('h3'))).toContain('手机卡');
    expect(text(answer.querySelector('h3'))).toContain('中国大陆');
    const first = answer.querySelector('.card-issuers .channel')!;
    expect(first.getAttribute('data-entry-id')).toMatch(/^cn-/);
    expect(text(first)).toContain('电信运营商');
    expect(text(answer.querySelector('.card-never'))).toContain('代实名');
    expect(answer.querySelector('.card-help [data-entry-id="cn-caict-yizhengtongcha"]')).not.toBeNull();
    // The anti-fraud chip still lists the channels.
    await act(() => chips.at(-1)!.click());
    expect(root.querySelector('[data-testid="card-answer"]')).toBeNull();
    expect(root.querySelector('[data-testid="browse-results"] .channel')!.getAttribute('data-entry-id')).toMatch(/^cn-/);
  });

  it('typing shows results with labels and safe new-tab links', async () => {
    render(<LookupPanel index={index} lang="en" region="US" />, root);
    await type('中国移动');
    const card = root.querySelector('[data-testid="results"] .channel')!;
    expect(card.getAttribute('data-entry-id')).toBe('cn-china-mobile');
    expect(text(card.querySelector('.channel-name'))).toBe('China Mobile');
    expect(text(card.querySelector('.channel-meta'))).toContain('Mobile carrier');
    expect(text(card.querySelector('.channel-meta'))).toContain('Mainland China');
    for (const a of card.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(card.querySelector('a[data-link="hotline"]')!.getAttribute('href')).toBe('tel:10086');
    expect(text(card)).toContain('App: 中国移动');
  });

  it('no results says what to try', async () => {
    render(<LookupPanel index={index} lang="en" region="US" />, root);
    await type('qqqqqqqqqzz');
    expect(text(root.querySelector('.no-results'))).toContain('Nothing found');
  });

  it('keyboard: ArrowDown from the box goes to the first result, arrows move between results, Escape clears', async () => {
    render(<LookupPanel index={index} lang="en" region="US" />, root);
    await type('mobile');
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    const firstLinks = [...root.querySelectorAll('.channel')].map((c) => c.querySelector('a'));
    expect(document.activeElement).toBe(firstLinks[0]);
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(firstLinks[1]);
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(input);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(input.value).toBe('');
  });
});

describe('LookupPanel with the index still loading (as the built popup opens)', () => {
  it('shows region help and marks first results before the index is in, then searches once it is', async () => {
    let resolve!: (i: SearchIndex) => void;
    const pending = new Promise<SearchIndex>((r) => (resolve = r));
    performance.clearMarks(FIRST_RESULTS_MARK);
    render(<LookupPanel index={pending} help={regionHelpSource(index.entries)} lang="zh_CN" region="CN" />, root);
    expect(root.querySelector('[data-testid="region-help"] [data-entry-id="cn-caict-yizhengtongcha"]')).not.toBeNull();
    expect(performance.getEntriesByName(FIRST_RESULTS_MARK)).toHaveLength(1);

    // Typed before the index is in: no "Nothing found", no results yet.
    await type('yidong');
    expect(root.querySelector('.no-results')).toBeNull();
    expect(root.querySelector('#lookup-results')!.getAttribute('aria-busy')).toBe('true');
    expect(text(root.querySelector('#lookup-count'))).toBe('');

    await act(async () => resolve(index));
    expect(root.querySelector('[data-testid="results"] .channel')!.getAttribute('data-entry-id')).toBe('cn-china-mobile');
    expect(root.querySelector('#lookup-results')!.getAttribute('aria-busy')).toBe('false');
  });

  it('a category picked before the index is in fills in when it arrives', async () => {
    let resolve!: (i: SearchIndex) => void;
    const pending = new Promise<SearchIndex>((r) => (resolve = r));
    render(<LookupPanel index={pending} help={regionHelpSource(index.entries)} lang="en" region="HK" />, root);
    await act(() => root.querySelector<HTMLButtonElement>('button.chip[data-group="sim"]')!.click());
    expect(root.querySelector('[data-testid="card-answer"]')).toBeNull();
    await act(async () => resolve(index));
    expect(root.querySelector('[data-testid="card-answer"] .card-issuers .channel')!.getAttribute('data-entry-id')).toMatch(/^hk-/);
  });
});

describe('PopupApp', () => {
  it('shows the loaded verdict above the lookup', async () => {
    const v = verdict({ level: 'caution', reasons: [{ code: 'asks-id', text: { en: 'Asks for your ID card', zh_CN: '要求身份证', zh_TW: '要求身分證' } }] });
    await act(async () => {
      render(<PopupApp index={index} lang="en" region="US" loadVerdict={async () => v} />, root);
    });
    await act(async () => {});
    expect(root.querySelector('.site-card')!.getAttribute('data-level')).toBe('caution');
    expect(root.querySelector('.site-card')!.compareDocumentPosition(root.querySelector('.lookup')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('links', () => {
  it('only https becomes a link; hotlines become tel: digits', () => {
    expect(safeHttpsUrl('https://www.10086.cn/')).toBe('https://www.10086.cn/');
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('http://x.cn/')).toBeUndefined();
    expect(safeHttpsUrl('not a url')).toBeUndefined();
    expect(telHref('0300 123 2040')).toBe('tel:03001232040');
    expect(telHref('+44 (0)300-123')).toBe('tel:+440300123');
  });
});
