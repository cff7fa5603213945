// What each kind of national ID number is called, in every UI language, for the reason a person reads when they
// typed one into a site that is not official (core/id-request.ts). The background's words: never in the page kit.
import type { IdNumberKind } from './id-numbers';
import type { LocalText, Reason } from './types';

export const ID_NUMBER_NAMES: Record<IdNumberKind, LocalText> = {
  'cn-ric': { en: 'a Chinese resident ID number', zh_CN: '中国居民身份证号码', zh_TW: '中國居民身分證號碼' },
  'hk-id': { en: 'a Hong Kong identity card number', zh_CN: '香港身份证号码', zh_TW: '香港身分證號碼' },
  'tw-id': { en: 'a Taiwan national ID number', zh_CN: '台湾身份证字号', zh_TW: '臺灣身分證字號' },
  'sg-nric': { en: 'a Singapore NRIC or FIN number', zh_CN: '新加坡身份证（NRIC/FIN）号码', zh_TW: '新加坡身分證（NRIC/FIN）號碼' },
  'in-pan': { en: 'an Indian PAN', zh_CN: '印度永久账户号码（PAN）', zh_TW: '印度永久帳戶號碼（PAN）' },
  'kr-rrn': { en: 'a Korean resident registration number', zh_CN: '韩国居民登录号码', zh_TW: '韓國居民登錄號碼' },
  'th-id': { en: 'a Thai national ID number', zh_CN: '泰国身份证号码', zh_TW: '泰國身分證號碼' },
  'id-nik': { en: 'an Indonesian NIK', zh_CN: '印度尼西亚居民身份号码（NIK）', zh_TW: '印尼居民身分號碼（NIK）' },
  'br-cpf': { en: 'a Brazilian CPF number', zh_CN: '巴西 CPF 号码', zh_TW: '巴西 CPF 號碼' },
  'in-aadhaar': { en: 'an Aadhaar number', zh_CN: '印度 Aadhaar 号码', zh_TW: '印度 Aadhaar 號碼' },
  'jp-mynumber': { en: 'a Japanese My Number', zh_CN: '日本个人编号（My Number）', zh_TW: '日本個人番號（My Number）' },
  'vn-cccd': { en: 'a Vietnamese citizen ID (CCCD) number', zh_CN: '越南公民身份证（CCCD）号码', zh_TW: '越南公民身分證（CCCD）號碼' },
  'my-nric': { en: 'a Malaysian MyKad number', zh_CN: '马来西亚身份证（MyKad）号码', zh_TW: '馬來西亞身分證（MyKad）號碼' },
  'mo-bir': { en: 'a Macau resident ID number', zh_CN: '澳门居民身份证号码', zh_TW: '澳門居民身分證號碼' },
  'ph-psn': { en: 'a PhilSys number', zh_CN: '菲律宾 PhilSys 号码', zh_TW: '菲律賓 PhilSys 號碼' },
  'us-ssn': { en: 'a US Social Security number', zh_CN: '美国社会安全号码', zh_TW: '美國社會安全號碼' },
};

/**
 * "You entered a Chinese resident ID number in a field labelled '会员编号' on a site that is not an official
 * carrier or agency." A number that fits two formats (12 digits can be an Aadhaar and a My Number) names both.
 * `label` is the field's own label as the page shows it (Cue.label: sanitised, ≤ 60 characters), possibly empty.
 */
export function typedNumberReason(kinds: IdNumberKind[], label: string): Reason {
  const names = (lang: keyof LocalText, or: string) =>
    kinds
      .filter((k) => ID_NUMBER_NAMES[k])
      .slice(0, 2)
      .map((k) => ID_NUMBER_NAMES[k][lang])
      .join(or);
  const l = label.trim();
  return {
    code: 'typed-id-number',
    ...(l ? { label: l } : {}),
    text: {
      en: `You entered ${names('en', ' or ')} ${l ? `in a field labelled "${l}"` : 'in a field with no label'} on a site that is not an official carrier or agency.`,
      zh_CN: `你在${l ? `标为“${l}”的栏位` : '一个没有标签的栏位'}中输入了${names('zh_CN', '或')}，而此网站不是运营商或政府机构的官方网站。`,
      zh_TW: `你在${l ? `標示為「${l}」的欄位` : '一個沒有標籤的欄位'}中輸入了${names('zh_TW', '或')}，而此網站不是電信商或政府機關的官方網站。`,
    },
  };
}
