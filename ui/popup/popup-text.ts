// The messages (public/_locales) that name the popup's categories, card types and levels. A record per type, so a
// new category or card type without a message is a type error.
import type { BrowseGroupId } from '../lookup';
import type { Category } from '../../core/registry-types';
import type { Level, MessageKey } from '../../core/types';

export { REGION_KEYS } from '../../core/lang';

export const CATEGORY_KEYS: Record<Category, MessageKey> = {
  carrier: 'categoryCarrier',
  agency: 'categoryAgency',
  bank: 'categoryBank',
  'card-issuer': 'categoryCardIssuer',
  transit: 'categoryTransit',
  eid: 'categoryEid',
  'social-security': 'categorySocialSecurity',
  'anti-fraud': 'categoryAntiFraud',
  'numbers-check': 'categoryNumbersCheck',
  payment: 'categoryPayment',
  rail: 'categoryRail',
};

export const BROWSE_GROUP_KEYS: Record<BrowseGroupId, MessageKey> = {
  sim: 'browseSim',
  'bank-card': 'browseBankCard',
  transit: 'browseTransit',
  eid: 'browseEid',
  'social-security': 'browseSocialSecurity',
  'anti-fraud': 'browseAntiFraud',
};

/** Level words: the card never relies on colour alone. */
export const LEVEL_KEYS: Record<Level, MessageKey> = {
  official: 'levelOfficial',
  none: 'levelNone',
  caution: 'levelCaution',
  danger: 'levelDanger',
};
