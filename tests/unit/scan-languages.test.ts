// Every cue kind in every listed language, on fixture pages written like real KYC kits and real-name offers
// (tests/fixtures/pages/<lang>/), plus quiet pages that must stay quiet.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBundledCueWords, CUE_LISTS } from '../../scan/cue-lists';
import { findDocs, normalise } from '../../scan/cue-words';
import { scanPage } from '../../kit/page-scan';
import { assessRequest } from '../../core/id-request';
import { quickCheck } from '../../scan/quick-check';
import { foldText } from '../../scan/text-fold';
import type { CueList } from '../../scan/cue-words';
import type { IdDocument } from '../../core/types';
import { say } from './say';
import COMMON_WHY from '../../data/cue-common-why.json';

useBundledCueWords();
const PAGES = resolve(__dirname, '../fixtures/pages');
/** Languages added by issue 21: their lists also fill negation, other-number and portrait. */
const NEW_LANGS = ['de', 'it', 'nl', 'pl', 'tr', 'ru', 'uk', 'ar', 'he', 'fa', 'ur', 'bn', 'th', 'tl', 'ms'];
const LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'pt', 'fr', 'id', 'vi', 'hi', ...NEW_LANGS];

function load(rel: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, rel), 'utf8'), 'text/html');
}

describe('cue word lists', () => {
  it('has one list per listed language, every group present and compiling', () => {
    expect(CUE_LISTS.map((l) => l.lang).sort()).toEqual([...LANGS].sort());
    for (const list of CUE_LISTS) {
      for (const g of ['id-card', 'front-back', 'handheld', 'face-scan', 'passport', 'driving-licence', 'id-number', 'proof-of-identity', 'real-name', 'kyc', 'upload', 'drop', 'offer', 'contact', 'negative', 'hint']) {
        const words = list[g];
        expect(Array.isArray(words) && words.length > 0, `${list.lang}.${g}`).toBe(true);
        for (const w of words as string[]) expect(() => new RegExp(w, 'u'), `${list.lang}.${g}: ${w}`).not.toThrow();
      }
    }
  });

  it('the new languages fill the negation, other-number and portrait groups', () => {
    for (const list of CUE_LISTS.filter((l) => NEW_LANGS.includes(l.lang))) {
      for (const g of ['negation', 'other-number', 'portrait']) {
        const words = list[g];
        expect(Array.isArray(words) && words.length > 0, `${list.lang}.${g}`).toBe(true);
        for (const w of words as string[]) expect(() => new RegExp(w, 'u'), `${list.lang}.${g}: ${w}`).not.toThrow();
      }
    }
  });

  it('every word is written as the normaliser folds page text (one spelling per word, no variant letters)', () => {
    for (const list of CUE_LISTS) {
      for (const [g, words] of Object.entries(list)) {
        if (!Array.isArray(words)) continue;
        for (const w of words) expect(foldText(w), `${list.lang}.${g}: ${w}`).toBe(w);
      }
    }
  });
});

/**
 * Document and number names (id-card, id-number) as they stood before issue 21, reviewed without sources then.
 * Every name added since needs a source or must be declared a common word of its language: shrink this list, never
 * grow it.
 */
const UNSOURCED_BEFORE_21: Record<string, string[]> = {
  ko: ['외국인등록번호'],
  es: ['ine'],
  pt: ['cc n[ºo]'],
  id: ['sim (a|c)'],
  vi: ['cccd'],
  hi: ['आधार कार्ड', 'आधार', 'पैन कार्ड', 'आधार (संख्या|नंबर)', 'पैन (नंबर|संख्या)'],
};

/**
 * A text field named for a document asks for its number, unless its words ask for the document's date, expiry,
 * issue, validity, country, birth or place ("Ausstellungsdatum des Personalausweises"): the `not-a-number` group.
 * [language, the field's label, counts as an ID-number request]
 */
