// The intents ("实名", "kartu SIM", "report fraud" → where that is done), from data/intents.json. Imported by the
// popup's registry chunk (ui/popup/popup-registry.ts) and build-time code, not by the popup's first script: the words
// of fourteen languages are needed only once the person types.
import intentsData from '../data/intents.json' with { type: 'json' };
import type { Intent } from './lookup';

export const INTENTS = intentsData as Intent[];
