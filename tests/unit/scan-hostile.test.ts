// Hostile and tricky pages: overridden DOM prototypes, 100k nodes, deep nesting, huge text; open shadow roots,
// srcdoc frames and drop zones without inputs.
import { afterEach, describe, expect, it } from 'vitest';
import { useBundledCueWords } from '../../lib/scan/cue-lists';
import { scanPage, SCAN_BUDGET } from '../../lib/scan/page-scan';
import { quickCheck } from '../../lib/scan/quick-check';
import { assessRequest } from '../../lib/scan/id-request';

useBundledCueWords();
const html = (body: string) => new DOMParser().parseFromString(`<!doctype html><title>t</title><body>${body}</body>`, 'text/html');

describe('hostile pages', () => {
  const saved = { qsa: Element.prototype.querySelectorAll, dqsa: Document.prototype.querySelectorAll, gA: Element.prototype.getAttribute };
  afterEach(() => {
    Element.prototype.querySelectorAll = saved.qsa;
    Document.prototype.querySelectorAll = saved.dqsa;
    Element.prototype.getAttribute = saved.gA;
  });

  it('uses the pristine DOM methods when a page overrides the prototypes', () => {
    const doc = html('<h1>Upload your ID card</h1><label>Front of your ID card<input type="file"></label>');
    Element.prototype.querySelectorAll = () => {
      throw new Error('nope');
    };
    Document.prototype.querySelectorAll = () => {
      throw new Error('nope');
    };
    Element.prototype.getAttribute = () => 'lies';
    const s = scanPage(doc);
    expect(s.cues.some((c) => c.kind === 'file-input' && c.doc)).toBe(true);
  });

  it('finishes within its budget on 100k nodes, deep nesting and a huge text node', { timeout: 180_000 }, () => {
    const deep = '<div>'.repeat(2_000) + 'x' + '</div>'.repeat(2_000);
    const doc = html(`${'<span>a</span>'.repeat(100_000)}${deep}<p>${'lorem '.repeat(200_000)}</p><input type="file" name="id_card_front">`);
    const t0 = performance.now();
    const s = scanPage(doc);
    const ms = performance.now() - t0;
    expect(s.errors).toBeGreaterThan(0); // it gave up on part of the page and said so
    // happy-dom builds querySelectorAll("*") over 100k nodes in seconds (a browser: ~10 ms); the budget bounds our part.
    expect(ms).toBeLessThan(10_000);
    expect(SCAN_BUDGET.elements).toBeLessThan(100_000);
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
    expect(assessRequest(cues).strength).toBe('weak');
  });
});
