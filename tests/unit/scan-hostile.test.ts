// Hostile and tricky pages: overridden DOM prototypes, 100k nodes, deep nesting, huge text; open shadow roots,
// srcdoc frames and drop zones without inputs.
import { afterEach, describe, expect, it } from 'vitest';
import { useBundledCueWords } from '../../scan/cue-lists';
import { scanPage, scanPage as scanAll, SCAN_BUDGET } from '../../kit/page-scan';
import { quickCheck } from '../../scan/quick-check';
import { assessRequest } from '../../core/id-request';

useBundledCueWords();
const html = (body: string) => new DOMParser().parseFromString(`<!doctype html><title>t</title><body>${body}</body>`, 'text/html');

describe('hostile pages', () => {
  const saved = { qsa: Element.prototype.querySelectorAll, dqsa: Document.prototype.querySelectorAll, gA: Element.prototype.getAttribute };
  afterEach(() => {
    Element.prototype.querySelectorAll = saved.qsa;
    Document.prototype.querySelectorAll = saved.dqsa;
    Element.prototype.getAttribute = saved.gA;
  });

  // A content script's world does not see the page's changes to DOM prototypes (Chrome's isolated world, Firefox's
  // Xray views), so the scanner reads the DOM plainly (scan/dom-read.ts). What is left: a read that throws costs
  // its own step, counted, and the scan goes on.
  it('counts a read that throws and goes on with the rest of the page', () => {
    const doc = html('<label>Receipt<input type="file" name="a"></label><label>Front of your ID card<input type="file" name="b"></label>');
    const first = doc.querySelector('input[name=a]')!;
    Object.defineProperty(first, 'getAttribute', { value: () => { throw new Error('nope'); } });
    const s = scanPage(doc);
    expect(s.errors).toBeGreaterThan(0);
    expect(s.cues.some((c) => c.kind === 'file-input' && c.doc === 'id-card-front-back')).toBe(true);
  });

  // The element and text budgets bound this page; the clock does not decide the outcome: a clock that stands still
  // (a fast machine) and one that runs out at once (a loaded one) give the same answers.
  it('finishes within its budget on 100k nodes, deep nesting and a huge text node', { timeout: 180_000 }, () => {
    const deep = '<div>'.repeat(2_000) + 'x' + '</div>'.repeat(2_000);
    const doc = html(`${'<span>a</span>'.repeat(100_000)}${deep}<p>${'lorem '.repeat(200_000)}</p><input type="file" name="attachment">`);
    const stopped = () => 0;
    const s = scanPage(doc, { now: stopped });
    expect(s.errors).toBeGreaterThan(0); // it gave up on part of the page and said so
    expect(SCAN_BUDGET.elements).toBeLessThan(100_000);
    // The same page with an ID upload at its end: found, and the text it then needs is read within budget.
    const idDoc = html(`${'<span>a</span>'.repeat(100_000)}${deep}<p>${'lorem '.repeat(200_000)}</p><input type="file" name="id_card_front">`);
    expect(assessRequest(scanPage(idDoc, { now: stopped }).cues).strength).toBe('strong');
  });

  it('stops at its time budget and says so, keeping what it found first', () => {
    // ID wording only: the answer stays open, so the scan would read on through the page's text.
    const doc = html(`<h1>Verify your identity</h1>${'<p>lorem ipsum dolor</p>'.repeat(3_000)}<p>Upload your passport</p>`);
    let t = 0;
    // Each look at the clock is 10 ms later than the last: the budget runs out early in the scan.
    const late = scanPage(doc, { now: () => (t += 10) });
    expect(late.errors).toBeGreaterThan(0);
    expect(late.cues.length).toBeGreaterThan(0); // the heading, read before the time ran out
    // The same page on a clock that stands still: read to its end, no error.
    const whole = scanPage(doc, { now: () => 0 });
    expect(whole.errors).toBe(0);
    expect(whole.cues.length).toBeGreaterThan(late.cues.length);
  });
});

describe('places kits hide requests', () => {
  it('finds a file input inside an open shadow root', () => {
    const doc = html('<kyc-upload></kyc-upload>');
    const host = doc.querySelector('kyc-upload')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<h2>身份证人像面</h2><div class="zone"><input type="file" style="display:none"></div>';
    expect(quickCheck(doc)).toBe(true);
    const req = assessRequest(scanPage(doc).cues);
    expect(req.strength).toBe('strong');
    expect(req.asks).toContain('id-card-front-back');
  });

  it('finds a drop zone with no input at all', () => {
    const doc = html('<main><h1>Verify your identity</h1><div class="upload-panel"><p>Drag your ID here</p></div></main>');
    const cues = scanPage(doc).cues;
    expect(cues.some((c) => c.kind === 'drop-zone')).toBe(true);
    expect(assessRequest(cues).strength).toBe('strong');
  });

  it('finds an ID-number field by its pattern alone', () => {
    const doc = html('<form><input name="x1" pattern="\\d{17}[\\dXx]"></form>');
    expect(assessRequest(scanPage(doc).cues).strength).toBe('strong');
  });

  it('keeps a support attachment quiet even when the page mentions ID elsewhere', () => {
    const doc = html('<header><nav>Identity verification FAQ</nav></header><main><h1>Contact support</h1><form><label>Attach a screenshot<input type="file" name="attachment"></label></form></main>');
    const cues = scanPage(doc).cues;
    expect(cues.find((c) => c.kind === 'file-input')?.unrelated).toBe(true);
    // The menu is page furniture: its "identity verification" is not even page wording.
    expect(assessRequest(cues).strength).toBe('none');
  });
});

