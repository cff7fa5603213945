// The whole registry index for the popup's search and browse, with the intents and the Han script tables the search
// reads a query's region from (ui/lookup.ts queryRegion), as a module of its own: entrypoints/popup/main.tsx imports it
// dynamically, so it loads in a chunk (chunks/popup-registry-*.js) after the first view instead of in front of it.
import index from 'virtual:registry-index';
import hanScripts from 'virtual:han-scripts';
import { INTENTS } from '../intents';
import type { SearchIndex } from '../lookup';

const searchIndex: SearchIndex = { ...index, intents: INTENTS, hanScripts };
export default searchIndex;
