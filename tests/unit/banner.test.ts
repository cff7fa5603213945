// The banner and the upload guard in happy-dom, with hand-made verdicts (the judge's seam).
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BANNER_TAG, MAX_REPAIRS_PER_WINDOW, REPAIR_WINDOW_MS, createBannerHost, edgeFor } from '../../kit/banner-host';
import { HOST_STYLE } from '../../kit/banner-styles';
import { T } from '../../kit/banner-text';
import { renderBanner, safeHttps } from '../../kit/banner-view';
import { HOSTILE_ACTS_TO_ESCALATE, documentPage, showPageWarning, type PageWarning } from '../../kit/page-warning';
import { fileInputFor } from '../../kit/upload-guard';
import { ScriptLife } from '../../content/script-life';
import type { Verdict } from '../../core/types';
import { CAUTION_UNKNOWN, DANGER_10086, QUIET } from './banner-verdicts';

/** happy-dom leaves isTrusted undefined; the banner only obeys trusted events, as from a real person. */
function trustedClick(el: Element) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  return el.dispatchEvent(e);
}
const tick = () => new Promise((r) => setTimeout(r, 0));

// The shadow root is closed; tests keep the roots the banner attaches (a page cannot reach the content script's
// prototypes, so this is a test-only view).
let roots: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;
let ctx: ScriptLife;
let warning: PageWarning | null = null;

beforeEach(() => {
  roots = [];
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const r = realAttach.call(this, init);
    roots.push(r);
    return r;
  });
  document.documentElement.innerHTML = '<head><title>实名认证</title></head><body><h1>实名认证</h1></body>';
  ctx = new ScriptLife(() => true);
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(null));
});
afterEach(() => {
  warning?.remove();
  warning = null;
  vi.restoreAllMocks();
});

function show(v: Verdict) {
  warning = showPageWarning(ctx, v);
  return { host: document.querySelector(BANNER_TAG) as HTMLElement | null, root: roots.at(-1)! };
}

