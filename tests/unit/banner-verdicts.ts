// Hand-made verdicts for the banner's unit tests, shaped like the judge's answers for real scam pages.
import type { RegistryLinkSet, Verdict } from '../../core/types';

const CHINA_MOBILE: RegistryLinkSet = {
  id: 'cn-china-mobile',
  names: { zh_CN: '中国移动', zh_TW: '中國移動', en: 'China Mobile' },
  website: 'https://www.10086.cn/',
  hotlines: ['10086'],
};
const CN_HELP: RegistryLinkSet[] = [
  {
    id: 'cn-caict-yizhengtongcha',
    names: { zh_CN: '全国移动电话卡“一证通查”', zh_TW: '全國移動電話卡「一證通查」', en: 'CAICT One-ID Phone Card Check' },
    website: 'https://getsimnum.caict.ac.cn/',
    hotlines: [],
  },
  {
    id: 'cn-12321',
    names: { zh_CN: '12321网络不良与垃圾信息举报受理中心', zh_TW: '12321網絡不良與垃圾信息舉報受理中心', en: '12321 Reporting Center' },
    website: 'https://www.12321.cn/',
    report: 'https://www.12321.cn/',
    hotlines: ['12321'],
  },
];

export const DANGER_10086: Verdict = {
  level: 'danger',
  site: 'unknown',
  domain: '10086-smrz.top',
  host: '10086-smrz.top',
  asks: ['id-card-front-back', 'handheld-id'],
  reasons: [
    {
      code: 'impersonation',
      text: {
        en: "This site is not China Mobile's; China Mobile's official site is 10086.cn.",
        zh_CN: '此网站不是中国移动的；中国移动的官方网站是 10086.cn。',
        zh_TW: '此網站不是中國移動的；中國移動的官方網站是 10086.cn。',
      },
    },
  ],
  org: { id: CHINA_MOBILE.id, names: CHINA_MOBILE.names },
  official: CHINA_MOBILE,
  regionHelp: CN_HELP,
};

export const CAUTION_UNKNOWN: Verdict = {
  level: 'caution',
  site: 'unknown',
  domain: 'quick-kyc.example',
  host: 'www.quick-kyc.example',
  asks: ['id-card'],
  reasons: [
    {
      code: 'not-official',
      text: { en: 'This site is not an official agency.', zh_CN: '此网站不是官方机构。', zh_TW: '此網站不是官方機構。' },
    },
  ],
  org: null,
  official: null,
  regionHelp: [],
};

export const QUIET: Verdict = { ...CAUTION_UNKNOWN, level: 'none', asks: [], reasons: [] };
