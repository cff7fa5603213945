// Classifier: turns the scanner's cues into an IdRequest (page content only; the domain is the judge's business).
// STUB — implemented by the page-scanner work (issue 3).
import type { Cue, IdRequest } from '../types';

export function assessRequest(cues: Cue[], opts: { strict?: boolean } = {}): IdRequest {
  void opts;
  return { strength: cues.length ? 'weak' : 'none', asks: [], offer: false, reasons: [] };
}
