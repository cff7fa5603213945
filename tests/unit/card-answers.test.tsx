// The popup's card-type answers ("how do I real-name my card, safely?"): for all seven card types, in every region
// that has a registry file (and every region of an entry), in every UI language, rendered as the popup renders
// them, with links only to registry domains.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../build/build-registry-index';
import { REGISTRY_DIR, loadRegistry } from '../../build/registry-load';
import { CARD_TYPES, isHomeRegion, searchRegistry } from '../../ui/lookup';
import { cardAnswer, cardOfQuery } from '../../ui/card-answers';
import { CardAnswerView } from '../../ui/popup/card-answer';
import type { Lang } from '../../core/types';

const index = buildSearchIndex();
const registryDomains = [...new Set(loadRegistry().flatMap((e) => e.domains))];
/** Regions with a registry file (cn.json → CN, eu.json → EU) and every region an entry names (eu.json's DE, FR…). */
const REGIONS = [
  ...new Set([
    ...readdirSync(REGISTRY_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, '').toUpperCase()),
    ...index.entries.map((e) => e.region),
  ]),
].sort();
const LANGS: Lang[] = ['en', 'zh_CN', 'zh_TW'];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const onRegistryDomain = (host: string) => registryDomains.some((d) => host === d || host.endsWith(`.${d}`));

describe('card-type answers', () => {
  it('cover the seven card types of the seed article', () => {
    expect(CARD_TYPES.map((c) => c.id)).toEqual(['sim', 'bank-card', 'transit', 'eid', 'social-security', 'membership', 'campus']);
    expect(REGIONS.length).toBeGreaterThanOrEqual(13);
  });

  it.each(REGIONS)('region %s: every card type answered in every language, links only to registry domains', (region) => {
    for (const card of CARD_TYPES) {
      const answer = cardAnswer(index, card.id, region);
      const categories: readonly string[] = card.categories;
      for (const e of answer.issuers) {
        expect(isHomeRegion(e.region, region), `${e.id} in ${region}`).toBe(true);
        expect(categories, e.id).toContain(e.category);
      }
      // Issuers with the real-name page come first.
      const withPage = answer.issuers.map((e) => Boolean(e.realName));
      expect(withPage, card.id).toEqual([...withPage].sort((a, b) => Number(b) - Number(a)));
      for (const lang of LANGS) {
        render(<CardAnswerView answer={answer} lang={lang} />, root);
        const view = root.querySelector('[data-testid="card-answer"]')!;
        const where = `${region} ${card.id} ${lang}`;
        expect(view.getAttribute('data-card'), where).toBe(card.id);
        expect(text(view.querySelector('h3')).length, where).toBeGreaterThan(1);
        const steps = [...view.querySelectorAll('.card-steps li')].map(text);
        expect(steps.length, where).toBeGreaterThan(0);
        for (const s of steps) expect(s.length, where).toBeGreaterThan(10);
        expect([...view.querySelectorAll('.card-never li')].map(text).filter((t) => t.length > 10), where).toHaveLength(3);
        // Membership and campus cards: only the shop's or school's own app or counter, no list of issuers.
        if (categories.length === 0) {
          expect(view.querySelector('.card-issuers, .card-no-issuer'), where).toBeNull();
        } else {
          expect(view.querySelectorAll('.card-issuers .channel').length, where).toBe(answer.issuers.length);
          expect(Boolean(view.querySelector('.card-no-issuer')), where).toBe(answer.issuers.length === 0);
        }
        for (const a of view.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          const url = new URL(a.getAttribute('href')!);
          if (url.protocol === 'tel:') continue;
          expect(url.protocol, where).toBe('https:');
          expect(onRegistryDomain(url.hostname), `${where}: ${url.hostname}`).toBe(true);
        }
      }
    }
  });

  it('SIM in mainland China: the carriers with their real-name links, 一证通查 and the anti-fraud centre', () => {
    const answer = cardAnswer(index, 'sim', 'CN');
    expect(answer.issuers.map((e) => e.id)).toEqual(expect.arrayContaining(['cn-china-mobile', 'cn-china-unicom', 'cn-china-telecom']));
    expect(answer.numbersCheck?.id).toBe('cn-caict-yizhengtongcha');
    expect(answer.antiFraud?.id).toBe('cn-national-anti-fraud-center');
    render(<CardAnswerView answer={answer} lang="zh_CN" />, root);
    const view = root.querySelector('[data-testid="card-answer"]')!;
    expect(text(view.querySelector('.card-steps'))).toContain('营业厅');
    expect(text(view.querySelector('.card-never'))).toContain('代实名');
    expect(view.querySelector('.card-help [data-entry-id="cn-caict-yizhengtongcha"]')).not.toBeNull();
    const realNameLinks = answer.issuers.filter((e) => e.realName).length;
    expect(view.querySelectorAll('.card-issuers a[data-link="real-name"]').length).toBe(realNameLinks);
  });

  it('a region with no issuer of the card says where to look instead, and still gives the report channel', () => {
    const answer = cardAnswer(index, 'transit', 'US');
    expect(answer.issuers.filter((e) => e.category === 'transit')).toEqual([]);
    render(<CardAnswerView answer={answer} lang="en" />, root);
    expect(text(root.querySelector('.card-no-issuer'))).toContain('printed on your card');
    expect(root.querySelector('.card-help .channel')!.getAttribute('data-entry-id')).toMatch(/^us-/);
  });

  it('no region (browser without one): the generic answer, no one else’s issuers', () => {
    const answer = cardAnswer(index, 'sim', undefined);
    expect(answer.issuers).toEqual([]);
    expect(answer.numbersCheck).toBeUndefined();
  });
});

describe('a query that names a card type gets its answer, for the query’s region', () => {
  it.each([
    ['电子身份证', 'US', 'eid', 'CN'],
    ['電子身份證', 'US', 'eid', 'TW'],
    ['我要补卡', 'US', 'sim', 'CN'],
    ['kartu SIM', 'US', 'sim', 'ID'],
    ['campus card', 'GB', 'campus', 'GB'],
    ['会员卡', 'US', 'membership', 'CN'],
    ['학생증', 'US', 'campus', 'KR'],
    ['social security card', 'US', 'social-security', 'US'],
  ])('%s (browser %s) → %s in %s', (q, browser, card, region) => {
    const opts = { lang: 'en', region: browser } as const;
    expect(cardOfQuery(q, searchRegistry(q, index, opts), index, opts)).toEqual({ card, region });
  });

  it('names and half-typed words are not card questions', () => {
    const opts = { lang: 'en', region: 'US' } as const;
    for (const q of ['China Mobile', 'T-Mobile', 'ban', '10086', 'Verizn', '']) expect(cardOfQuery(q, searchRegistry(q, index, opts), index, opts), q).toBeUndefined();
  });
});