describe('banner', () => {
  it('is present exactly for caution and danger, with the level on the host', () => {
    expect(show(QUIET).host).toBeNull();
    const { host } = show(DANGER_10086);
    expect(host?.dataset.level).toBe('danger');
    expect(host?.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll(BANNER_TAG)).toHaveLength(1);
    show(CAUTION_UNKNOWN);
    expect(document.querySelectorAll(BANNER_TAG)).toHaveLength(1);
    expect(document.querySelector(BANNER_TAG)?.getAttribute('data-level')).toBe('caution');
    show(QUIET);
    expect(document.querySelector(BANNER_TAG)).toBeNull();
  });

  it('stays away on a page the person hid it on (verdict.dismissed), and the guard stays off there', async () => {
    expect(show({ ...DANGER_10086, dismissed: true }).host).toBeNull();
    expect(await warning!.confirm('camera')).toBe(true);
  });

  it('keeps the same banner (and its focus) when the same verdict comes again', () => {
    const first = show(DANGER_10086);
    const again = show(structuredClone(DANGER_10086));
    expect(again.host).toBe(first.host);
    expect(roots).toHaveLength(1);
  });

  it('says what the page asks for, why, and links to the official channel and the region help', () => {
    const { root } = show(DANGER_10086);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('photos of both sides of your ID card');
    expect(alert.textContent).toContain('a photo of you holding your ID');
    expect(alert.textContent).toContain("China Mobile's official site is 10086.cn");
    const links = [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]);
    expect(links).toContainEqual(['https://www.10086.cn/', 'noopener noreferrer', '_blank']);
    expect(links).toContainEqual(['tel:10086', null, null]);
    expect(links).toContainEqual(['https://getsimnum.caict.ac.cn/', 'noopener noreferrer', '_blank']);
    expect(links).toContainEqual(['https://www.12321.cn/', 'noopener noreferrer', '_blank']);
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual([T.leave.en, T.report.en, T.details.en, T.dismiss.en, T.trust.en]);
  });

  it('prefers the real-name page over the website, and drops links that are not https', () => {
    const v: Verdict = {
      ...DANGER_10086,
      official: { ...DANGER_10086.official!, realName: 'https://www.10086.cn/realname/', hotlines: [] },
      regionHelp: [{ ...DANGER_10086.regionHelp[1]!, report: 'javascript:alert(1)', website: 'http://x.example/' }],
    };
    const { root } = show(v);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.10086.cn/realname/', 'tel:12321']);
    expect(root.textContent).toContain('China Mobile identity check (official)');
    expect(safeHttps('javascript:alert(1)')).toBeNull();
    // No report channel left: no Report button.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(T.report.en);
  });

  it.each([
    ['zh-CN', '请停一下', '身份证正反面照片', '中国移动官方网站'],
    ['zh-TW', '請停一下', '身分證正反面照片', '中國移動官方網站'],
    ['en-GB', 'Stop:', 'photos of both sides', 'Official site of China Mobile'],
  ])('speaks the browser language %s', (tag, title, asks, official) => {
    (fakeBrowser as any).i18n.getUILanguage = () => tag;
    try {
      const { root } = show(DANGER_10086);
      expect(root.querySelector('h2')?.textContent).toContain(title);
      expect(root.textContent).toContain(asks);
      expect(root.textContent).toContain(official);
    } finally {
      (fakeBrowser as any).i18n.getUILanguage = () => 'en-US';
    }
  });

  it('comes back when the page removes, moves, hides or restyles it', async () => {
    const { host } = show(DANGER_10086);
    host!.remove();
    await tick();
    expect(document.documentElement.firstChild).toBe(host);
    document.body.append(host!);
    await tick();
    expect(host!.parentNode).toBe(document.documentElement);
    host!.setAttribute('style', 'display:none !important');
    host!.hidden = true;
    host!.dataset.level = 'caution';
    await tick();
    expect(host!.getAttribute('style')).toBe(HOST_STYLE);
    expect(host!.hidden).toBe(false);
    expect(host!.dataset.level).toBe('danger');
  });

  it('does not loop forever against a page that keeps removing it', async () => {
    {
      const b = createBannerHost(document, 'danger');
      const top = document.documentElement;
      const fight = new MutationObserver(() => {
        if (b.host.parentNode) b.host.remove();
      });
      fight.observe(top, { childList: true });
      let inserts = 0;
      const count = new MutationObserver((records) => {
        for (const r of records) inserts += [...r.addedNodes].filter((n) => n === b.host).length;
      });
      count.observe(top, { childList: true });
      b.host.remove();
      for (let i = 0; i < 50; i++) await Promise.resolve();
      expect(inserts).toBeLessThanOrEqual(MAX_REPAIRS_PER_WINDOW);
      fight.disconnect();
      // After the window, the banner is put back once more.
      expect(b.host.parentNode).toBeNull();
      await new Promise((r) => setTimeout(r, REPAIR_WINDOW_MS + 100));
      expect(b.host.parentNode).toBe(top);
      count.disconnect();
      b.remove();
    }
  });

  it('sends trust / dismiss / details from trusted clicks only, and goes away after trust or dismiss', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m);
      return Promise.resolve(null);
    });
    const { root } = show(DANGER_10086);
    const byText = (t: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === t)!;
    byText(T.details.en).click(); // untrusted (script) click: ignored
    await tick();
    expect(sent).toEqual([]);
    trustedClick(byText(T.details.en));
    await tick();
    expect(sent).toEqual([{ type: 'open-details' }]);
    trustedClick(byText(T.trust.en));
    await tick();
    expect(sent).toContainEqual({ type: 'trust-sender-site' });
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    // Dismissing is remembered per page (origin + path): use a page of its own so later tests are unaffected.
    const happyDOM = (window as any).happyDOM;
    const before = location.href;
    happyDOM.setURL('https://10086-smrz.top/verify/step2.html');
    const again = show(DANGER_10086);
    trustedClick([...again.root.querySelectorAll('button')].find((b) => b.textContent === T.dismiss.en)!);
    await tick();
    expect(sent).toContainEqual({ type: 'dismiss-sender-page' });
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    // Dismissed for this page: a later verdict for the same page shows nothing.
    expect(show(DANGER_10086).host).toBeNull();
    happyDOM.setURL(before);
    expect(show(DANGER_10086).host).not.toBeNull();
  });
});

