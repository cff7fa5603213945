// The page kit (content/page-kit-api.ts): everything only a page with ID cues needs, loaded by the content script
// after its first pass saw a cue. Built by WXT as page-kit.js, the extension's one web-accessible resource.
import { showPageWarning } from '../kit/page-warning';
import { registerPageKit } from '../content/page-kit-api';
import { useBundledCueWords } from '../scan/cue-lists';
import { scanPage } from '../kit/page-scan';
import { readCues } from '../core/request-strength';
import { typedIdCue } from '../kit/typed-number';

export default defineUnlistedScript(() => {
  // The kit is loaded only to scan: its word lists are installed once, as every other host of the scanner does.
  useBundledCueWords();
  registerPageKit({ scanPage, readCues, showPageWarning, typedIdCue });
});
