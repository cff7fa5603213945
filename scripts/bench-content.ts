// The pages npm run bench loads (issue 3, "Speed targets"), generated in code so no large HTML is committed.
// Each is deterministic (no randomness) so runs compare like with like; element counts are checked by the bench.

/** A page the bench loads, and how long after `load` its cost is still counted. */
export interface BenchPage {
  id: string;
  title: string;
  host: string;
  html: string;
  /** How many elements the finished page has (checked in the browser; appending pages count their appended ones). */
  elements: number;
  /** Time after `load` during which the extension's work is still attributed to this page load. */
  watchMs: number;
  /**
   * Upper bound on the extension's cost (issue 16): over the floor reference measured in the same run
   * (`overFloor`: scripts/bench.ts FLOOR_WORLD + FLOOR_SENSOR), or in total.
   */
  targetMs: number;
  targetKind: 'overFloor' | 'total';
  /** A page with no cue that stays as loaded: where `--floor` breaks the floor down. */
  quiet?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const WORDS =
  'the city council met on tuesday to discuss the new bus routes and the budget for next year while residents asked about parking schools libraries and the river park'.split(
    ' ',
  );
/** Deterministic filler text: `n` words starting at `seed`. */
function text(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length]);
  return out.join(' ');
}

function doc(title: string, lang: string, body: string, head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${body}</body></html>`;
}

/** A news article: header, nav, ~190 paragraphs with inline markup, related links; 1,000 elements, no cues. */
export function plainArticle(): BenchPage {
  const parts: string[] = ['<header><h1>Riverside Daily</h1><nav><ul>'];
  for (let i = 0; i < 20; i++) parts.push(`<li><a href="/section/${i}">Section ${i}</a></li>`); // 41 elements
  parts.push('</ul></nav></header><main><article><h2>Council approves new bus routes</h2>');
  // 1 (article) + 1 (h2) + 190 × 5 (p, a, em, strong, span) = 952
  for (let i = 0; i < 190; i++) {
    parts.push(`<p>${text(i, 12)} <a href="/story/${i}">${text(i + 1, 3)}</a> <em>${text(i + 2, 2)}</em> <strong>${text(i + 3, 2)}</strong> <span>${text(i + 4, 4)}</span></p>`);
  }
  parts.push('</article></main><footer><p>© Riverside Daily</p></footer>');
  return {
    id: 'article-1k',
    title: 'plain article (1k elements, no cues)',
    host: 'news.riverside-daily.com',
    html: doc('Council approves new bus routes - Riverside Daily', 'en', parts.join('')),
    elements: 1000,
    watchMs: 1500,
    targetMs: 2,
    targetKind: 'overFloor',
    quiet: true,
  };
}

/** A long shop listing: 2,000 product cards of 10 elements each, no cues. */
function listing(cards: number): string {
  const parts: string[] = ['<header><h1>Example Shop</h1></header><main><ul class="grid">'];
  for (let i = 0; i < cards; i++) {
    parts.push(
      `<li class="card"><a href="/p/${i}"><img alt="Item ${i}" width="80" height="80"></a><div><h3>Item ${i}</h3><p>${text(i, 8)}</p><span class="price">$${(i % 97) + 3}.99</span><del>$${(i % 97) + 9}.99</del><button type="button">Add to cart</button><small>${text(i + 5, 3)}</small></div></li>`,
    );
  }
  parts.push('</ul></main>');
  return parts.join('');
}

export function bigPage(): BenchPage {
  return {
    id: 'listing-20k',
    title: '20k-element page, no cues',
    host: 'www.example-shop.com',
    html: doc('All products - Example Shop', 'en', listing(2000)),
    elements: 20_000,
    watchMs: 1500,
    targetMs: 2,
    targetKind: 'overFloor',
    quiet: true,
  };
}

/** The same 20k listing with a fake "real-name verification" form (ID number, hidden 人像面/国徽面 inputs) on top. */
export function bigPageWithIdForm(): BenchPage {
  const form = `<section class="verify"><h2>实名认证 · 身份证上传</h2><form action="/kyc" method="post" enctype="multipart/form-data">
<label for="n">姓名</label><input id="n" name="name">
<label for="sfz">身份证号码</label><input id="sfz" name="idcard" maxlength="18" placeholder="请输入18位身份证号码">
<div class="zone">身份证人像面<input type="file" name="front" accept="image/*" style="display:none"></div>
<div class="zone">身份证国徽面<input type="file" name="back" accept="image/*" style="display:none"></div>
<button type="submit">提交认证</button></form></section>`;
  return {
    id: 'listing-20k-id-form',
    title: '20k-element page with an ID form (incl. banner)',
    host: 'secure-verify-id.top',
    html: doc('实名认证 - 会员中心', 'zh-CN', form + listing(2000)),
    elements: 20_000,
    watchMs: 2000,
    targetMs: 16, // issue 16
    targetKind: 'total',
  };
}

/** A feed that appends 4,000 elements over 2 s (40 batches of 100, one every 50 ms), as infinite scroll does. */
export function appendingPage(): BenchPage {
  const script = `<script>
(() => {
  const feed = document.getElementById('feed');
  let batch = 0;
  const timer = setInterval(() => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 25; i++) {
      const li = document.createElement('li');
      const a = document.createElement('a'); a.href = '/post/' + (batch * 25 + i); a.textContent = 'Post ' + (batch * 25 + i);
      const p = document.createElement('p'); p.textContent = 'the city council met on tuesday to discuss the new bus routes';
      const s = document.createElement('span'); s.textContent = (batch + i) + ' comments';
      li.append(a, p, s); frag.append(li);
    }
    feed.append(frag);
    if (++batch === 40) { clearInterval(timer); document.body.dataset.done = '1'; }
  }, 50);
})();
</script>`;
  return {
    id: 'append-4k',
    title: 'appends 4,000 elements over 2 s',
    host: 'forum.example-community.org',
    html: doc('Latest posts - Example Community', 'en', `<h1>Latest posts</h1><ul id="feed"></ul>${script}`),
    elements: 4000,
    watchMs: 3000,
    targetMs: 5,
    targetKind: 'overFloor',
  };
}

export function benchPages(): BenchPage[] {
  return [plainArticle(), bigPage(), bigPageWithIdForm(), appendingPage()];
}
