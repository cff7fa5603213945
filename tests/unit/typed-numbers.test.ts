// A national ID number typed into a page: the every-page sensor's input listener (content/typed-numbers.ts), the kit's check of a
// field (kit/typed-number.ts), the submit guard (kit/submit-guard.ts), and what the judge makes of the cue.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizeSignals } from '../../background/judge-service';
import { ScriptLife } from '../../content/script-life';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageKit } from '../../content/page-kit-api';
import { startSensor } from '../../content/sensor';
import { plausibleIdValue } from '../../content/typed-numbers';
import { readCues } from '../../core/request-strength';
import { DANGER_10086 } from './banner-verdicts';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { judgePage } from '../../core/judge';
import type { JudgePolicy } from '../../core/settings-types';
import type { Cue } from '../../core/types';
import { armSubmitGuard } from '../../kit/submit-guard';
import { holdsIdNumber, typedIdCue } from '../../kit/typed-number';
import { say } from './say';

const CN_ID = '11010519491231002X';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('plausibleIdValue (every page, every key press in a text field)', () => {
  it.each([
    [CN_ID, true],
    ['１１０１０５１９４９１２３１００２Ｘ', false], // fullwidth: the kit reads it, the every-page test waits for ASCII
    ['110105 19491231 002x', true],
    ['AB987654(3)', true],
    ['390.533.447-05', true],
    ['2341 2341 2346', true],
    ['1234567', false], // too short
    ['hello world', false],
    ['ABCDEFGH12', false], // 2 digits
    ['john@example.com', false],
    ['12 Baker Street, London', false],
    ['1'.repeat(41), false],
  ])('%s → %s', (value, expected) => {
    expect(plausibleIdValue(value)).toBe(expected);
  });
});

/** Types a value into a field the way a browser reports it: the value changes, then an input event. */
function type(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

describe('the sensor’s input listener', () => {
  function start() {
    let alive = true;
    const life = new ScriptLife(() => alive);
    const kit: PageKit = {
      // The full scan stands in as "no cue of its own": only the typed-number cues the sensor passes as extra.
      scanPage: (_root, opts) => ({ cues: opts.extra ?? [], brandText: '', errors: 0 }),
      readCues,
      showPageWarning: () => {
        throw new Error('not used: the test passes its own onVerdict');
      },
      typedIdCue: vi.fn(typedIdCue),
    };
    const loadKit = vi.fn(async () => kit);
    const sent: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
      sent.push(JSON.stringify(m));
      return m.type === 'page-signals' ? DANGER_10086 : null;
    }) as never);
    startSensor(life, loadKit, () => null);
    // Cut off after the test (the probe that finds it gone removes the listener), as when the extension goes away.
    const end = () => {
      alive = false;
      void life.isValid;
      vi.restoreAllMocks();
    };
    return { sent, loadKit, kit, end };
  }

  it('checks a plausible value once input pauses, sends the cue without the number, and says quiet when it is gone', async () => {
    document.body.innerHTML = '<h1>会员注册</h1><label for="m">会员编号</label><input id="m" name="member">';
    const field = document.querySelector('input')!;
    const { sent, kit, end } = start();
    // Typed character by character: checked once, after the pause, on the whole number.
    for (let i = 1; i <= CN_ID.length; i++) type(field, CN_ID.slice(0, i));
    expect(kit.typedIdCue).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(kit.typedIdCue).toHaveBeenCalledTimes(1);
    const message = JSON.parse(sent[0]);
    expect(message).toMatchObject({ type: 'page-signals', signals: { cues: [{ kind: 'typed-id-number', idKinds: ['cn-ric'], label: '会员编号' }] } });
    expect(sent[0]).not.toMatch(/\d{4}/);
    type(field, '');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(JSON.parse(sent[1]).type).toBe('page-quiet');
    end();
  });

  it('never loads the kit for ordinary input, nor for a password or e-mail field', async () => {
    document.body.innerHTML = '<input id="q" type="search"><input id="p" type="password"><input id="e" type="email">';
    const { loadKit, sent, end } = start();
    type(document.querySelector<HTMLInputElement>('#q')!, 'weather tomorrow');
    type(document.querySelector<HTMLInputElement>('#p')!, CN_ID);
    type(document.querySelector<HTMLInputElement>('#e')!, `${CN_ID}@example.com`);
    await sleep(700);
    expect(loadKit).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    end();
  });

  it('a bad checksum is checked and sends nothing', async () => {
    document.body.innerHTML = '<input name="member">';
    const { kit, sent, end } = start();
    type(document.querySelector('input')!, '110105194912310021');
    await vi.waitFor(() => expect(kit.typedIdCue).toHaveBeenCalledTimes(1));
    await sleep(20);
    expect(sent).toEqual([]);
    end();
  });
});

