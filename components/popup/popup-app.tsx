// The popup: the current site's verdict on top, the official-channel lookup below.
import { useEffect, useState } from 'preact/hooks';
import type { RegistryIndex } from '../../lib/registry-index';
import type { Lang, Verdict } from '../../lib/types';
import { LookupPanel } from './lookup-panel';
import { SiteCard, type SiteState } from './site-card';

export interface PopupProps {
  index: RegistryIndex;
  lang: Lang;
  region: string | undefined;
  /** Resolves to the active tab's verdict (null: nothing to say); rejects when the background cannot answer. */
  loadVerdict: () => Promise<Verdict | null>;
}

export function PopupApp({ index, lang, region, loadVerdict }: PopupProps) {
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
      <LookupPanel index={index} lang={lang} region={region} />
    </main>
  );
}
