// The first pass over added nodes (the observer's batches): one text test per batch, and the document's inputs
// once per batch (added inputs are in the document by the time the batch is read).
import { describe, expect, it } from 'vitest';
import { quickCheck, quickCheckAdded } from '../../scan/quick-check';

const html = (body: string) => new DOMParser().parseFromString(`<!doctype html><title>Feed</title><body>${body}</body>`, 'text/html');

function feedItems(doc: Document, n: number, text = 'the city council met on tuesday to discuss the new bus routes'): Node[] {
  const ul = doc.getElementById('feed')!;
  const added: Node[] = [];
  for (let i = 0; i < n; i++) {
    const li = doc.createElement('li');
    li.innerHTML = `<a href="/post/${i}">Post ${i}</a><p>${text}</p><span>${i} comments</span>`;
    ul.append(li);
    added.push(li);
  }
  return added;
}

describe('quickCheckAdded', () => {
  it('stays quiet on a feed batch with no cues', () => {
    const doc = html('<ul id="feed"></ul>');
    expect(quickCheckAdded([feedItems(doc, 200)], doc)).toBe(false);
  });

  it('sees ID wording anywhere in the batch, in added elements or bare text nodes', () => {
    const doc = html('<ul id="feed"></ul><div id="step"></div>');
    const batch = feedItems(doc, 50);
    batch.push(...feedItems(doc, 1, '请上传身份证人像面和国徽面'));
    expect(quickCheckAdded([batch], doc)).toBe(true);
    const t = doc.createTextNode('Upload a photo of your passport to continue');
    doc.getElementById('step')!.append(t);
    expect(quickCheckAdded([[t]], doc)).toBe(true);
  });

  it('sees a hidden file input or an ID-number field in an added step, and a late web component’s shadow root', () => {
    const doc = html('<main></main>');
    const step = doc.createElement('div');
    step.innerHTML = '<div class="zone"><input type="file" style="display:none"></div>';
    doc.querySelector('main')!.append(step);
    expect(quickCheckAdded([[step]], doc)).toBe(true);

    const field = doc.createElement('input');
    field.name = 'id_number';
    expect(quickCheckAdded([[field]], doc)).toBe(true);

    const host = doc.createElement('kyc-step');
    doc.querySelector('main')!.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<h2>Verify</h2><input type="file">';
    expect(quickCheckAdded([[host]], doc)).toBe(true);
  });

  it('reads the placeholders of added ID fields and the aria-label of added elements', () => {
    const doc = html('<main></main>');
    const box = doc.createElement('div');
    box.innerHTML = '<input type="text" placeholder="请输入身份证号码">';
    doc.querySelector('main')!.append(box);
    expect(quickCheckAdded([[box]], doc)).toBe(true);
    const zone = doc.createElement('div');
    zone.setAttribute('aria-label', 'Drop a photo of your passport here');
    expect(quickCheckAdded([[zone]], doc)).toBe(true);
  });

  it('past its text budget, still finds a file input anywhere in the document; reports the elements it reads', () => {
    const doc = html('<ul id="feed"></ul>');
    const items = feedItems(doc, 400);
    const last = items[399] as Element;
    last.innerHTML = '<input type="file" name="upload">';
    expect(quickCheckAdded([items], doc)).toBe(true);
    const seen: Element[] = [];
    const quiet = html('<ul id="feed"></ul>');
    const items2 = feedItems(quiet, 10);
    // Not connected: happy-dom does not load frames (the sensor's watcher is what loads matter to).
    const frame = quiet.createElement('iframe');
    expect(quickCheckAdded([[...items2, frame]], quiet, (el) => seen.push(el))).toBe(false);
    // Only the added iframe is handed over (the sensor watches its load).
    expect(seen).toEqual([frame]);
  });
});

describe('quickCheck: inputs that are ID cues on their own', () => {
  const page = (input: string) => new DOMParser().parseFromString(`<!doctype html><title>Form</title><body><form>${input}</form></body>`, 'text/html');
  it.each([
    '<input type="FILE" style="display:none">',
    '<input name="user_IdCard_no">',
    '<input id="sfzNumber">',
    '<input placeholder="请输入身份证号码">',
    '<input placeholder="Passport number">',
    '<input minlength="18" maxlength="18">',
    '<input pattern="\\d{17}[\\dXx]">',
  ])('%s', (input) => {
    expect(quickCheck(page(input))).toBe(true);
  });
  it.each(['<input type="search" name="q" placeholder="Search">', '<input type="email" name="email">', '<input name="nickname" maxlength="18">'])('not %s', (input) => {
    expect(quickCheck(page(input))).toBe(false);
  });
});