describe('typedIdCue (the kit’s check of a field)', () => {
  it('carries the kind and the label, never the number or any run of its digits', () => {
    document.body.innerHTML = `<label>Customer number 110105 <input value="${CN_ID}" placeholder="${CN_ID}"></label>`;
    const cue = typedIdCue(document.querySelector('input')!)!;
    expect(cue).toMatchObject({ kind: 'typed-id-number', idKinds: ['cn-ric'] });
    const sent = JSON.stringify(cue);
    expect(sent).not.toMatch(/\d{4}/);
    expect(cue.label).toBe('Customer number …');
  });

  it('reads the field’s label for the formats with no check, and for phone fields', () => {
    document.body.innerHTML = '<input id="a" aria-label="SSN" value="536-90-4399"><input id="b" value="536-90-4399"><input id="c" name="phone" value="390.533.447-05">';
    expect(typedIdCue(document.querySelector<HTMLInputElement>('#a')!)?.idKinds).toEqual(['us-ssn']);
    expect(typedIdCue(document.querySelector<HTMLInputElement>('#b')!)).toBeNull();
    expect(typedIdCue(document.querySelector<HTMLInputElement>('#c')!)).toBeNull();
  });

  it('holdsIdNumber looks at the fields of a form as they are now', () => {
    document.body.innerHTML = `<form><input name="a" value="hello"><input name="b" value="${CN_ID}"></form><form><input value="110105194912310021"></form>`;
    const [withId, badChecksum] = Array.from(document.forms);
    expect(holdsIdNumber(withId)).toBe(true);
    expect(holdsIdNumber(badChecksum)).toBe(false);
  });
});

describe('armSubmitGuard (danger pages)', () => {
  function trustedClick(el: Element) {
    const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(e, 'isTrusted', { value: true });
    return el.dispatchEvent(e);
  }

  it('holds a form with an ID number until the person answers; Cancel sends nothing, Continue sends it', async () => {
    document.body.innerHTML = `<form><input name="member" value="${CN_ID}"><button>Next</button></form>`;
    const form = document.forms[0];
    const submitted = vi.fn((e: Event) => e.preventDefault());
    form.addEventListener('submit', submitted);
    let answer: (ok: boolean) => void = () => {};
    const ask = vi.fn(() => new Promise<boolean>((r) => (answer = r)));
    const guard = armSubmitGuard(window, holdsIdNumber, ask);

    form.requestSubmit();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
    answer(false);
    await sleep(0);
    expect(submitted).not.toHaveBeenCalled();

    form.requestSubmit();
    answer(true);
    await sleep(0);
    expect(submitted).toHaveBeenCalledTimes(1);
    guard.disarm();
  });

  it('asks before a script button posts the number, and lets forms without one go', async () => {
    document.body.innerHTML = `<div><input value="${CN_ID}"><span role="button" id="go">Verify</span></div><form id="f"><input value="hello"></form>`;
    const clicked = vi.fn();
    document.getElementById('go')!.addEventListener('click', clicked);
    const formSubmitted = vi.fn((e: Event) => e.preventDefault());
    document.forms[0].addEventListener('submit', formSubmitted);
    const ask = vi.fn(async () => true);
    const guard = armSubmitGuard(window, holdsIdNumber, ask);

    trustedClick(document.getElementById('go')!);
    expect(clicked).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1)); // replayed after Continue
    document.forms[0].requestSubmit();
    expect(formSubmitted).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledTimes(1);
    guard.disarm();
  });
});

describe('the judge on a typed ID number', () => {
  const index = buildRegistryIndex();
  const policy: JudgePolicy = { trustedSites: [], sensitivity: 'standard', managed: { officialDomains: [], blockedDomains: [] } };
  const TYPED: Cue = { kind: 'typed-id-number', doc: 'id-number', idKinds: ['cn-ric'], label: '会员编号' };
  const judge = (url: string, cues: Cue[], popular: string[] = []) =>
    judgePage({ url, signals: { cues, brandText: '', errors: 0 }, index, policy, popular: new Set(popular), uiLocale: 'zh-CN' });

  it('unknown site: caution, saying which ID and which field', () => {
    const v = judge('https://member.example.top/join', [TYPED]);
    expect(v.level).toBe('caution');
    expect(v.badgeOnly).toBeUndefined();
    const reason = v.reasons.find((r) => r.code === 'typed-id-number')!;
    expect(say(reason)).toBe(
      'You entered a Chinese resident ID number in a field labelled "会员编号" on a site that is not an official carrier or agency.',
    );
    expect(say(reason, 'zh_CN')).toContain('中国居民身份证号码');
    expect(v.asks).toContain('id-number');
  });

  it('lookalike: danger; official and government sites: official', () => {
    expect(judge('https://10086-smrz.top/', [TYPED]).level).toBe('danger');
    expect(judge('https://www.10086.cn/', [TYPED]).level).toBe('official');
    expect(judge('https://www.gov.cn/', [TYPED]).level).toBe('official');
  });

  it('well-known site with no other cue: the badge only; with another cue, the banner too', () => {
    expect(judge('https://www.trip.com/book', [TYPED], ['trip.com'])).toMatchObject({ level: 'caution', badgeOnly: true });
    const upload: Cue = { kind: 'file-input', doc: 'id-card', evidence: '身份证' };
    expect(judge('https://www.trip.com/book', [TYPED, upload], ['trip.com']).badgeOnly).toBeUndefined();
  });

  it('the background keeps only known kinds from the page’s message', () => {
    const s = sanitizeSignals({ cues: [{ kind: 'typed-id-number', idKinds: ['cn-ric', 'x', 42, 'toString'], label: 'm'.repeat(100) }] });
    expect(s.cues).toEqual([{ kind: 'typed-id-number', idKinds: ['cn-ric'], label: `${'m'.repeat(59)}…` }]);
  });
});
