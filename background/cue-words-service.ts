// Hands the compiled cue word patterns to content scripts (lib/scan/cue-lists.ts). The lists stay out of the
// content-script bundle; a page fetches them only when its cheap first pass saw a hint.
import { buildCuePatterns } from '../lib/scan/cue-lists';
import { handle } from './messenger';

export function startCueWordsService(): void {
  handle('get-cue-patterns', () => buildCuePatterns());
}
