// Precision (issue 15): an ID request is a request element plus its own context. One table per rule: pages that
// must be an ID request beside pages that must not, in the languages of data/cues; then the precision fixture
// pages (tests/fixtures/pages/precision/, ordinary pages that tempt a keyword detector) all stay quiet.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitiseLabel } from '../../core/doc-names';
import { assessRequest } from '../../core/id-request';
import { sanitizeSignals } from '../../background/judge-service';
import { scanPage } from '../../kit/page-scan';
import { CUE_LISTS, useBundledCueWords } from '../../scan/cue-lists';
import type { Cue } from '../../core/types';
import { say } from './say';

useBundledCueWords();
const FIXTURES = resolve(__dirname, '../fixtures');

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><title>t</title><body>${body}</body>`, 'text/html');
const read = (body: string) => {
  const { cues } = scanPage(doc(body), { budget: { ms: 5_000 } });
  return { cues, request: assessRequest(cues) };
};
/** An ID request: strong, or a real-name-for-hire offer. */
const asks = (body: string) => {
  const { request } = read(body);
  return request.strength === 'strong' || request.offer;
};

describe('association: ID words count only in the field’s own context', () => {
  const yes: [string, string][] = [
    ['label names the ID', '<form><label>Front of your ID card<input type="file"></label></form>'],
    ['aria-labelledby', '<p id="l">身份证人像面</p><input type="file" aria-labelledby="l">'],
    ['name/id attribute', '<input type="file" name="id_card_back">'],
    ['placeholder of an ID-number field', '<input type="text" placeholder="请输入身份证号码">'],
    ['legend of its fieldset', '<form><fieldset><legend>Passport photo page</legend><input type="file"></fieldset></form>'],
    ['heading of its wizard step, outside the form', '<section><h2>Step 3: your driver’s licence</h2><form><div><div><input type="file" name="f1"></div></div></form></section>'],
    ['text of its small form', '<form><p>We need the front and back of your national ID.</p><div class="row"><div class="col"><span>Choose</span></div><div class="col"><input type="file"></div></div></form>'],
    ['drop zone text', '<div class="dropzone">Drag your passport here</div>'],
    ['hidden input opened by a label', '<label for="up" class="btn">Upload a selfie holding your ID</label><input id="up" type="file" hidden>'],
  ];
  const no: [string, string][] = [
    ['ID words only in the page heading, field about something else', '<h1>Identity verification help</h1><p>Verify your identity in our app.</p><form><label>Attach a screenshot<input type="file"></label></form>'],
    ['ID words in another section', '<section><h2>Why we verify your identity</h2><p>We ask for your passport in the app.</p></section><section><h2>Share your trip</h2><form><label>Photos<input type="file" multiple></label></form></section>'],
    ['an upload whose label names something else', '<h2>Upload your ID card</h2><form><label>Profile picture<input type="file"></label></form>'],
    ['a number field for another number', '<form><label>Order number<input name="order"></label><p>Bring your ID card to collect it.</p></form>'],
  ];
  it.each(yes)('asks: %s', (_, body) => expect(asks(body)).toBe(true));
  it.each(no)('does not ask: %s', (_, body) => expect(asks(body)).toBe(false));
  it('page-level ID words add detail to a request that exists', () => {
    const { request } = read('<h1>Verify with your passport</h1><p>We also accept a driver’s licence.</p><form><label>Front of your ID card<input type="file"></label></form>');
    expect(request.strength).toBe('strong');
    expect(request.asks).toEqual(expect.arrayContaining(['id-card', 'passport', 'driving-licence']));
  });
});

describe('furniture: footer, nav, privacy, FAQ, comments never make a request', () => {
  const upload = '<main><h1>Sell an item</h1><form><label>Item photos<input type="file" multiple></label></form></main>';
  const places: [string, string][] = [
    ['footer', '<footer>Sellers over €2,000 a year must verify their identity with a passport or national ID card.</footer>'],
    ['nav', '<nav><a>Identity verification</a><a>Upload your ID</a></nav>'],
    ['privacy notice', '<div class="privacy-notice">We may ask for a photo of your ID card (front and back) for payouts.</div>'],
    ['cookie banner', '<div id="cookie-consent">We use cookies. Identity verification partners: see our policy.</div>'],
    ['FAQ answer', '<section class="faq"><h2>FAQ</h2><p>Do I need to upload my ID card? Only for payouts.</p></section>'],
    ['comments', '<div class="comments"><p>I had to upload my passport and a selfie with my ID, took 2 days</p></div>'],
    ['related list', '<aside><h3>Related</h3><a>How to verify your identity with a passport</a></aside>'],
    ['fine print', '<p><small>Passport or ID card required for transactions over $3,000.</small></p>'],
  ];
  it.each(places)('%s', (_, furniture) => {
    const { cues, request } = read(upload + furniture);
    expect(request.strength).toBe('none');
    expect(cues.filter((c: Cue) => c.kind === 'id-wording')).toEqual([]);
  });
  it('the same words in the page body are page wording (weak), and in the field’s own form a request', () => {
    expect(read(upload + '<p>Sellers must verify their identity with a passport.</p>').request.strength).toBe('weak');
    expect(read('<main><form><label>Photo of your passport<input type="file"></label></form></main>').request.strength).toBe('strong');
  });
});

describe('negation and advice, per language', () => {
  // [lang, a sentence saying no ID is needed or warning against sending one, the same document asked for]
  const rows: [string, string, string][] = [
    ['en', 'No ID is required to join.', 'Upload a photo of your ID card.'],
    ['zh-Hans', '本活动无需上传身份证。', '请上传身份证人像面。'],
    ['zh-Hant', '本服務不需要上傳身分證。', '請上傳身分證正面。'],
    ['ja', '本人確認書類は不要です。', '本人確認書類をアップロードしてください。'],
    ['ko', '신분증은 필요하지 않습니다.', '신분증 사진을 업로드하세요.'],
    ['es', 'No se requiere DNI para participar.', 'Sube una foto de tu DNI.'],
    ['pt', 'Não é necessário enviar RG.', 'Envie uma foto do seu RG.'],
    ['fr', "Pas besoin de pièce d'identité.", "Téléversez votre pièce d'identité."],
    ['id', 'Tidak perlu foto KTP.', 'Unggah foto KTP Anda.'],
    ['vi', 'Không cần CCCD.', 'Tải lên ảnh CCCD.'],
    ['hi', 'आधार कार्ड की आवश्यकता नहीं है।', 'अपना आधार कार्ड अपलोड करें।'],
    ['de', 'Für die Teilnahme ist kein Ausweis nötig.', 'Laden Sie ein Foto Ihres Personalausweises hoch.'],
    ['it', 'Non è richiesto alcun documento per partecipare.', "Carica una foto della tua carta d'identità."],
    ['nl', 'Geen identiteitsbewijs nodig om mee te doen.', 'Upload een foto van je identiteitsbewijs.'],
    ['pl', 'Nie wymagamy dowodu osobistego.', 'Prześlij zdjęcie dowodu osobistego.'],
    ['tr', 'Katılım için kimlik gerekmez.', 'Kimlik kartınızın fotoğrafını yükleyin.'],
    ['ru', 'Паспорт не нужен для участия.', 'Загрузите фото паспорта.'],
    ['uk', 'Паспорт не потрібен для участі.', 'Завантажте фото паспорта.'],
    ['ar', 'لا نطلب منك صورة الهوية.', 'ارفع صورة بطاقة الهوية.'],
    ['he', 'אין צורך בתעודת זהות כדי להשתתף.', 'העלו צילום של תעודת הזהות.'],
    ['fa', 'نیازی به کارت ملی نیست.', 'تصویر کارت ملی را بارگذاری کنید.'],
    ['ur', 'شناختی کارڈ کی ضرورت نہیں۔', 'اپنے شناختی کارڈ کی تصویر اپ لوڈ کریں۔'],
    ['bn', 'পরিচয়পত্র লাগবে না।', 'আপনার পরিচয়পত্রের ছবি আপলোড করুন।'],
    ['th', 'ไม่ต้องใช้บัตรประชาชน', 'อัปโหลดรูปบัตรประชาชน'],
    ['tl', 'Hindi kailangan ng ID para sumali.', 'I-upload ang litrato ng iyong PhilID.'],
    ['ms', 'Tidak perlu kad pengenalan untuk menyertai.', 'Muat naik gambar kad pengenalan anda.'],
  ];
  const advice: Record<string, string> = {
    en: 'We will never ask for your ID. Do not send a photo of your passport to anyone.',
    'zh-Hans': '请勿将身份证照片发给陌生人。',
    'zh-Hant': '請勿將身分證照片傳給陌生人。',
    ja: '知らない相手に運転免許証の写真を送らないでください。',
    ko: '신분증 사진은 누구에게도 보내지 마세요.',
    es: 'Nunca te pediremos tu DNI. No envíes tu DNI a desconocidos.',
    pt: 'Nunca pedimos seu RG. Não envie foto do RG a desconhecidos.',
    fr: "N'envoyez jamais votre carte d'identité à un inconnu.",
    id: 'Jangan berikan foto KTP kepada siapa pun.',
    vi: 'Đừng gửi ảnh CCCD cho người lạ.',
    hi: 'आधार कार्ड की फोटो साझा न करें।',
  };
  it('covers every language of data/cues, each with its negation, other-number and portrait words', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(CUE_LISTS.map((l) => l.lang).sort());
    for (const l of CUE_LISTS) for (const g of ['negation', 'other-number', 'portrait']) expect((l[g] as string[]).length, `${l.lang}.${g}`).toBeGreaterThan(0);
  });
  it.each(rows)('%s: a negated document beside an upload is not asked for; the same document asked is', (_, negated, asked) => {
    const field = '<input type="file" name="f">';
    expect(asks(`<form><p>${negated}</p><div>${field}</div></form>`)).toBe(false);
    expect(asks(`<form><p>${asked}</p><div>${field}</div></form>`)).toBe(true);
  });
  it.each(Object.entries(advice))('%s: advice not to send an ID is not even page wording', (_, text) => {
    const { cues, request } = read(`<article><p>${text}</p></article>`);
    expect(cues.filter((c) => c.kind === 'id-wording')).toEqual([]);
    expect(request.strength).toBe('none');
  });
  it('an anti-fraud notice that quotes an offer and warns against contact is not an offer; an offer that invites contact is', () => {
    expect(asks('<p>不要轻信网络上“免实名”“代实名”电话卡广告，不要添加陌生人微信。</p>')).toBe(false);
    expect(asks('<p>Beware of sellers of registered SIMs. Never contact them on Telegram.</p>')).toBe(false);
    expect(asks('<p>代实名 实名卡 包过人脸，联系 TG @esim1088</p>')).toBe(true);
    expect(asks('<p>명의 대여 / 선불 유심 판매 – 신분증 필요 없음.</p><p>텔레그램 ID: usimkr77</p>')).toBe(true);
  });
});

describe('not every "ID number" is a national ID', () => {
  const other: [string, string][] = [
    ['en', 'Student ID number'], ['en', 'Employee ID'], ['en', 'Membership number'], ['en', 'Order ID'], ['en', 'Tracking number'],
    ['en', 'Customer ID'], ['en', 'Booking reference'], ['en', 'Project number'], ['en', 'Library card number'],
    ['zh-Hans', '学号'], ['zh-Hans', '订单号'], ['zh-Hans', '会员卡号'], ['zh-Hant', '會員編號'], ['zh-Hant', '統一編號'],
    ['ja', '会員番号'], ['ja', '注文番号'], ['ko', '학번'], ['ko', '주문 번호'], ['es', 'Número de socio'], ['es', 'Número de pedido'],
    ['pt', 'Número do pedido'], ['pt', 'Número de matrícula'], ['fr', 'Numéro de commande'], ['fr', "Numéro d'étudiant"],
    ['id', 'NIM'], ['id', 'Nomor pesanan'], ['vi', 'Mã số sinh viên'], ['vi', 'Mã đơn hàng'], ['hi', 'रोल नंबर'], ['hi', 'ऑर्डर नंबर'],
  ];
  const national: [string, string][] = [
    ['en', 'Social Security number'], ['en', 'ID number'], ['en', 'Passport number'], ['zh-Hans', '身份证号码'], ['zh-Hant', '身分證字號'],
    ['ja', 'マイナンバー'], ['ko', '주민등록번호'], ['es', 'Número de DNI'], ['pt', 'CPF'], ['fr', 'Numéro de sécurité sociale'],
    ['id', 'NIK'], ['vi', 'Số CCCD'], ['hi', 'आधार नंबर'],
  ];
  const field = (label: string) => `<form><label>${label}<input type="text" name="n"></label></form>`;
  it.each(other)('%s: "%s" is not a national ID', (_, label) => {
    expect(read(field(label)).cues.some((c) => c.kind === 'id-number-field')).toBe(false);
  });
  it.each(national)('%s: "%s" is a national ID', (_, label) => {
    expect(read(field(label)).cues.some((c) => c.kind === 'id-number-field')).toBe(true);
  });
  it('a student-number field whose hint mentions the ID card stays a student number', () => {
    expect(read(field('Student ID number') .replace('name="n"', 'placeholder="as printed on your ID card"')).cues.some((c) => c.kind === 'id-number-field')).toBe(false);
  });
});

describe('a portrait is not a document', () => {
  const portraits: [string, string][] = [
    ['en', '<h1>Passport photo maker</h1><form><label>Upload your photo<input type="file" capture="user"></label></form>'],
    ['en', '<form><label>Profile picture<input type="file"></label><p>Your ID card is not needed.</p></form>'],
    ['zh-Hans', '<h1>在线制作证件照</h1><p>支持护照、身份证、驾驶证规格。</p><form><label>上传照片<input type="file"></label></form>'],
    ['zh-Hant', '<h1>大頭照上傳</h1><form><label>選擇照片<input type="file"></label></form>'],
    ['ja', '<h1>証明写真をスマホで作成</h1><p>パスポート・マイナンバーカード用</p><form><input type="file" name="photo"></form>'],
    ['ko', '<h1>여권사진 보정</h1><form><label>사진 업로드<input type="file"></label></form>'],
    ['es', '<form><label>Foto de perfil<input type="file"></label></form>'],
    ['pt', '<h2>Foto 3x4 para a carteirinha</h2><form><input type="file" name="foto"></form>'],
    ['fr', "<h1>Photo d'identité en ligne</h1><p>Pour passeport et carte d'identité.</p><form><input type=\"file\" name=\"p\"></form>"],
    ['id', '<h1>Pas foto online untuk KTP dan paspor</h1><form><input type="file" name="foto"></form>'],
    ['vi', '<h1>Làm ảnh thẻ cho hộ chiếu, CCCD</h1><form><input type="file" name="anh"></form>'],
    ['hi', '<h1>पासपोर्ट साइज़ फोटो बनाएं</h1><p>पासपोर्ट, आधार के लिए</p><form><input type="file" name="photo"></form>'],
  ];
  const documents: [string, string][] = [
    ['en', '<form><label>Selfie holding your ID card<input type="file" capture="user"></label></form>'],
    ['en', '<h1>Profile verification</h1><form><label>Photo of the front and back of your ID<input type="file"></label></form>'],
    ['zh-Hans', '<form><label>手持身份证照片<input type="file"></label></form>'],
    ['zh-Hans', '<form><label>人脸识别验证<input type="file" capture="user"></label></form>'],
    ['vi', '<form><p>Ảnh chân dung cầm CCCD</p><input type="file" capture="user"></form>'],
    ['ko', '<form><p>여권 사진면 업로드</p><input type="file"></form>'],
  ];
  it.each(portraits)('%s portrait page is not an ID request', (_, body) => expect(asks(body)).toBe(false));
  it.each(documents)('%s document photo is an ID request', (_, body) => expect(asks(body)).toBe(true));
});

describe('precision fixture pages (tests/fixtures/expected-levels.json "precision": true)', () => {
  const pages = (JSON.parse(readFileSync(join(FIXTURES, 'expected-levels.json'), 'utf8')).pages as { file: string; precision?: boolean; lang?: string }[]).filter((p) => p.precision);
  it('has at least 40 pages in at least 8 languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((p) => p.lang)).size).toBeGreaterThanOrEqual(8);
  });
  it.each(pages.map((p) => p.file))('%s is not an ID request', (file) => {
    const d = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
    const { cues } = scanPage(d, { budget: { ms: 5_000 } });
    const request = assessRequest(cues);
    expect({ strength: request.strength === 'strong' ? 'strong' : 'not strong', offer: request.offer }, JSON.stringify(cues)).toEqual({ strength: 'not strong', offer: false });
  });
});

describe('reasons name the field', () => {
  it('quotes the label of the upload, the camera step and the number field, in every UI language', () => {
    const { request } = read(
      '<form><label class="slot"><span>身份证人像面</span><input type="file" name="a"></label>' +
        '<label>手持身份证照片<input type="file" name="b" capture="user"></label>' +
        '<label>身份证号码<input name="c"></label></form>',
    );
    const byCode = Object.fromEntries(request.reasons.map((r) => [r.code, r]));
    expect(say(byCode['field-upload'])).toBe("The upload labelled '身份证人像面' asks for a photo of your ID card.");
    expect(say(byCode['field-upload'], 'zh_CN')).toBe('标注为“身份证人像面”的上传项要求提供身份证照片。');
    expect(byCode['field-upload'].args?.[0]).toBe('身份证人像面');
    expect(say(byCode['field-camera'])).toBe("The camera step '手持身份证照片' asks for a selfie holding your ID.");
    expect(say(byCode['field-number'], 'zh_TW')).toBe('標示為「身份证号码」的欄位要求填寫身分證字號。');
  });
  it('prefers a field whose label names the document over one tied by its surroundings', () => {
    const { request } = read('<form><h2>Verification</h2><p>Upload a valid ID.</p><label>Your photo<input type="file" name="a"></label><label>Valid ID<input type="file" name="b"></label></form>');
    expect(request.reasons.find((r) => r.code === 'field-upload')?.args?.[0]).toBe('Valid ID');
  });
  // Kits often write a field's label as bare text beside it, after another field's <label>: the reason quotes
  // the words next to the field, never the field before it.
  it.each([
    ['an upload written inside its box, after a number field', '<form><label for="sfz">身份证号码</label><input id="sfz" name="idcard"><div class="zone">身份证人像面<input type="file" name="front"></div><div class="zone">手持身份证照片<input type="file" name="hold"></div></form>', 'file-input', ['身份证人像面', '手持身份证照片']],
    ['an English upload box after a name field', '<form><label for="n">Full name</label><input id="n" name="n"><div>Front of your ID card <input type="file" name="f"></div></form>', 'file-input', ['Front of your ID card']],
    ['a number field written beside its box', '<form><label for="e">E-mail</label><input id="e" type="email"><p>NIK (16 digit) <input name="x1"></p></form>', 'id-number-field', ['NIK (16 digit)']],
  ])('quotes the words written next to the field: %s', (_name, html, kind, labels) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const got = scanPage(doc).cues.filter((c) => c.kind === kind).map((c) => c.label);
    expect(got).toEqual(labels);
  });
  it('keeps the general sentence for a field without a readable label', () => {
    const { request } = read('<input type="file" name="id_card_front">');
    expect(request.reasons.map((r) => r.code), JSON.stringify(request.reasons)).toContain('upload-id');
  });
  it('cuts a label to 60 characters and strips control, direction and zero-width characters, in the scanner and again in the background', () => {
    expect(sanitiseLabel('a\u202Eb\u200Bc\n d')).toBe('abc d');
    expect(sanitiseLabel('x'.repeat(100))).toHaveLength(60);
    const s = sanitizeSignals({ cues: [{ kind: 'file-input', doc: 'id-card', label: `\u202E${'身'.repeat(80)}` }] });
    expect(s.cues[0].label).toBe(`${'身'.repeat(59)}…`);
  });
});
