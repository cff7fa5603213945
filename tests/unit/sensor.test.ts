// The sensor's life on one page (content/sensor.ts), in happy-dom with a stand-in page kit: a quiet page sends
// nothing; a page with a cue sends its signals once and shows the verdict; an SPA navigation to a quiet route
// (pushState, new content) clears the warning and tells the background, while the observer is off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageWarning } from '../../kit/page-warning';
import type { PageKit } from '../../content/page-kit-api';
import { ScriptLife } from '../../content/script-life';
import { startSensor } from '../../content/sensor';
import type { Cue, Verdict } from '../../core/types';
import { DANGER_10086 } from './banner-verdicts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const KYC = '<h1>实名认证</h1><div class="zone">身份证人像面<input type="file" name="front" style="display:none"></div>';

/** A kit whose scan reports a file input tied to an ID card exactly when the page has one. */
function standInKit(): PageKit {
  return {
    scanPage: (root) => {
      const cues: Cue[] = (root as Document).querySelector('input[type=file]') ? [{ kind: 'file-input', doc: 'id-card', evidence: 'input[front]' }] : [];
      return { cues, brandText: '', errors: 0 };
    },
    readCues: (cues) => ({ strength: cues.length ? 'strong' : 'none', tied: cues, numberField: false, typed: [], offer: false }),
    showPageWarning: () => {
      throw new Error('not used: the test passes its own onVerdict');
    },
    typedIdCue: () => null,
  };
}

let sent: string[];
/** Each test's sensor is cut off after it (as when the extension goes away), so none watches the next test's page. */
let connected = true;
beforeEach(() => {
  connected = true;
  sent = [];
  history.replaceState({}, '', '/');
  // The background: WXT's fake runtime delivers messages but not replies, so its sendMessage stands in here.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
    sent.push(m.type);
    return m.type === 'page-signals' ? DANGER_10086 : null;
  }) as never);
});
afterEach(() => {
  connected = false;
  vi.restoreAllMocks();
});

const lives: (() => void)[] = [];
afterEach(() => {
  for (const end of lives.splice(0)) end();
});

function start(body: string) {
  document.body.innerHTML = body;
  const shown: Verdict[] = [];
  const removed = vi.fn();
  const loadKit = vi.fn(async () => standInKit());
  let mine = true;
  const life = new ScriptLife(() => connected && mine);
  lives.push(() => {
    mine = false;
    void life.isValid; // the probe that finds it gone runs its clean-ups (observer off, timers cleared)
  });
  const state = startSensor(life, loadKit, (verdict) => {
    shown.push(verdict);
    return verdict.level === 'none' ? null : ({ confirm: async () => true, remove: removed } satisfies PageWarning);
  })!;
  return { shown, removed, loadKit, state };
}

describe('sensor', () => {
  it('on a quiet page loads no kit and sends nothing', async () => {
    const { loadKit, state } = start('<h1>Council approves new bus routes</h1><p>The city council met on Tuesday.</p>');
    await sleep(50);
    expect(loadKit).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(state()).toBe('quiet');
  });

  it('goes quiet → hinted → reported when the background sees nothing to warn about, and keeps watching', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
      sent.push(m.type);
      return m.type === 'page-signals' ? { ...DANGER_10086, level: 'none', reasons: [] } : null;
    }) as never);
    const { state, shown } = start(KYC);
    expect(state()).toBe('hinted'); // the first pass saw the upload; the kit is loading
    await vi.waitFor(() => expect(state()).toBe('reported'));
    expect(shown.map((v) => v.level)).toEqual(['none']);
    // Still watching: the upload taken away is seen by the next re-check, and the background told.
    document.querySelector('input[type=file]')!.remove();
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(sent).toEqual(['page-signals', 'page-quiet']), { timeout: 3_000 });
    expect(state()).toBe('quiet');
  });

  it('sends a cue page’s signals once, shows the verdict, and clears it after an SPA navigation to a quiet route', async () => {
    const { shown, removed, loadKit, state } = start(KYC);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0].level).toBe('danger');
    expect(state()).toBe('warned');
    expect(sent).toEqual(['page-signals']);
    expect(loadKit).toHaveBeenCalledTimes(1);

    // The app routes away: new URL, new content, no ID request. The observer is off while a verdict is shown;
    // the URL poll (1 s) notices.
    history.pushState({}, '', '/news');
    document.body.innerHTML = '<h1>News</h1><p>Nothing to upload here.</p>';
    await vi.waitFor(() => expect(sent).toContain('page-quiet'), { timeout: 3_000 });
    expect(removed).toHaveBeenCalled();
    expect(sent.filter((t) => t === 'page-signals')).toHaveLength(1);
    expect(state()).toBe('quiet');
  });

  it('catches an ID step rendered late, from the observer', async () => {
    const { shown } = start('<main id="app"><h1>Welcome</h1></main>');
    await sleep(50);
    expect(sent).toEqual([]);
    const step = document.createElement('section');
    step.innerHTML = KYC;
    document.getElementById('app')!.append(step);
    await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: 3_000 });
    expect(sent).toEqual(['page-signals']);
  });

  it('on a page that keeps changing with no cue (a feed), still catches an ID step that appears later', { timeout: 20_000 }, async () => {
    const { shown, loadKit } = start('<ul id="feed"></ul>');
    const feed = document.getElementById('feed')!;
    // 2.5 s of quiet appends: the re-checks back off (1 s, 2 s, 4 s …) and none of them finds a hint.
    for (let i = 0; i < 25; i++) {
      const li = document.createElement('li');
      li.textContent = `Post ${i}: the city council met on Tuesday`;
      feed.append(li);
      await sleep(100);
    }
    expect(loadKit).not.toHaveBeenCalled();
    const step = document.createElement('section');
    step.innerHTML = KYC;
    document.body.append(step);
    // Seen by the next re-check, at most MAX_RECHECK_GAP_MS (8 s) after the last one.
    await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: 9_000, interval: 100 });
    expect(sent).toEqual(['page-signals']);
  });
});
