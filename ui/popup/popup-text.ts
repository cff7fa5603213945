// The messages (public/_locales) that name the popup's categories, card types, levels and card-type answers. A
// record per type, so a new category or card type without a message is a type error.
import type { BrowseGroupId, CardTypeId } from '../lookup';
import type { Category } from '../../core/registry-types';
import type { Level, MessageKey } from '../../core/types';

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
  membership: 'browseMembership',
  campus: 'browseCampus',
  'anti-fraud': 'browseAntiFraud',
};

/** Where the real-name step of each card type is really done (ui/popup/card-answer.tsx). */
export const CARD_STEPS: Record<CardTypeId, MessageKey[]> = {
  sim: ['cardStepSimOnline', 'cardStepSimCounter', 'cardStepSimReregister'],
  'bank-card': ['cardStepBankCard'],
  transit: ['cardStepTransit'],
  eid: ['cardStepEid'],
  'social-security': ['cardStepSocialSecurity'],
  membership: ['cardStepMembership'],
  campus: ['cardStepCampus'],
};

/** What a legitimate issuer never does, whatever the card. */
export const CARD_NEVER: MessageKey[] = ['cardNeverOtherSite', 'cardNeverChat', 'cardNeverPay'];

/** Level words: the card never relies on colour alone. */
export const LEVEL_KEYS: Record<Level, MessageKey> = {
  official: 'levelOfficial',
  none: 'levelNone',
  caution: 'levelCaution',
  danger: 'levelDanger',
};
