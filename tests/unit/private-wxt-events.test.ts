import { describe, expect, it } from 'vitest';
import { keepWxtEventsPrivate } from '../../lib/private-wxt-events';

// The page's own listeners are simulated with EventTarget.prototype, which the override (an own property of the
// content script's wrapper) does not touch — as in the browser, where the page never sees that own property.
const pageListen = (target: EventTarget, type: string, seen: string[]) =>
  EventTarget.prototype.addEventListener.call(target, type, () => seen.push(type), true);

describe('keepWxtEventsPrivate', () => {
  it('WXT events reach WXT’s listeners but never the page; other events are untouched', () => {
    const win = new EventTarget();
    const doc = new EventTarget();
    keepWxtEventsPrivate([win, doc]);
    const started = 'abcdefghijklmnop:content:wxt:content-script-started';
    const moved = 'id-guard@id-guard.org:content:wxt:locationchange';
    const page: string[] = [];
    const wxt: string[] = [];
    for (const t of [started, moved, 'click']) {
      pageListen(doc, t, page);
      pageListen(win, t, page);
    }
    const onStarted = () => wxt.push(started);
    doc.addEventListener(started, onStarted);
    win.addEventListener(moved, () => wxt.push(moved));
    doc.dispatchEvent(new CustomEvent(started, { detail: { messageId: 'x' } }));
    win.dispatchEvent(new Event(moved));
    doc.dispatchEvent(new Event('click'));
    expect(page).toEqual(['click']);
    expect(wxt).toEqual([started, moved]);
    doc.removeEventListener(started, onStarted);
    doc.dispatchEvent(new CustomEvent(started));
    expect(wxt).toEqual([started, moved]);
  });
});