const NUMBER_OR_NOT: Array<[string, string, boolean]> = [
  ['de', 'Nummer Ihres Personalausweises', true],
  ['de', 'Personalausweisnummer', true],
  ['de', 'Ausstellungsdatum des Personalausweises', false],
  ['de', 'Personalausweis gültig bis', false],
  ['de', 'Reisepass: Ausstellende Behörde', false],
  ['it', "Numero della carta d'identità", true],
  ['it', "Carta d'identità", true],
  ['it', "Data di scadenza della carta d'identità", false],
  ['it', "Comune di rilascio della carta d'identità", false],
  ['it', 'Passaporto valido fino al', false],
  ['tr', 'Kimlik kartı numarası', true],
  ['tr', 'T.C. Kimlik No', true],
  ['tr', 'Kimlik kartı son geçerlilik tarihi', false],
  ['tr', 'Pasaport veriliş tarihi', false],
  ['tr', 'Nüfus cüzdanı doğum yeri', false],
  ['ru', 'Паспорт (серия и номер)', true],
  ['ru', 'Номер паспорта', true],
  ['ru', 'Дата выдачи паспорта', false],
  ['ru', 'Кем выдан паспорт', false],
  ['ru', 'Место рождения (как в паспорте)', false],
  ['ar', 'رقم بطاقة الهوية', true],
  ['ar', 'بطاقة الهوية', true],
  ['ar', 'تاريخ انتهاء بطاقة الهوية', false],
  ['ar', 'تاريخ إصدار جواز السفر', false],
  ['ar', 'مكان الميلاد كما في جواز السفر', false],
  ['en', 'Passport', true],
  ['en', 'Passport expiry date', false],
  ['en', 'ID card: date of issue', false],
  ['en', 'Passport issuing country', false],
  ['en', 'Passport valid until', false],
  ['nl', 'Identiteitskaart geldig tot', false],
  ['pl', 'Data ważności dowodu osobistego', false],
  ['uk', 'Дата видачі паспорта', false],
  ['he', 'תאריך הנפקת תעודת זהות', false],
  ['fa', 'تاریخ انقضای کارت ملی', false],
  ['ur', 'شناختی کارڈ کی تاریخ اجرا', false],
  ['bn', 'জাতীয় পরিচয়পত্র প্রদানের তারিখ', false],
  ['th', 'วันหมดอายุบัตรประชาชน', false],
  ['ms', 'Tarikh luput pasport', false],
  ['tl', 'Petsa ng pag-expire ng PhilSys ID', false],
  ['zh-Hans', '身份证有效期', false],
  ['ja', '在留カードの有効期限', false],
  ['es', 'Fecha de expedición del DNI', false],
  ['fr', "Date de délivrance de la carte d'identité", false],
  ['pt', 'Validade do passaporte', false],
  ['vi', 'Ngày cấp CCCD', false],
  ['hi', 'पासपोर्ट जारी करने की तिथि', false],
];

