// The cue word lists as bundled data (data/cues/<lang>.json). Imported by the page kit (page-kit.js, loaded only
// on pages whose first pass saw a hint), which bundles only what the scanner matches with
// (build/cue-data-plugin.ts), and by Node callers, which see every field — never by sensor.js, the content script
// every page runs. In the kit rather than sent by the background: a message would cost the page a round trip and
// deserialising the lists in its world.
import ar from '../data/cues/ar.json';
import bn from '../data/cues/bn.json';
import de from '../data/cues/de.json';
import en from '../data/cues/en.json';
import es from '../data/cues/es.json';
import fa from '../data/cues/fa.json';
import fr from '../data/cues/fr.json';
import he from '../data/cues/he.json';
import hi from '../data/cues/hi.json';
import id from '../data/cues/id.json';
import it from '../data/cues/it.json';
import ja from '../data/cues/ja.json';
import ko from '../data/cues/ko.json';
import ms from '../data/cues/ms.json';
import nl from '../data/cues/nl.json';
import pl from '../data/cues/pl.json';
import pt from '../data/cues/pt.json';
import ru from '../data/cues/ru.json';
import th from '../data/cues/th.json';
import tl from '../data/cues/tl.json';
import tr from '../data/cues/tr.json';
import uk from '../data/cues/uk.json';
import ur from '../data/cues/ur.json';
import vi from '../data/cues/vi.json';
import zhHans from '../data/cues/zh-Hans.json';
import zhHant from '../data/cues/zh-Hant.json';
import { useCueLists, type CueList } from './cue-words';

export const CUE_LISTS: CueList[] = [en, zhHans, zhHant, ja, ko, es, pt, fr, id, vi, hi, de, it, nl, pl, tr, ru, uk, ar, he, fa, ur, bn, th, tl, ms] as CueList[];

/** Installs the bundled lists so scanPage() can run: the page kit as it loads, Node scripts and unit tests. */
export function useBundledCueWords(): void {
  useCueLists(CUE_LISTS);
}