describe('what the full scan reads on a big page', () => {
  // These test the text and element budgets; happy-dom's DOM is far slower than a browser's, so the clock's budget
  // is left out of it.
  const scanPage = (root: Document, opts: Parameters<typeof scanAll>[1] = {}) => scanAll(root, { ...opts, budget: { ms: 10_000, ...opts.budget } });
  const cards = (n: number) =>
    Array.from({ length: n }, (_, i) => `<li class="card"><h3>Item ${i}</h3><p>the city council met on tuesday to discuss the new bus routes</p></li>`).join('');

  it('stops reading text once an ID upload settles the page, but reads a long article to its end', () => {
    const tail = '<p>代实名 实名卡 包过人脸 联系 TG @esim1088</p>';
    const upload = '<h2>上传身份证人像面</h2><input type="file" name="front">';
    // ~66 characters a card: 600 cards are ~40k characters, past the settled budget but inside the whole one.
    const settled = scanPage(html(`${upload}<ul>${cards(600)}</ul>${tail}`));
    expect(assessRequest(settled.cues).strength).toBe('strong');
    expect(settled.cues.some((c) => c.kind === 'realname-offer')).toBe(false); // past 10k characters: not read
    const article = scanPage(html(`<h1>eSIM 开卡指南</h1><ul>${cards(600)}</ul>${tail}`));
    expect(assessRequest(article.cues).offer).toBe(true); // no upload: the answer was open, so the end was read
  });

  it('looks past the first 500 elements for shadow roots only while the answer is open', () => {
    const page = (top: string) => {
      const doc = html(`${top}<ul>${cards(300)}</ul><kyc-upload></kyc-upload>`); // 900 cards' elements, then the host
      doc.querySelector('kyc-upload')!.attachShadow({ mode: 'open' }).innerHTML = '<h3>Upload your passport</h3><input type="file">';
      return scanPage(doc).cues;
    };
    // Only ID wording in the light DOM: the answer is open, so the component at the end is found.
    expect(page('<h1>Identity verification</h1>').some((c) => c.kind === 'file-input' && c.doc === 'passport')).toBe(true);
    // An ID upload up top already settles it: the component would only add detail.
    const settled = page('<h1>Upload your ID card</h1><input type="file" name="id_card_front">');
    expect(assessRequest(settled).strength).toBe('strong');
    expect(settled.some((c) => c.doc === 'passport')).toBe(false);
  });

  it('looks into shadow roots and frames only when the page itself leaves the answer open', () => {
    const doc = html('<h1>Upload your ID card</h1><input type="file" name="id_card_front"><kyc-extra></kyc-extra>');
    doc.querySelector('kyc-extra')!.attachShadow({ mode: 'open' }).innerHTML = '<label>Passport number<input name="pp"></label>';
    expect(scanPage(doc).cues.some((c) => c.kind === 'id-number-field')).toBe(false); // settled by the upload
    doc.querySelector('input[type=file]')!.remove();
    doc.querySelector('h1')!.textContent = 'Almost done';
    expect(scanPage(doc).cues.some((c) => c.kind === 'id-number-field')).toBe(true); // open: the shadow root is read
  });

  it('looks for chat links only beside a real-name-for-hire offer', () => {
    const link = '<a href="https://t.me/esim1088">客服</a>';
    expect(scanPage(html(`<h1>身份证上传</h1><input type="file">${link}`)).cues.some((c) => c.kind === 'offplatform-contact')).toBe(false);
    const offer = scanPage(html(`<h1>代实名 实名卡出售</h1>${link}`));
    expect(offer.cues.find((c) => c.kind === 'offplatform-contact')?.evidence).toBe('https://t.me/esim1088');
    expect(assessRequest(offer.cues).offer).toBe(true);
  });

  it('tells a drop zone from a dropdown menu by its class name', () => {
    const doc = html('<h1>Verify your identity</h1><div class="dropdown-menu">Account</div><div class="kyc drop_area"></div>');
    const zones = scanPage(doc).cues.filter((c) => c.kind === 'drop-zone');
    expect(zones).toHaveLength(1);
  });

  it('does not read scripts and styles as page text', () => {
    const doc = html('<h1>Shop</h1><script>var t = "Upload your passport";</script><style>.x::after{content:"passport"}</style><p>Hello</p>');
    expect(scanPage(doc).cues).toEqual([]);
  });
});