/** Whether a text field with this <label> (and a name that says nothing) counts as an ID-number field. */
function labelledFieldCounts(label: string): boolean {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body><form><label for="f">${label}</label><input id="f" name="f1" type="text"></form></body></html>`, 'text/html');
  return scanPage(doc).cues.some((c) => c.kind === 'id-number-field');
}

/**
 * A tax number is a person's ID number only when it is the person's: a company's (Turkish vergi kimlik numarası,
 * VKN; Russian ИНН организации) on an invoice form is another number (`other-number`), and so is an invoice's
 * "document number".
 * [language, the field's label, counts as an ID-number request]
 */
const TAX_NUMBERS: Array<[string, string, boolean]> = [
  ['tr', 'TCKN', true],
  ['tr', 'T.C. Kimlik No (TCKN)', true],
  ['tr', 'Vergi kimlik numarası', false],
  ['tr', 'VKN / Vergi dairesi', false],
  ['ru', 'Идентификационный номер налогоплательщика', true],
  ['ru', 'Идентификационный номер налогоплательщика организации', false],
  ['ru', 'ИНН организации', false],
  ['en', 'NRIC number', true],
  // "Document number" is an invoice's or a receipt's as often as an ID's: the invoice words say which.
  ['nl', 'Documentnummer (zie uw factuur)', false],
  ['nl', 'Documentnummer van uw identiteitsbewijs', true],
  ['it', 'Numero documento (fattura)', false],
  ['it', 'Numero documento di trasporto (DDT)', false],
  ['it', "Numero documento d'identità", true],
  ['es', 'Número de documento de la factura', false],
  ['es', 'Número de documento (DNI/NIE)', true],
];

describe('a tax number field asks for an ID only when the number is the person\'s', () => {
  it.each(TAX_NUMBERS)('%s: "%s" counts as an ID-number field: %s', (_lang, label, counts) => {
    expect(labelledFieldCounts(label), label).toBe(counts);
  });
});

describe('a text field named for a document asks for its number, not its date or place', () => {
  it.each(NUMBER_OR_NOT)('%s: "%s" counts as an ID-number field: %s', (_lang, label, counts) => {
    expect(labelledFieldCounts(label), label).toBe(counts);
  });

  it('every list says which words make a field a date or place', () => {
    for (const list of CUE_LISTS) {
      const words = list['not-a-number'];
      expect(Array.isArray(words) && words.length > 0, list.lang).toBe(true);
      for (const w of words as string[]) expect(() => new RegExp(w, 'u'), `${list.lang}: ${w}`).not.toThrow();
    }
  });
});

/**
 * Claim forms name the driver's licence (its date, its class) and ask for photos of the damage: the upload's own label
 * names something else (the `negative` group), so the form's licence words do not make it an ID upload.
 * [language, the licence field's label, the damage upload's label, an upload of the licence itself]
 */
const DAMAGE_CLAIMS: Array<[string, string, string, string]> = [
  ['en', 'Driving licence: date of issue', 'Photos of the damage', 'Photo of your driving licence'],
  ['de', 'Führerschein ausgestellt am', 'Fotos der Schäden am Fahrzeug', 'Foto Ihres Führerscheins'],
  ['ru', 'Водительское удостоверение: дата выдачи', 'Фото повреждений автомобиля', 'Фото водительского удостоверения'],
  ['it', 'Patente di guida: data di rilascio', 'Foto dei danni al veicolo', 'Foto della patente di guida'],
  ['fr', 'Permis de conduire : date de délivrance', 'Photos des dégâts', 'Photo de votre permis de conduire'],
  ['es', 'Licencia de conducir: fecha de expedición', 'Fotos de los daños', 'Foto de tu licencia de conducir'],
];

describe('a claim form that names the driving licence and asks for damage photos', () => {
  const page = (field: string, upload: string) =>
    new DOMParser().parseFromString(`<!doctype html><html><body><form><h2>Claim</h2><label for="d">${field}</label><input id="d" name="d1" type="text"><label for="u">${upload}</label><input id="u" name="u1" type="file" accept="image/*"></form></body></html>`, 'text/html');
  it.each(DAMAGE_CLAIMS)('%s: the damage upload is not an ID request; an upload of the licence is', (_lang, field, damage, licence) => {
    expect(assessRequest(scanPage(page(field, damage)).cues).strength, damage).not.toBe('strong');
    const asked = assessRequest(scanPage(page(field, licence)).cues);
    expect(asked.strength, licence).toBe('strong');
    expect(asked.asks).toContain('driving-licence');
  });
});

describe('document names are sourced like the registry', () => {
  const NAME_GROUPS = ['id-card', 'id-number'];
  const names = (list: CueList) => NAME_GROUPS.flatMap((g) => (Array.isArray(list[g]) ? (list[g] as string[]) : []));

  it.each(CUE_LISTS.map((l) => [l.lang, l] as const))('%s: every national document or number name has a source or is a common word', (_lang, list) => {
    const sources = list.sources ?? {};
    const common = list.common ?? [];
    const before = UNSOURCED_BEFORE_21[list.lang] ?? [];
    for (const name of names(list)) {
      expect(name in sources || common.includes(name) || before.includes(name), `${list.lang}: "${name}" needs a source (or, if it is a plain word of the language, an entry in "common")`).toBe(true);
    }
  });

  it('the names allowed without a source are still names in their lists, unsourced and not common (the list only shrinks)', () => {
    for (const [lang, before] of Object.entries(UNSOURCED_BEFORE_21)) {
      const list = CUE_LISTS.find((l) => l.lang === lang)!;
      for (const name of before) {
        expect(names(list), `${lang}: "${name}" is allow-listed but no longer in the list: drop it from UNSOURCED_BEFORE_21`).toContain(name);
        expect(name in (list.sources ?? {}) || (list.common ?? []).includes(name), `${lang}: "${name}" is sourced or common now: drop it from UNSOURCED_BEFORE_21`).toBe(false);
      }
    }
  });

  it.each(CUE_LISTS.filter((l) => (l.common ?? []).length).map((l) => [l.lang, l] as const))('%s: data/cue-common-why.json says why its common names need no source', (lang) => {
    const why = (COMMON_WHY as Record<string, string>)[lang];
    expect(typeof why === 'string' && why.length > 20, `${lang}: a reason in data/cue-common-why.json`).toBe(true);
  });

  it.each(CUE_LISTS.map((l) => [l.lang, l] as const))('%s: sources are https pages, and every sourced or common entry is a name in the list', (_lang, list) => {
    const sources = list.sources ?? {};
    const common = list.common ?? [];
    for (const [name, url] of Object.entries(sources)) {
      expect(names(list), `${list.lang}: source for "${name}", which is not an id-card or id-number entry`).toContain(name);
      expect(new URL(url).protocol, `${list.lang}: ${name}`).toBe('https:');
      expect(common, `${list.lang}: "${name}" is sourced and common at once`).not.toContain(name);
    }
    for (const name of common) expect(names(list), `${list.lang}: common "${name}" is not an id-card or id-number entry`).toContain(name);
  });
});

describe.each(LANGS)('%s fixture pages', (lang) => {
  it('KYC page: file inputs, camera capture, ID-number field and ID wording per document', () => {
    const doc = load(`${lang}/kyc.html`);
    expect(quickCheck(doc)).toBe(true);
    const { cues } = scanPage(doc);
    const kinds = new Set(cues.map((c) => c.kind));
    expect(kinds).toContain('file-input');
    expect(kinds).toContain('camera');
    expect(kinds).toContain('id-number-field');
    const docs = new Set(cues.filter((c) => c.kind === 'id-wording').map((c) => c.doc));
    for (const d of ['id-card-front-back', 'handheld-id', 'face-scan', 'passport', 'driving-licence'] as IdDocument[]) expect(docs, `${lang}: ${d}`).toContain(d);
    expect(cues.filter((c) => c.kind === 'id-wording').some((c) => c.lang === lang), `${lang} list matched`).toBe(true);
    const req = assessRequest(cues);
    expect(req.strength).toBe('strong');
    expect(req.asks[0]).toBe('handheld-id');
    expect(req.offer).toBe(false);
  });

  it('offer page: real-name-for-hire words with an off-platform contact', () => {
    const doc = load(`${lang}/offer.html`);
    expect(quickCheck(doc)).toBe(true);
    const { cues } = scanPage(doc);
    expect(cues.find((c) => c.kind === 'realname-offer')?.lang).toBe(lang);
    expect(cues.some((c) => c.kind === 'offplatform-contact')).toBe(true);
    const req = assessRequest(cues);
    expect(req.offer).toBe(true);
    expect(req.reasons.map((r) => r.code)).toContain('realname-offer');
    for (const r of req.reasons) for (const l of ['en', 'zh_CN', 'zh_TW'] as const) expect(say(r, l)).not.toBe(r.msg);
  });
});

describe('quiet pages', () => {
  for (const file of readdirSync(join(PAGES, 'quiet'))) {
    it(`${file} is not an ID request`, () => {
      const req = assessRequest(scanPage(load(`quiet/${file}`)).cues);
      expect(req.strength === 'strong' || req.offer, JSON.stringify(req)).toBe(false);
    });
  }
  it('a plain article has no hint at all (the content script stops after the first pass)', () => {
    const doc = new DOMParser().parseFromString(`<title>Cooking</title><h1>Rice</h1>${'<p>Boil water, add rice, wait.</p>'.repeat(500)}`, 'text/html');
    expect(quickCheck(doc)).toBe(false);
  });
});

/**
 * Per language: phrases as real pages write them, with the document each must be read as, and ordinary phrases that
 * must name no document at all (words that contain a document word, or another language's document word).
 */
const WORD_TABLE: Record<string, { finds: Array<[string, IdDocument]>; quiet: string[] }> = {
  ar: {
    finds: [
      ['الوجه الأمامي لبطاقة الهوية', 'id-card-front-back'],
      ['رقم الهوية الوطنية', 'id-number'],
      // Tatweel, a right-to-left mark and Arabic-keyboard letters: the same words.
      ['بطـــاقة\u200f الهويّة', 'id-card'],
      ['سيلفي مع الهوية', 'handheld-id'],
      ['رخصة القيادة', 'driving-licence'],
      ['التعرف على الوجه', 'face-scan'],
    ],
    quiet: ['رقم الطلب', 'أرفق الفاتورة', 'هوية بصرية للعلامة التجارية'],
  },
  he: {
    finds: [
      ['צד קדמי של תעודת הזהות', 'id-card-front-back'],
      ['מספר ת״ז', 'id-number'],
      ['מס׳ זהות', 'id-number'],
      ['סלפי עם תעודת הזהות', 'handheld-id'],
      ['צילום דרכון', 'passport'],
    ],
    quiet: ['מספר הזמנה', 'תמונת פרופיל', 'זהות מותג'],
  },
  fa: {
    finds: [
      // Typed on an Arabic keyboard (ك, ي) and with a half-space: the same words.
      ['كد ملي', 'id-number'],
      ['تصویر روی کارت\u200cملی', 'id-card-front-back'],
      ['سلفی با کارت ملی', 'handheld-id'],
      ['گواهینامه رانندگی', 'driving-licence'],
      ['تشخیص چهره', 'face-scan'],
    ],
    quiet: ['شماره سفارش', 'عکس پرسنلی', 'کارت هدیه'],
  },
  ur: {
    finds: [
      ['شناختی کارڈ کا اگلا حصہ', 'id-card-front-back'],
      ['شناختی کارڈ نمبر', 'id-number'],
      ['شناختی کارڈ کے ساتھ سیلفی', 'handheld-id'],
      ['چہرے کی شناخت', 'face-scan'],
    ],
    quiet: ['آرڈر نمبر', 'رزلٹ کارڈ', 'پروفائل تصویر'],
  },
  bn: {
    finds: [
      ['জাতীয় পরিচয়পত্রের সামনের অংশ', 'id-card-front-back'],
      // য় written as য + nukta.
      ['জাতীয় পরিচ\u09af\u09bcপত্র নম্বর', 'id-number'],
      ['পরিচয়পত্র হাতে সেলফি', 'handheld-id'],
      ['ড্রাইভিং লাইসেন্স', 'driving-licence'],
    ],
    quiet: ['অর্ডার নম্বর', 'প্রোফাইল ছবি', 'পরিচয় দিন'],
  },
  th: {
    finds: [
      ['ถ่ายรูปด้านหน้าบัตรประชาชน', 'id-card-front-back'],
      ['เลขประจำตัวประชาชน 13 หลัก', 'id-number'],
      ['เลขหลังบัตร', 'id-number'],
      ['เซลฟี่คู่บัตร', 'handheld-id'],
      ['สแกนใบหน้า', 'face-scan'],
    ],
    quiet: ['เลขที่คำสั่งซื้อ', 'แนบสลิป', 'บัตรของขวัญ'],
  },
  tl: {
    finds: [
      ['Harap at likod ng iyong ID', 'id-card-front-back'],
      ['PhilSys Card Number', 'id-number'],
      ['Kopya ng iyong PhilID', 'id-card'],
      ['Selfie habang hawak ang iyong ID', 'handheld-id'],
      ['Lisensya sa pagmamaneho', 'driving-licence'],
    ],
    // PSN is also the PlayStation Network: only "PhilSys number" names the PhilSys number.
    quiet: ['Numero ng order', 'Larawan ng produkto', 'Pumili ng kulay', 'PSN Card ₱500, ilagay ang iyong PSN ID'],
  },
  ms: {
    finds: [
      ['Gambar MyKad (muka hadapan)', 'id-card'],
      ['Swafoto sambil memegang MyKad', 'handheld-id'],
      ['Bahagian depan kad pengenalan', 'id-card-front-back'],
      ['No. Kad Pengenalan', 'id-number'],
      ['Swafoto sambil memegang kad pengenalan', 'handheld-id'],
      ['Lesen memandu', 'driving-licence'],
      ['Pengesahan wajah', 'face-scan'],
    ],
    quiet: ['Nombor pesanan', 'Gambar profil', 'Kad hadiah'],
  },
  en: {
    finds: [
      ['CNIC (13 digits, without dashes)', 'id-card'],
      ['Picture of your CNIC', 'id-card'],
      ['Take a selfie while holding your CNIC next to your face', 'handheld-id'],
      ['NIN (11 digits)', 'id-number'],
      ['NRIC number (e.g. S1234567D)', 'id-card'],
      ['Photo of your NRIC (front and back)', 'id-card'],
    ],
    quiet: ['Family picnic in the park', 'Technical support', 'Ninja blender, nine speeds', 'Enrich your garden', 'Nrich maths club'],
  },
  es: {
    finds: [
      ['Sube una foto de tu DNI por ambas caras', 'id-card'],
      ['DNI/NIE', 'id-card'],
      ['Número de DNI', 'id-number'],
      ['CURP', 'id-number'],
    ],
    quiet: ['Dostawa w 3 dni', 'Nie wiem'],
  },
  fr: {
    finds: [
      ['Photo de votre carte Vitale', 'id-card'],
      ["Photo de votre carte nationale d'identité (côté photo)", 'id-card'],
      ['Téléchargez votre carte de séjour', 'id-card'],
      ['Prenez un selfie en tenant votre carte sous le menton', 'handheld-id'],
      ['Numéro de sécurité sociale (NIR)', 'id-number'],
    ],
    quiet: ['Vitalité et bien-être', 'Numéro de commande'],
  },
  de: {
    finds: [
      ['Bitte laden Sie die Vorderseite Ihres Personalausweises hoch', 'id-card-front-back'],
      ['Personalausweis\u00adnummer', 'id-number'],
      ['Ihre Steuer-Identifikationsnummer (11 Ziffern)', 'id-number'],
      ['Steuerliche Identifikationsnummer', 'id-number'],
      ['IdNr (11 Ziffern, siehe Steuerbescheid)', 'id-number'],
      ['Selfie mit Ihrem Ausweis', 'handheld-id'],
      ['Führerscheinklasse B', 'driving-licence'],
      ['Fotoseite des Reisepasses', 'passport'],
      ['Video-Ident oder Gesichtserkennung', 'face-scan'],
    ],
    quiet: ['Passwort vergessen?', 'Kundennummer und Bestellnummer', 'Ausweichtermin vereinbaren', 'Passbild beim Fotografen', 'Kidnrw-Schulung (Kinder in NRW)'],
  },
  it: {
    finds: [
      ["Carica fronte e retro della carta d'identità", 'id-card-front-back'],
      ['Codice fiscale', 'id-number'],
      ['CARTA DI IDENTITÀ ELETTRONICA', 'id-card'],
      ['Selfie con la tua carta d’identità', 'handheld-id'],
      ['Patente di guida', 'driving-licence'],
    ],
    quiet: ['Una patente per la tua invenzione', 'numero d\'ordine', 'Fototessera in 5 minuti'],
  },
  nl: {
    finds: [
      ['Upload de voorkant van je identiteitsbewijs', 'id-card-front-back'],
      ['BSN', 'id-number'],
      ['Je BSN-nummer', 'id-number'],
      ['Kopie paspoort', 'passport'],
      ['Selfie met je ID-kaart', 'handheld-id'],
    ],
    quiet: ['Een abonnement met bonus', 'Klantnummer', 'Pasfoto laten maken'],
  },
  pl: {
    finds: [
      ['Zdjęcie przodu dowodu osobistego', 'id-card-front-back'],
      ['Numer PESEL', 'id-number'],
      ['Seria i numer dowodu osobistego', 'id-number'],
      ['Selfie z dowodem osobistym', 'handheld-id'],
      ['Prawo jazdy kat. B', 'driving-licence'],
      ['Weryfikacja tożsamości', 'proof-of-identity'],
    ],
    // Polish "nie" (no) and "dni" (days) are Spanish document names in capitals only.
    quiet: ['Nie wysyłamy paczek w weekendy, dostawa do 3 dni roboczych.', 'Numer zamówienia', 'Zdjęcie do legitymacji'],
  },
  tr: {
    finds: [
      ['T.C. KİMLİK NO', 'id-number'],
      ['TC Kimlik Numarası', 'id-number'],
      ['TCKN (11 haneli)', 'id-number'],
      ['TCKK ön yüz fotoğrafı', 'id-card'],
      ['Kimlik kartınızın ön yüzü', 'id-card-front-back'],
      ['NÜFUS CÜZDANI fotokopisi', 'id-card'],
      ['Sürücü belgesi (ehliyet)', 'driving-licence'],
      ['Yüz tanıma', 'face-scan'],
    ],
    quiet: ['Sipariş numarası', 'Vesikalık fotoğraf çekimi', 'Kargo takip numarası', 'Antckna ve atckk'],
  },
  ru: {
    finds: [
      ['Главный разворот паспорта', 'id-card-front-back'],
      ['Серия и номер паспорта', 'id-number'],
      ['Номер СНИЛС', 'id-number'],
      ['Идентификационный номер налогоплательщика', 'id-number'],
      ['Укажите идентификационный номер налогоплательщика (ИНН)', 'id-number'],
      ['Селфи с паспортом', 'handheld-id'],
      ['Водительское удостоверение', 'driving-licence'],
      ['Распознавание лица', 'face-scan'],
    ],
    quiet: ['Номер заказа и трек-номер', 'Фото на документы за 5 минут', 'Прикрепите чек'],
  },
  uk: {
    finds: [
      ['Лицьова сторона ID-картки', 'id-card-front-back'],
      ['РНОКПП', 'id-number'],
      ['Ідентифікаційний код', 'id-number'],
      ['Посвідчення водія', 'driving-licence'],
      ['Селфі з паспортом', 'handheld-id'],
    ],
    quiet: ['Номер замовлення', 'Фото на документи', 'Додайте скріншот'],
  },
};

describe.each(Object.keys(WORD_TABLE))('%s words', (lang) => {
  const { finds, quiet } = WORD_TABLE[lang];
  it.each(finds)('"%s" is read as %s', (text, doc) => {
    const found = findDocs(normalise(text));
    expect(found.map((d) => d.doc), text).toContain(doc);
    expect(found.find((d) => d.doc === doc)?.match.lang).toBe(lang);
  });
  it.each(quiet)('"%s" names no document', (text) => {
    expect(findDocs(normalise(text)).map((d) => `${d.doc}:${d.match.lang}:${d.match.text}`)).toEqual([]);
  });
});

/**
 * "Front and back" are any object's sides: a phone for sale, a car in a claim, a parcel. An upload of them is an ID's
 * sides only where its own words or its surroundings name an identity document or check.
 * [language, the upload's label, a heading that names an ID document]
 */
const SIDES: Array<[string, string, string]> = [
  ['en', 'Photos of the front and back of the phone', 'Verify your identity with your ID card'],
  ['en', 'Photo of the back side of the device', 'Upload your driving licence'],
  ['de', 'Fotos der Vorder- und Rückseite des Handys', 'Ihr Personalausweis'],
  ['nl', 'Foto van de voorkant en achterkant van het pakket', 'Uw identiteitsbewijs'],
  ['pl', 'Zdjęcie tylnej strony telefonu', 'Dowód osobisty'],
  ['it', 'Foto fronte e retro del telefono', "Carta d'identità"],
  ['tr', 'Ön ve arka yüz fotoğrafları (ürün)', 'Kimlik kartınız'],
  ['ar', 'صورة الوجه الخلفي للهاتف', 'بطاقة الهوية'],
  ['ms', 'Gambar bahagian belakang telefon', 'Kad pengenalan'],
  ['tl', 'Larawan ng harap at likod ng produkto', 'Kopya ng iyong PhilID'],
];

/** A form with one image upload and this <label>, under an <h2> when a heading is given. */
function uploadPage(label: string, heading = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body><form>${heading ? `<h2>${heading}</h2>` : ''}<label for="u">${label}</label><input id="u" type="file" name="photos" accept="image/*"></form></body></html>`, 'text/html');
}

