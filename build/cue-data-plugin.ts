// Vite plugin: the cue word lists (data/cues/<lang>.json) as the page kit needs them. Each list also carries what
// only the build and the tests read (`sources` for review, `common`, the first pass's `hint` words, which
// build/hint-words-plugin.ts turns into virtual:hint-words); the bundle keeps the language, its word-boundary rule
// and the groups the scanner matches with (scan/cue-words.ts GROUPS), and adds the list's anchors
// per group (build/cue-anchors.ts), with which the kit runs a group's RegExp only on texts that may match it.
import type { Plugin } from 'vite';
import { GROUPS, type CueList } from '../scan/cue-words';
import { listAnchors } from './cue-anchors';

const CUE_FILE = /[\\/]data[\\/]cues[\\/][^\\/]+\.json$/;
const KEPT = new Set<string>(['lang', 'boundary', ...GROUPS]);

/** A cue list file's text with only what the scanner reads at run time. */
export function runtimeCueJson(json: string): string {
  const list = JSON.parse(json) as CueList;
  const kept = Object.fromEntries(Object.entries(list).filter(([key]) => KEPT.has(key)));
  return JSON.stringify({ ...kept, anchors: listAnchors(list) });
}

export function cueDataPlugin(): Plugin {
  return {
    name: 'id-guard-cue-data',
    // Before Vite's own JSON plugin turns the file into a module.
    enforce: 'pre',
    transform: (code, id) => (CUE_FILE.test(id.split('?')[0]) ? { code: runtimeCueJson(code), map: null } : undefined),
  };
}
