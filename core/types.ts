// Shared vocabulary (see ../shared/DESIGN.md "Words"): ID request, cue, site verdict, level,
// official channel, registry. Every part of the extension speaks these types.
import type { IdNumberKind } from './id-numbers';

/** What a person sees. `official` and `none` show nothing in the page. */
export type Level = 'official' | 'none' | 'caution' | 'danger';

/** What the background says about a domain, from the sender's URL only. */
export type SiteKind = 'official' | 'government' | 'lookalike' | 'unknown';

/** The UI languages we ship: the folders of public/_locales (tests/unit/locales.test.ts checks they match). */
export type Lang = 'en' | 'zh_CN' | 'zh_TW' | 'ja' | 'ko' | 'es' | 'pt_BR' | 'fr' | 'id' | 'ms' | 'vi' | 'th' | 'hi' | 'fil';

/**
 * The name of a message in public/_locales/<locale>/messages.json (English is the reference). Every string a person
 * reads comes from there, through the browser's own i18n, in the browser's language.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * An organisation's names as the registry gives them: Simplified and Traditional Chinese and English always, a
 * local name for another UI language where the registry has one (core/lang.ts orgName picks).
 */
export type OrgNames = { en: string; zh_CN: string; zh_TW: string } & Partial<Record<Lang, string>>;

/**
 * A value for a message's placeholder, rendered in the reader's language where it is shown: plain text (a domain,
 * a field label, the page's own words), an organisation (its name in the reader's language), a list of documents
 * (their names, joined the reader's way), a region (ISO 3166-1 code, or EU) or another message (a phrase).
 */
export type MessageArg = string | { org: OrgNames } | { docs: IdDocument[] } | { region: string } | { msg: MessageKey };

/** Text to show, as a message and its arguments: the background says what, the page or popup says it in its language. */
export interface UiText {
  msg: MessageKey;
  args?: MessageArg[];
}

/** The identity documents (or equivalents) a page can ask for. */
export type IdDocument =
  | 'id-card' // an ID card photo, side unspecified
  | 'id-card-front-back' // 正反面 / 人像面 + 国徽面
  | 'handheld-id' // selfie holding the ID / 手持身份证
  | 'face-scan' // selfie, liveness, 刷脸 / 人脸识别
  | 'passport'
  | 'driving-licence'
  | 'id-number' // 身份证号, SSN, HKID, Aadhaar, …
  | 'proof-of-identity' // generic "proof of identity", KYC documents
  | 'real-name'; // 实名认证 wording with no specific document

/** One kind of thing the scanner saw. */
export type CueKind =
  | 'file-input' // <input type=file>, visible or hidden, in any frame or shadow root
  | 'drop-zone' // an element that invites dropping files with no input of its own
  | 'camera' // getUserMedia (from the MAIN-world watcher) or <input capture>
  | 'id-number-field' // a text field for an ID number
  | 'typed-id-number' // a field where the person typed or pasted a valid national ID number (kind only, never the number)
  | 'id-wording' // words tying the page to identity documents
  | 'realname-offer' // 代实名 / 免实名 / "registered SIM for sale" …
  | 'offplatform-contact'; // t.me, wa.me, "TG @handle", 微信, QQ

export interface Cue {
  kind: CueKind;
  /** Which document the cue is about, when the scanner could tell. */
  doc?: IdDocument;
  /** Short evidence (≤ 80 chars) that a person can read, e.g. the matched words or field label. */
  evidence?: string;
  /** Language of the word list that matched, for wording cues. */
  lang?: string;
  /**
   * A control (file input, drop zone, camera) whose own label names something that is not an identity
   * document (avatar, CV, receipt, review photo…): ID wording elsewhere on the page does not tie it to an ID.
   */
  unrelated?: boolean;
  /** typed-id-number: which kinds of national ID number the field's value is (core/id-numbers.ts). */
  idKinds?: IdNumberKind[];
  /**
   * The request element's own label as the page shows it ("身份证人像面", "Front of your ID card"), sanitised and
   * ≤ 60 characters: reasons name the field. Only on control and ID-number-field cues.
   */
  label?: string;
}

/** How strongly the page content (not the domain) asks for identity documents. */
export type RequestStrength = 'none' | 'weak' | 'strong';

/** What the content script sends to the background when (and only when) a page has cues. */
export interface PageSignals {
  cues: Cue[];
  /** Title, headings, logo alt text and text near the request, bounded, for brand matching. */
  brandText: string;
  /** Errors caught while scanning a hostile page. */
  errors: number;
}

/** Where a person should go instead. */
export interface OfficialChannelRef {
  id: string;
  name: string; // in the UI language of whoever formatted it; scan CLI uses English
  url: string;
}

/** A reason a person can read (a message and its arguments), with a stable code for tests and de-duplication. */
export interface Reason extends UiText {
  code: string;
}

/** The background's answer for one page. */
export interface Verdict {
  level: Level;
  site: SiteKind;
  /** Registrable domain (eTLD+1) of the sender, IDN-decoded to Unicode. */
  domain: string;
  host: string;
  /** What the page asks for (from cues). */
  asks: IdDocument[];
  reasons: Reason[];
  /** Registry entry the site belongs to (site === 'official'), or the one it impersonates. */
  org: { id: string; names: OrgNames } | null;
  /** The official channel to show instead (warned pages) or the org's own (official pages). */
  official: RegistryLinkSet | null;
  /** The region's "numbers in your name" check and fraud-report channel, when known. */
  regionHelp: RegistryLinkSet[];
  /** The person hid the banner on this page (options can undo it): the badge still warns, the page shows nothing. */
  dismissed?: boolean;
  /**
   * The only cue is an ID number the person typed, on a well-known site (booking a train, flight or hotel takes
   * one): the badge warns, the page shows nothing.
   */
  badgeOnly?: boolean;
}

/** Links of one registry entry, ready to render. */
export interface RegistryLinkSet {
  id: string;
  names: OrgNames;
  website: string;
  realName?: string;
  report?: string;
  hotlines: string[];
}

/** The classifier's reading of the cues (page content only, no domain): core/id-request.ts. */
export interface IdRequest {
  strength: RequestStrength;
  /** What the page asks for, most specific first. */
  asks: IdDocument[];
  /** A real-name-for-hire offer with an off-platform contact (danger on any non-official site). */
  offer: boolean;
  reasons: Reason[];
}
