// What each kind of national ID number is called (a message in public/_locales), for the reason a person reads when
// they typed one into a site that is not official (core/id-request.ts). The background's words: never in the page kit.
import type { IdNumberKind } from './id-numbers';
import type { MessageKey, Reason } from './types';

export const ID_NUMBER_NAMES: Record<IdNumberKind, MessageKey> = {
  'cn-ric': 'idNumberCnRic',
  'hk-id': 'idNumberHkId',
  'tw-id': 'idNumberTwId',
  'sg-nric': 'idNumberSgNric',
  'in-pan': 'idNumberInPan',
  'kr-rrn': 'idNumberKrRrn',
  'th-id': 'idNumberThId',
  'id-nik': 'idNumberIdNik',
  'br-cpf': 'idNumberBrCpf',
  'in-aadhaar': 'idNumberInAadhaar',
  'jp-mynumber': 'idNumberJpMyNumber',
  'vn-cccd': 'idNumberVnCccd',
  'my-nric': 'idNumberMyNric',
  'mo-bir': 'idNumberMoBir',
  'ph-psn': 'idNumberPhPsn',
  'us-ssn': 'idNumberUsSsn',
};

/**
 * "You entered a Chinese resident ID number in a field labelled '会员编号' on a site that is not an official
 * carrier or agency." A number that fits two formats (12 digits can be an Aadhaar and a My Number) is named by the
 * first, the one the page's region made likelier. `label` is the field's own label as the page shows it (Cue.label:
 * sanitised, ≤ 60 characters), possibly empty.
 */
export function typedNumberReason(kinds: IdNumberKind[], label: string): Reason {
  const kind = kinds.find((k) => ID_NUMBER_NAMES[k]);
  const name = kind ? { msg: ID_NUMBER_NAMES[kind] } : { msg: 'idNumberAny' as MessageKey };
  const l = label.trim();
  return l
    ? { code: 'typed-id-number', msg: 'reasonTypedNumber', args: [name, l] }
    : { code: 'typed-id-number', msg: 'reasonTypedNumberNoLabel', args: [name] };
}
