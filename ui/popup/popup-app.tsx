// The popup: the current site's verdict on top, the official-channel lookup below.
import { useEffect, useState } from 'preact/hooks';
import type { RegionHelpSource, SearchIndex } from '../lookup';
import type { Lang, Verdict } from '../../core/types';
import { LookupPanel } from './lookup-panel';
import { SiteCard, type SiteState } from './site-card';

export interface PopupProps {
  /** The registry index, or a promise of it (see LookupPanel). */
  index: SearchIndex | Promise<SearchIndex>;
  /** What the empty-query region help chooses from before the index is in (see LookupPanel). */
  help?: RegionHelpSource;
  lang: Lang;
  region: string | undefined;
  /** Resolves to the active tab's verdict (null: nothing to say); rejects when the background cannot answer. */
  loadVerdict: () => Promise<Verdict | null>;
}

export function PopupApp({ index, help, lang, region, loadVerdict }: PopupProps) {
  const [site, setSite] = useState<SiteState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadVerdict().then(
      (verdict) => live && setSite({ status: 'ready', verdict }),
      () => live && setSite({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [loadVerdict]);
  return (
    <main class="popup">
      <SiteCard state={site} lang={lang} />
      <LookupPanel index={index} help={help} lang={lang} region={region} />
    </main>
  );
}
