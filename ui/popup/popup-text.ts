// Every string the popup shows, in every UI language (a missing translation is a type error).
import type { BrowseGroupId } from '../lookup';
import type { Category } from '../../core/registry-types';
import type { Level, LocalText } from '../../core/types';

export const CATEGORY_LABELS: Record<Category, LocalText> = {
  carrier: { en: 'Mobile carrier', zh_CN: '电信运营商', zh_TW: '電信業者' },
  agency: { en: 'Government', zh_CN: '政府部门', zh_TW: '政府機關' },
  bank: { en: 'Bank', zh_CN: '银行', zh_TW: '銀行' },
  'card-issuer': { en: 'Card network', zh_CN: '银行卡组织', zh_TW: '信用卡組織' },
  transit: { en: 'Transit card', zh_CN: '交通卡', zh_TW: '交通卡' },
  eid: { en: 'Electronic ID', zh_CN: '电子身份认证', zh_TW: '電子身分認證' },
  'social-security': { en: 'Social security', zh_CN: '社会保障', zh_TW: '社會保障' },
  'anti-fraud': { en: 'Anti-fraud', zh_CN: '反诈骗', zh_TW: '反詐騙' },
  'numbers-check': { en: 'Numbers in your name', zh_CN: '名下号码查询', zh_TW: '名下門號查詢' },
  payment: { en: 'Payments', zh_CN: '支付', zh_TW: '支付' },
  rail: { en: 'Railway', zh_CN: '铁路', zh_TW: '鐵路' },
};

/** Regions of the registry (ISO 3166-1 alpha-2, plus EU). tests/unit/popup-labels.test.tsx checks each has one. */
export const REGION_LABELS: Record<string, LocalText> = {
  CN: { en: 'Mainland China', zh_CN: '中国大陆', zh_TW: '中國大陸' },
  HK: { en: 'Hong Kong', zh_CN: '中国香港', zh_TW: '香港' },
  MO: { en: 'Macao', zh_CN: '中国澳门', zh_TW: '澳門' },
  TW: { en: 'Taiwan', zh_CN: '中国台湾', zh_TW: '台灣' },
  SG: { en: 'Singapore', zh_CN: '新加坡', zh_TW: '新加坡' },
  JP: { en: 'Japan', zh_CN: '日本', zh_TW: '日本' },
  KR: { en: 'South Korea', zh_CN: '韩国', zh_TW: '韓國' },
  IN: { en: 'India', zh_CN: '印度', zh_TW: '印度' },
  US: { en: 'United States', zh_CN: '美国', zh_TW: '美國' },
  GB: { en: 'United Kingdom', zh_CN: '英国', zh_TW: '英國' },
  CA: { en: 'Canada', zh_CN: '加拿大', zh_TW: '加拿大' },
  AU: { en: 'Australia', zh_CN: '澳大利亚', zh_TW: '澳洲' },
  EU: { en: 'European Union', zh_CN: '欧盟', zh_TW: '歐盟' },
  BE: { en: 'Belgium', zh_CN: '比利时', zh_TW: '比利時' },
  DE: { en: 'Germany', zh_CN: '德国', zh_TW: '德國' },
  ES: { en: 'Spain', zh_CN: '西班牙', zh_TW: '西班牙' },
  FR: { en: 'France', zh_CN: '法国', zh_TW: '法國' },
  IT: { en: 'Italy', zh_CN: '意大利', zh_TW: '義大利' },
  NL: { en: 'Netherlands', zh_CN: '荷兰', zh_TW: '荷蘭' },
};

export const BROWSE_GROUP_LABELS: Record<BrowseGroupId, LocalText> = {
  sim: { en: 'SIM cards', zh_CN: '手机卡', zh_TW: '手機門號' },
  'bank-card': { en: 'Bank cards', zh_CN: '银行卡', zh_TW: '銀行卡' },
  transit: { en: 'Transit cards', zh_CN: '交通卡', zh_TW: '交通卡' },
  eid: { en: 'Electronic ID', zh_CN: '电子身份证', zh_TW: '電子身分證' },
  'social-security': { en: 'Social-security cards', zh_CN: '社保卡', zh_TW: '社保卡' },
  'anti-fraud': { en: 'Anti-fraud', zh_CN: '反诈骗', zh_TW: '反詐騙' },
};

