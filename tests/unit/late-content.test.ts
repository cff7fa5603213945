// The late-content observer (content/late-content.ts), in happy-dom: batches are handed over once, in idle time,
// as the node lists the page added; a page that floods it gets one whole-document check; a quiet re-check doubles
// the gap before the next, a hint or resetGap brings it back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_RECHECK_GAP_MS, MAX_PENDING_RECORDS, observeLateContent, type LateContent } from '../../content/late-content';
import { ScriptLife } from '../../content/script-life';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let connected = true;
afterEach(() => {
  connected = false;
  document.body.innerHTML = '';
});

function watch(hint = false) {
  connected = true;
  const seen: { late: LateContent; at: number }[] = [];
  const life = new ScriptLife(() => connected);
  const late = observeLateContent(life, document, (l) => {
    seen.push({ late: l, at: performance.now() });
    return hint;
  });
  late.start();
  return { seen, late, life };
}

describe('late-content observer', () => {
  it('hands over the added nodes and changed elements of several batches in one idle-time re-check', async () => {
    const { seen } = watch();
    const a = document.createElement('p');
    document.body.append(a);
    await Promise.resolve(); // one mutation batch
    const input = document.createElement('input');
    document.body.append(input);
    await Promise.resolve();
    input.setAttribute('type', 'file'); // a watched attribute
    input.setAttribute('style', 'color:red'); // not watched
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const nodes = seen[0].late!.flatMap((list) => Array.from(list));
    expect(nodes).toEqual([a, input, input]);
  });

  it('turns a flood of records into one whole-document check (null)', async () => {
    const { seen } = watch();
    for (let i = 0; i <= MAX_PENDING_RECORDS; i++) {
      document.body.append(document.createElement('span'));
      if (i % 100 === 0) await Promise.resolve();
    }
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].late).toBeNull();
  });

  // Only lower bounds on the clock: a loaded machine makes every wait longer, never shorter.
  it('waits at least the gap between re-checks, and twice as long after a quiet one', { timeout: 15_000 }, async () => {
    const { seen } = watch(false);
    const add = () => document.body.append(document.createElement('p'));
    add();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    add(); // waits for the gap, doubled after the quiet first re-check
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 10_000 });
    expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(2 * MIN_RECHECK_GAP_MS - 5);
  });

  it('stops watching when stopped, and when the script is cut off', async () => {
    const { seen, late, life } = watch();
    late.stop();
    document.body.append(document.createElement('p'));
    await sleep(50);
    expect(seen).toHaveLength(0);
    late.start();
    connected = false;
    void life.isValid;
    document.body.append(document.createElement('p'));
    await sleep(50);
    expect(seen).toHaveLength(0);
  });
});