describe('upload guard', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <label class="zone" for="front"><span>点击上传人像面</span></label>
      <input id="front" type="file" accept="image/*" style="display:none">
      <div class="zone" id="back">点击上传国徽面</div><input id="back-input" type="file" hidden>
      <input id="name" type="text">`;
  });

  it('finds the file input behind a click target', () => {
    expect(fileInputFor(document.querySelector('label span'))?.id).toBe('front');
    expect(fileInputFor(document.getElementById('front'))?.id).toBe('front');
    expect(fileInputFor(document.getElementById('name'))).toBeNull();
    expect(fileInputFor(document.body)).toBeNull();
  });

  it('asks before the chooser opens and lets it open only after "Continue"', async () => {
    const { root } = show(DANGER_10086);
    const input = document.getElementById('front') as HTMLInputElement;
    const pageSaw: boolean[] = [];
    input.addEventListener('click', (e) => pageSaw.push(e.defaultPrevented));
    const notCancelled = trustedClick(document.querySelector('label span')!);
    expect(notCancelled).toBe(false); // the label's activation (the chooser) was cancelled
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.textContent).toContain('10086-smrz.top');
    expect(dialog.querySelector('a')?.getAttribute('href')).toBe('https://www.10086.cn/');
    expect(root.activeElement?.textContent).toBe(T.cancel.en);
    // The page's drop zone calling input.click() while we ask: also stopped, and still one question.
    input.click();
    expect(root.querySelectorAll('[role="alertdialog"]')).toHaveLength(1);
    expect(pageSaw).toEqual([]);
    trustedClick([...dialog.querySelectorAll('button')].find((b) => b.textContent === T.proceed.en)!);
    await tick();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    // Our own input.click() went through to the input, not cancelled.
    expect(pageSaw).toEqual([false]);
  });

  it('cancel sends nothing', async () => {
    const { root } = show(CAUTION_UNKNOWN);
    const input = document.getElementById('back-input') as HTMLInputElement;
    const pageSaw: unknown[] = [];
    input.addEventListener('click', (e) => pageSaw.push(e));
    input.click();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('www.quick-kyc.example');
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    dialog.dispatchEvent(esc);
    await tick();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(pageSaw).toEqual([]);
  });

  it('stops a file drop, asks, and allows drops for this page after "Continue"', async () => {
    const { root } = show(DANGER_10086);
    const drop = () => {
      const e = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'] } });
      return e;
    };
    const pageDrops: Event[] = [];
    document.body.addEventListener('drop', (e) => pageDrops.push(e));
    const first = drop();
    document.getElementById('back')!.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    expect(pageDrops).toHaveLength(0);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    trustedClick([...dialog.querySelectorAll('button')].find((b) => b.textContent === T.proceed.en)!);
    await tick();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(T.dropAgain.en);
    document.getElementById('back')!.dispatchEvent(drop());
    expect(pageDrops).toHaveLength(1);
  });

  it('asks for the camera through confirm() and answers false on cancel', async () => {
    const { root } = show(DANGER_10086);
    const answer = warning!.confirm('camera');
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.querySelector('h3')?.textContent).toBe('Let 10086-smrz.top use your camera?');
    trustedClick([...dialog.querySelectorAll('button')].find((b) => b.textContent === T.cancel.en)!);
    await expect(answer).resolves.toBe(false);
  });

  it('is off on quiet pages and after the banner is removed', () => {
    show(QUIET);
    const input = document.getElementById('front') as HTMLInputElement;
    const seen: boolean[] = [];
    input.addEventListener('click', (e) => seen.push(e.defaultPrevented));
    input.click();
    show(DANGER_10086);
    warning!.remove();
    input.click();
    expect(seen).toEqual([false, false]);
  });
});

describe('banner view', () => {
  it('renders into any element (the e2e audit page uses one in an open root)', () => {
    const layer = document.createElement('dialog');
    const { bar } = renderBanner(layer, DANGER_10086, 'en', () => {});
    expect(bar.getAttribute('role')).toBe('alert');
    expect(bar.className).toBe('bar danger');
    expect(layer.querySelector('style')?.textContent).toContain('.bar');
  });
});

describe('caution bar', () => {
  const WITH_CHANNEL: Verdict = { ...CAUTION_UNKNOWN, reasons: [...CAUTION_UNKNOWN.reasons, DANGER_10086.reasons[0]!], regionHelp: DANGER_10086.regionHelp };
  const line = (root: ShadowRoot) => root.querySelector('.line')!;
  const toggle = (root: ShadowRoot) => root.querySelector('button[aria-expanded]') as HTMLButtonElement;

  it('is one line: the level, the first reason, the channel link, Details and Hide; the rest waits behind Details', () => {
    const { root } = show(WITH_CHANNEL);
    const l = line(root);
    expect(l.querySelector('.level')?.textContent).toBe(T.levelCaution.en);
    expect(l.querySelector('.reason')?.textContent).toBe('This site is not an official agency.');
    // No official channel for an unknown site: the region's first help channel.
    expect(l.querySelector('a')?.getAttribute('href')).toBe('https://getsimnum.caict.ac.cn/');
    expect([...l.querySelectorAll('button')].map((b) => b.textContent)).toEqual([T.details.en, T.hide.en]);
    expect(toggle(root).getAttribute('aria-controls')).toBe(root.querySelector('.more')!.id);
    expect((root.querySelector('.more') as HTMLElement).hidden).toBe(true);
    // The full content is there, for Details: the title, the second reason, today's actions.
    expect(root.querySelector('.more h2')?.textContent).toContain(T.titleCaution.en);
    expect(root.querySelector('.more')?.textContent).toContain("China Mobile's official site is 10086.cn");
  });

  it('links the official channel when the verdict has one', () => {
    const { root } = show({ ...CAUTION_UNKNOWN, official: DANGER_10086.official });
    expect(line(root).querySelector('a')?.textContent).toBe('Official site of China Mobile');
  });

  it('expands in place on a trusted click only (a keyboard Enter or Space is one), and folds again', () => {
    const { root } = show(CAUTION_UNKNOWN);
    const more = root.querySelector('.more') as HTMLElement;
    toggle(root).click(); // a page's script click: ignored
    expect(toggle(root).getAttribute('aria-expanded')).toBe('false');
    trustedClick(toggle(root));
    expect(toggle(root).getAttribute('aria-expanded')).toBe('true');
    expect(more.hidden).toBe(false);
    expect(root.querySelector('.bar')!.classList.contains('open')).toBe(true);
    trustedClick(toggle(root));
    expect(more.hidden).toBe(true);
  });

  it('shows the upload question while folded', () => {
    const { root } = show(CAUTION_UNKNOWN);
    void warning!.confirm('file');
    const ask = root.querySelector('[role="alertdialog"]')!;
    expect(ask.closest('.more')).toBeNull();
    expect(root.activeElement?.textContent).toBe(T.cancel.en);
  });

  it('Hide hides it on this page', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m);
      return Promise.resolve(null);
    });
    const happyDOM = (window as any).happyDOM;
    const before = location.href;
    happyDOM.setURL('https://quick-kyc.example/caution-hide');
    try {
      const { root } = show(CAUTION_UNKNOWN);
      trustedClick([...line(root).querySelectorAll('button')].find((b) => b.textContent === T.hide.en)!);
      await tick();
      expect(sent).toContainEqual({ type: 'dismiss-sender-page' });
      expect(document.querySelector(BANNER_TAG)).toBeNull();
    } finally {
      happyDOM.setURL(before);
    }
  });

  it.each([
    // field (top, bottom), bar height, viewport, current edge → edge
    ['a field under the top bar sends it to the bottom', { top: 20, bottom: 60 }, 54, 800, 'top', 'bottom'],
    ['a field clear of the bar leaves it', { top: 200, bottom: 240 }, 54, 800, 'top', 'top'],
    ['a field under the bottom bar sends it back to the top', { top: 760, bottom: 790 }, 54, 800, 'bottom', 'top'],
    ['a field above the viewport is not covered', { top: -100, bottom: -60 }, 54, 800, 'top', 'top'],
    ['a field taller than the viewport: no edge is better', { top: 10, bottom: 790 }, 54, 800, 'top', 'top'],
  ] as const)('edgeFor: %s', (_what, field, bar, vh, current, want) => {
    expect(edgeFor(field, bar, vh, current)).toBe(want);
  });
});

describe('a page fighting the warning', () => {
  let sent: unknown[];
  beforeEach(() => {
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m);
      return Promise.resolve(null);
    });
  });

  it(`is reported once after ${HOSTILE_ACTS_TO_ESCALATE} removals and restylings`, async () => {
    const happyDOM = (window as any).happyDOM;
    const before = location.href;
    happyDOM.setURL('https://10086-smrz.top/fights');
    onTestFinished(() => happyDOM.setURL(before));
    const { host } = show(DANGER_10086);
    for (let i = 0; i < HOSTILE_ACTS_TO_ESCALATE - 1; i++) {
      if (i % 2) host!.setAttribute('style', 'display:none !important');
      else host!.remove();
      await tick();
      expect(host!.isConnected).toBe(true);
    }
    expect(sent).toEqual([]);
    host!.remove();
    await tick();
    expect(sent).toEqual([{ type: 'warning-attacked' }]);
    host!.remove();
    await tick();
    expect(sent).toEqual([{ type: 'warning-attacked' }]);
  });

  it('is not seen in a page that re-renders its body, or adds things before the banner', async () => {
    const { host } = show(DANGER_10086);
    for (let i = 0; i < 3 * HOSTILE_ACTS_TO_ESCALATE; i++) {
      const body = document.createElement('body');
      body.innerHTML = `<div id="root"><h1>实名认证 ${i}</h1></div>`;
      document.documentElement.replaceChild(body, document.body);
      document.documentElement.insertBefore(document.createElement('script'), document.documentElement.firstChild);
      await tick();
    }
    expect(document.documentElement.firstChild).toBe(host);
    expect(sent).toEqual([]);
  });
});

describe('documentPage (what "dismiss" remembers in this document)', () => {
  it('is the URL without its query and fragment', () => {
    expect(documentPage('https://verify.example.top/kyc/step2?token=abc#upload')).toBe('https://verify.example.top/kyc/step2');
    expect(documentPage('https://verify.example.top/kyc/step2#a?b')).toBe('https://verify.example.top/kyc/step2');
    expect(documentPage('https://verify.example.top/')).toBe('https://verify.example.top/');
    expect(documentPage('https://verify.example.top/a')).not.toBe(documentPage('https://verify.example.top/b'));
  });
});