/** Level words: the card never relies on colour alone. */
export const LEVEL_TITLES: Record<Level, LocalText> = {
  official: { en: 'Official site', zh_CN: '官方网站', zh_TW: '官方網站' },
  none: { en: 'No ID request seen on this page', zh_CN: '此页面未要求提供证件', zh_TW: '此頁面未要求提供證件' },
  caution: { en: 'Caution: not an official site', zh_CN: '注意：这不是官方网站', zh_TW: '注意：這不是官方網站' },
  danger: { en: 'Danger: likely a scam', zh_CN: '危险：很可能是诈骗', zh_TW: '危險：很可能是詐騙' },
};

export const T = {
  siteHeading: { en: 'This site', zh_CN: '当前网站', zh_TW: '目前網站' },
  checking: { en: 'Checking this page…', zh_CN: '正在检查此页面…', zh_TW: '正在檢查此頁面…' },
  noVerdict: { en: 'No ID request seen on this page', zh_CN: '此页面未要求提供证件', zh_TW: '此頁面未要求提供證件' },
  noVerdictDetail: {
    en: 'ID Guard looks at pages that ask for ID card photos, a face scan or your ID number, and warns you when the site is not official.',
    zh_CN: '当网页要求上传身份证照片、人脸识别或填写身份证号时，证件卫士会检查该网站是否为官方网站，并在不是时提醒您。',
    zh_TW: '當網頁要求上傳身分證照片、人臉辨識或填寫身分證號時，證件衛士會檢查該網站是否為官方網站，並在不是時提醒您。',
  },
  verdictError: {
    en: 'Could not read this tab. Reload the page and open ID Guard again.',
    zh_CN: '无法读取此标签页。请刷新页面后再打开证件卫士。',
    zh_TW: '無法讀取此分頁。請重新整理頁面後再開啟證件衛士。',
  },
  officialOf: { en: 'Official site of', zh_CN: '官方网站：', zh_TW: '官方網站：' },
  noneDetail: {
    en: 'This site is not in ID Guard’s list of official channels. Only give ID documents on the official site or app.',
    zh_CN: '此网站不在证件卫士的官方渠道名单中。只在官方网站或官方App提交证件。',
    zh_TW: '此網站不在證件衛士的官方管道名單中。只在官方網站或官方App提交證件。',
  },
  useInstead: { en: 'Use the official channel instead', zh_CN: '请改用官方渠道', zh_TW: '請改用官方管道' },
  regionHelp: { en: 'Check and report', zh_CN: '查询与举报', zh_TW: '查詢與檢舉' },
  lookupHeading: { en: 'Find the official channel', zh_CN: '查找官方渠道', zh_TW: '查詢官方管道' },
  searchLabel: {
    en: 'Search by name, hotline, website or what you need (e.g. “replace SIM”)',
    zh_CN: '按名称、拼音、热线、网址或需求搜索（如“补卡”）',
    zh_TW: '按名稱、熱線、網址或需求搜尋（如「補卡」）',
  },
  searchPlaceholder: { en: 'China Mobile, 10086, report fraud…', zh_CN: '中国移动、yidong、10086、实名…', zh_TW: '中華電信、165、實名…' },
  results: { en: 'results', zh_CN: '个结果', zh_TW: '個結果' },
  noResults: {
    en: 'Nothing found. Try the organisation’s name, its hotline or its website.',
    zh_CN: '没有找到。试试机构名称、热线号码或网址。',
    zh_TW: '沒有找到。試試機構名稱、熱線號碼或網址。',
  },
  browseHeading: { en: 'Browse by card type', zh_CN: '按卡证类型浏览', zh_TW: '按卡證類型瀏覽' },
  inYourRegion: { en: 'For your region', zh_CN: '您所在地区', zh_TW: '您所在地區' },
  website: { en: 'Official website', zh_CN: '官方网站', zh_TW: '官方網站' },
  realName: { en: 'Real-name / ID verification', zh_CN: '实名认证 / 身份核验', zh_TW: '實名認證 / 身分核驗' },
  app: { en: 'App', zh_CN: 'App', zh_TW: 'App' },
  hotline: { en: 'Hotline', zh_CN: '热线', zh_TW: '熱線' },
  report: { en: 'Report fraud', zh_CN: '举报诈骗', zh_TW: '檢舉詐騙' },
  newTab: { en: '(opens in a new tab)', zh_CN: '（在新标签页打开）', zh_TW: '（在新分頁開啟）' },
} satisfies Record<string, LocalText>;