describe('an upload of an object\'s front and back is not an ID request; under an ID heading it is', () => {
  const page = (heading: string, label: string) => uploadPage(label, heading);
  it.each(SIDES)('%s: "%s"', (_lang, label, heading) => {
    const alone = scanPage(page('', label)).cues;
    expect(alone.find((c) => c.kind === 'file-input')?.doc, label).toBeUndefined();
    expect(assessRequest(alone).strength, label).not.toBe('strong');
    const asked = scanPage(page(heading, label)).cues;
    expect(asked.find((c) => c.kind === 'file-input')?.doc, `${heading} / ${label}`).toBe('id-card-front-back');
    expect(assessRequest(asked).strength).toBe('strong');
  });
});

/**
 * Other documents share an ID's name: a pet's, a vehicle's or a product's "passport" (ПТС, паспорт изделия), a course
 * certificate (Persian گواهینامه alone), a brand's visual identity (Arabic الهوية البصرية). An upload of one is not an
 * ID request; the ID itself is. [language, an upload of the other document, an upload of the ID]
 */
const NOT_THE_ID: Array<[string, string, string]> = [
  ['en', 'Photo of your pet passport (vaccination page)', 'Photo of your passport (photo page)'],
  ['en', 'Upload your dog’s passport', 'Upload your passport'],
  ['fr', 'Photo du passeport pour animal de compagnie', 'Photo de votre passeport'],
  ['es', 'Foto del pasaporte de la mascota', 'Foto de tu pasaporte'],
  ['pt', 'Foto do passaporte do pet', 'Foto do seu passaporte'],
  ['it', 'Foto del passaporto per animali', 'Foto del tuo passaporto'],
  ['nl', 'Foto van het dierenpaspoort', 'Foto van uw paspoort'],
  ['pl', 'Zdjęcie paszportu dla zwierzęcia', 'Zdjęcie paszportu'],
  ['ru', 'Фото паспорта транспортного средства (ПТС)', 'Фото паспорта (разворот с фото)'],
  ['ru', 'Ветеринарный паспорт питомца', 'Скан паспорта'],
  ['uk', 'Фото паспорта транспортного засобу', 'Фото паспорта'],
  ['tr', 'Evcil hayvan pasaportu fotoğrafı', 'Pasaport fotoğrafı'],
  ['fa', 'تصویر گواهینامه دوره آموزشی', 'تصویر گواهینامه رانندگی'],
  ['fa', 'تصویر شناسنامه محصول', 'تصویر شناسنامه'],
  ['ar', 'صورة الهوية البصرية للشركة (الشعار)', 'صورة الهوية'],
  // German compounds name other licences (forklift, boat); Italian "patente europea del computer" is a computer skills
  // certificate; a Bengali student's identity card is a student card.
  ['de', 'Kopie Ihres Staplerführerscheins', 'Kopie Ihres Führerscheins'],
  ['de', 'Sportbootführerschein (Foto)', 'Führerschein (Foto)'],
  ['it', 'Allega la tua patente europea del computer (ECDL)', 'Allega la tua patente di guida'],
  ['bn', 'ছাত্র পরিচয়পত্রের ছবি', 'জাতীয় পরিচয়পত্রের ছবি'],
];

