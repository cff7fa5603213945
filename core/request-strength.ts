// The core of the classifier without its reason texts, so the content script can tell "nothing to send"
// without bundling three languages of reasons (core/id-request.ts adds those).
import type { Cue, RequestStrength } from './types';

const CONTROL_KINDS = new Set<Cue['kind']>(['file-input', 'drop-zone', 'camera']);

export interface CueReading {
  /** Before strict mode: strong / weak / none, as documented in id-request.ts. */
  strength: RequestStrength;
  /**
   * Controls tied to an ID by their own context (the cue's doc). A camera opened by script (getUserMedia) has no
   * field of its own: the page's ID wording ties it.
   */
  tied: Cue[];
  numberField: boolean;
  /** Fields holding a national ID number the person typed or pasted: the number itself is the request. */
  typed: Cue[];
  offer: boolean;
}

export function readCues(cues: Cue[]): CueReading {
  const wording = cues.some((c) => c.kind === 'id-wording');
  const tied = cues.filter((c) => CONTROL_KINDS.has(c.kind) && (c.doc || (c.kind === 'camera' && !c.unrelated && wording)));
  const numberField = cues.some((c) => c.kind === 'id-number-field');
  const typed = cues.filter((c) => c.kind === 'typed-id-number');
  const offer = cues.some((c) => c.kind === 'realname-offer') && cues.some((c) => c.kind === 'offplatform-contact');
  const strength: RequestStrength = tied.length || numberField || typed.length ? 'strong' : wording ? 'weak' : 'none';
  return { strength, tied, numberField, typed, offer };
}
