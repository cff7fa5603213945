// One official channel (a registry entry, or the verdict's link set): its name in the UI language, category and
// region, and real links a person can follow — website, real-name page, app, hotline, fraud report.
import type { RegistryApp } from '../../core/registry-types';
import type { Category } from '../../core/registry-types';
import type { Lang, RegistryLinkSet } from '../../core/types';
import { pick } from '../i18n';
import { CATEGORY_LABELS, REGION_LABELS, T } from './popup-text';

export type Channel = RegistryLinkSet & { apps?: RegistryApp[]; category?: Category; region?: string };

/** Only https links are rendered as links: the registry is validated, but a link is the one thing we hand over. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "0300 123 2040" → "tel:03001232040"; keeps a leading + for international numbers. */
export function telHref(hotline: string): string {
  const digits = hotline.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return `tel:${digits}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

export function ChannelLinks({ channel, lang }: { channel: Channel; lang: Lang }) {
  const website = safeHttpsUrl(channel.website);
  const realName = safeHttpsUrl(channel.realName);
  const report = safeHttpsUrl(channel.report);
  const newTab = <span class="sr-only"> {pick(T.newTab, lang)}</span>;
  return (
    <ul class="channel-links">
      {website && (
        <li>
          <a href={website} {...NEW_TAB} data-link="website">
            {pick(T.website, lang)} <span class="link-host">{hostOf(website)}</span>
            {newTab}
          </a>
        </li>
      )}
      {realName && (
        <li>
          <a href={realName} {...NEW_TAB} data-link="real-name">
            {pick(T.realName, lang)}
            {newTab}
          </a>
        </li>
      )}
      {(channel.apps ?? []).map((app) => {
        const url = safeHttpsUrl(app.url);
        return (
          <li key={app.name}>
            {url ? (
              <a href={url} {...NEW_TAB} data-link="app">
                {pick(T.app, lang)}: {app.name}
                {newTab}
              </a>
            ) : (
              <span data-link="app">
                {pick(T.app, lang)}: {app.name}
              </span>
            )}
          </li>
        );
      })}
      {channel.hotlines.map((h) => (
        <li key={h}>
          <a href={telHref(h)} {...NEW_TAB} data-link="hotline">
            {pick(T.hotline, lang)} {h}
          </a>
        </li>
      ))}
      {report && (
        <li>
          <a href={report} {...NEW_TAB} data-link="report">
            {pick(T.report, lang)}
            {newTab}
          </a>
        </li>
      )}
    </ul>
  );
}

export function ChannelCard({ channel, lang, headingLevel = 3 }: { channel: Channel; lang: Lang; headingLevel?: 3 | 4 | 5 }) {
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3]!;
  const region = channel.region ? REGION_LABELS[channel.region] : undefined;
  return (
    <article class="channel" data-entry-id={channel.id}>
      <Heading class="channel-name">{pick(channel.names, lang)}</Heading>
      {(channel.category || region) && (
        <p class="channel-meta">
          {channel.category && <span class="tag">{pick(CATEGORY_LABELS[channel.category], lang)}</span>}
          {region && <span class="tag tag-region">{pick(region, lang)}</span>}
        </p>
      )}
      <ChannelLinks channel={channel} lang={lang} />
    </article>
  );
}