describe('an upload of another document that shares an ID\'s name is not an ID request; of the ID it is', () => {
  const upload = (label: string) => assessRequest(scanPage(uploadPage(label)).cues).strength;
  it.each(NOT_THE_ID)('%s: "%s" is not; "%s" is', (_lang, other, id) => {
    expect(upload(other), other).not.toBe('strong');
    expect(upload(id), id).toBe('strong');
  });
});

/**
 * A real-name-for-hire offer is a product sold without the ID (SIM cards, accounts, wallets "without ID/KYC"), not
 * any sentence with "without ID" in it: a club's "no entry without ID", a shop's "no return without proof of
 * purchase" (Polish dowód is both ID and receipt), a carrier's "lines registered in your name". Each row is a page
 * with the sentence and a WhatsApp number. [language, sentence, is an offer]
 */
const OFFER_OR_NOT: Array<[string, string, boolean]> = [
  ['de', 'Einlass ab 18 Jahren. Ohne Ausweis kein Einlass!', false],
  ['de', 'Verifizierte Konten ohne Ausweis, sofort nutzbar.', true],
  ['pl', 'Zwrot towaru bez dowodu zakupu nie jest możliwy.', false],
  ['pl', 'Konta bez weryfikacji – od ręki.', true],
  ['it', 'Non si accettano iscrizioni senza documenti.', false],
  ['it', 'Conti senza verifica, attivi subito.', true],
  ['nl', 'Geen toegang zonder legitimatie.', false],
  ['nl', 'Simkaarten zonder legitimatie, direct actief.', true],
  ['ru', 'Поездка в Беларусь без паспорта: что нужно знать.', false],
  ['ru', 'Кошельки без верификации, быстро.', true],
  ['uk', 'Перетин кордону без паспорта неможливий.', false],
  ['uk', 'Акаунти без верифікації, швидко.', true],
  ['ar', 'لا يمكن الدخول بدون هوية.', false],
  ['ar', 'حسابات بدون توثيق جاهزة.', true],
  ['he', 'אין כניסה ללא תעודת זהות.', false],
  ['he', 'חשבונות ללא אימות, זמינים מיד.', true],
  ['tr', 'Adınıza kayıtlı hat sayısını e-Devlet üzerinden sorgulayabilirsiniz.', false],
  ['tr', 'Aktif SIM kartınızı cihaza takın ve açın.', false],
  ['tr', 'Satılık kayıtlı hat, aynı gün teslim.', true],
  ['th', 'ขายซิมเติมเงินทุกเครือข่าย ราคาถูก', false],
  ['th', 'ขายบัญชีม้า พร้อมใช้งาน', true],
];

describe('a real-name-for-hire offer sells something without the ID; "without ID" alone is not one', () => {
  it.each(OFFER_OR_NOT)('%s: "%s" with a WhatsApp number is an offer: %s', (_lang, sentence, offer) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><html><body><main><h1>${sentence}</h1><p>${sentence}</p><p>WhatsApp: +49 176 1234567</p></main></body></html>`, 'text/html');
    expect(assessRequest(scanPage(doc).cues).offer, sentence).toBe(offer);
  });
});

/**
 * Document names added after issue 21's first lists, each with a government or carrier source: a kit that names only
 * that document must be read as asking for it, and an ordinary page that names it outside any request must not.
 */
const NAMED_PAGES: Array<{ name: string; lang: string; kyc: string; asks: IdDocument; quiet: string }> = [
  { name: 'MyKad', lang: 'ms', kyc: 'ms/kyc-mykad.html', asks: 'id-card', quiet: 'quiet/ms-clinic-mykad.html' },
  { name: 'IdNr', lang: 'de', kyc: 'de/kyc-idnr.html', asks: 'id-number', quiet: 'quiet/de-steuer-belege.html' },
  { name: 'CNIC', lang: 'en', kyc: 'en/kyc-cnic.html', asks: 'id-card', quiet: 'quiet/en-cnic-courier.html' },
  { name: "carte nationale d'identité", lang: 'fr', kyc: 'fr/kyc-cni.html', asks: 'id-card', quiet: 'quiet/fr-vide-grenier.html' },
  { name: 'NIN', lang: 'en', kyc: 'en/kyc-nin.html', asks: 'id-number', quiet: 'quiet/en-nin-returns.html' },
  // Urdu pages write the CNIC in Latin letters inside Urdu text: the English list's word reads it there too.
  { name: 'CNIC', lang: 'en', kyc: 'ur/kyc-cnic.html', asks: 'id-card', quiet: 'quiet/ur-cake-order.html' },
  { name: 'Emirates ID', lang: 'en', kyc: 'en/kyc-emirates-id.html', asks: 'id-card', quiet: 'quiet/en-uae-lost-found.html' },
  { name: 'Steuer-ID', lang: 'de', kyc: 'de/kyc-steuer-id.html', asks: 'id-number', quiet: 'quiet/de-steuer-belege.html' },
  { name: 'TCKN', lang: 'tr', kyc: 'tr/kyc-tckn.html', asks: 'id-number', quiet: 'quiet/tr-foto-yarismasi.html' },
  { name: 'TCKK', lang: 'tr', kyc: 'tr/kyc-tckk.html', asks: 'id-card', quiet: 'quiet/tr-foto-yarismasi.html' },
  { name: 'идентификационный номер налогоплательщика', lang: 'ru', kyc: 'ru/kyc-inn.html', asks: 'id-number', quiet: 'quiet/ru-nalog-vychet.html' },
  { name: 'NRIC', lang: 'en', kyc: 'en/kyc-nric.html', asks: 'id-card', quiet: 'quiet/en-sg-gym-signup.html' },
];

describe.each(NAMED_PAGES)('$name ($kyc)', ({ name, lang, kyc, asks, quiet }) => {
  it(`a kit naming only the ${name} asks for it`, () => {
    const doc = load(kyc);
    expect(quickCheck(doc)).toBe(true);
    const { cues } = scanPage(doc);
    const named = cues.filter((c) => c.kind === 'id-wording' && c.lang === lang && c.doc === asks);
    expect(named.length, `${kyc}: ${asks} read from the ${name}`).toBeGreaterThan(0);
    const req = assessRequest(cues);
    expect(req.strength).toBe('strong');
    expect(req.asks).toContain(asks);
  });
  it(`an ordinary page that names the ${name} outside any request is not one`, () => {
    const doc = load(quiet);
    expect(normalise(doc.body.textContent ?? ''), `${quiet} names the ${name}`).toContain(normalise(name));
    expect(findDocs(normalise(name)).find((d) => d.doc === asks)?.match.lang, `"${name}" alone is read as ${asks}`).toBe(lang);
    const { cues } = scanPage(doc);
    expect(cues.some((c) => c.kind === 'file-input'), `${quiet}: has an upload`).toBe(true);
    const req = assessRequest(cues);
    expect(req.strength === 'strong' || req.offer, JSON.stringify(req)).toBe(false);
  });
});

describe('a page whose only request names the Steuer-ID', () => {
  it('starts the full scan (de hint) and its field is an ID-number request', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html lang="de"><body><h1>Erstattung</h1><form><label for="s">Ihre Steuer-ID</label><input id="s" name="a1" type="text"></form></body></html>', 'text/html');
    expect(quickCheck(doc)).toBe(true);
    expect(scanPage(doc).cues.some((c) => c.kind === 'id-number-field' && c.lang === 'de')).toBe(true);
  });
});

describe('the new languages fixture pages that must stay quiet', () => {
  it.each(NEW_LANGS)('%s has a tempting ordinary page (ID words and an upload) that is not an ID request', (lang) => {
    const files = readdirSync(join(PAGES, 'quiet')).filter((f) => f.startsWith(`${lang}-`));
    expect(files.length, lang).toBeGreaterThan(0);
    for (const f of files) {
      const doc = load(`quiet/${f}`);
      const { cues } = scanPage(doc);
      expect(cues.some((c) => c.kind === 'file-input'), `${f}: has an upload`).toBe(true);
      // The page names a document in its language (in a footer, a warning or advice the scanner may set aside).
      expect(findDocs(normalise(doc.body.textContent ?? '')).some((d) => d.match.lang === lang), `${f}: names a document in ${lang}`).toBe(true);
      const req = assessRequest(cues);
      expect(req.strength === 'strong' || req.offer, `${f}: ${JSON.stringify(req)}`).toBe(false);
    }
  });
});
