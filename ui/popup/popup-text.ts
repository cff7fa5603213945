// Every string the popup shows, in every UI language (a missing translation is a type error).
import type { BrowseGroupId, CardTypeId } from '../lookup';
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
  MY: { en: 'Malaysia', zh_CN: '马来西亚', zh_TW: '馬來西亞' },
  ID: { en: 'Indonesia', zh_CN: '印度尼西亚', zh_TW: '印尼' },
  PH: { en: 'Philippines', zh_CN: '菲律宾', zh_TW: '菲律賓' },
  TH: { en: 'Thailand', zh_CN: '泰国', zh_TW: '泰國' },
  VN: { en: 'Vietnam', zh_CN: '越南', zh_TW: '越南' },
  BR: { en: 'Brazil', zh_CN: '巴西', zh_TW: '巴西' },
};

export const BROWSE_GROUP_LABELS: Record<BrowseGroupId, LocalText> = {
  sim: { en: 'SIM cards', zh_CN: '手机卡', zh_TW: '手機門號' },
  'bank-card': { en: 'Bank cards', zh_CN: '银行卡', zh_TW: '銀行卡' },
  transit: { en: 'Transit cards', zh_CN: '交通卡', zh_TW: '交通卡' },
  eid: { en: 'Electronic ID', zh_CN: '电子身份证', zh_TW: '電子身分證' },
  'social-security': { en: 'Social-security cards', zh_CN: '社保卡', zh_TW: '社保卡' },
  membership: { en: 'Membership cards', zh_CN: '会员卡', zh_TW: '會員卡' },
  campus: { en: 'Campus cards', zh_CN: '校园卡', zh_TW: '校園卡' },
  'anti-fraud': { en: 'Anti-fraud', zh_CN: '反诈骗', zh_TW: '反詐騙' },
};

/** Where the real-name step of each card type is really done (ui/popup/card-answer.tsx). */
export const CARD_STEPS: Record<CardTypeId, LocalText[]> = {
  sim: [
    {
      en: 'Online: only in your carrier’s own app or on its own website. Type the address yourself.',
      zh_CN: '线上：只在运营商自己的官方App或官网办理，网址请自己输入。',
      zh_TW: '線上：只在電信業者自己的官方App或官網辦理，網址請自行輸入。',
    },
    {
      en: 'At the counter: in the carrier’s own shop, with your original ID; it is checked in front of you.',
      zh_CN: '线下：带身份证原件到运营商自有营业厅，当面核验。',
      zh_TW: '臨櫃：攜帶身分證正本到電信業者的直營門市，當面核驗。',
    },
    {
      en: 'Re-registration: open the carrier’s app or site yourself, or go to its shop. Never follow a link sent by SMS, a call or a chat.',
      zh_CN: '补登记：自己打开运营商App或官网，或去营业厅办理。不要点短信、电话或聊天里发来的链接。',
      zh_TW: '補登記：自行開啟電信業者App或官網，或到門市辦理。不要點簡訊、電話或聊天中傳來的連結。',
    },
  ],
  'bank-card': [
    {
      en: 'At the bank’s own branch, or in its own app when you open the account. The bank’s hotline is on the back of your card.',
      zh_CN: '在银行自己的网点，或开户时在银行官方App办理。银行客服热线印在卡的背面。',
      zh_TW: '在銀行自己的分行，或開戶時在銀行官方App辦理。銀行客服專線印在卡片背面。',
    },
  ],
  transit: [
    {
      en: 'In the card issuer’s own app or website, or at a station’s service counter.',
      zh_CN: '在交通卡发卡机构的官方App、官网，或车站服务台办理。',
      zh_TW: '在票卡發行機構的官方App、官網，或車站服務台辦理。',
    },
  ],
  eid: [
    {
      en: 'Only in the government’s own app or website. Type the address yourself or install the app from the official store.',
      zh_CN: '只在政府官方App或官网办理。网址请自己输入，App请从官方应用商店安装。',
      zh_TW: '只在政府官方App或官網辦理。網址請自行輸入，App請從官方應用程式商店安裝。',
    },
  ],
  'social-security': [
    {
      en: 'At the social-security office’s own website, app or counter, or at the bank branch that issued your card.',
      zh_CN: '在社保经办机构的官网、官方App或服务窗口，或发卡银行的网点办理。',
      zh_TW: '在社會保險主管機關的官網、官方App或服務櫃台，或發卡銀行的分行辦理。',
    },
  ],
  membership: [
    {
      en: 'Only in the shop’s own app or at its counter. A membership card never needs photos of your ID card.',
      zh_CN: '只在商家自己的App或门店柜台办理。会员卡不需要身份证照片。',
      zh_TW: '只在商家自己的App或門市櫃台辦理。會員卡不需要身分證照片。',
    },
  ],
  campus: [
    {
      en: 'Only in your school’s own system or at its card office. If unsure, ask the school directly.',
      zh_CN: '只在学校自己的系统或校园卡服务中心办理。不确定时，直接问学校。',
      zh_TW: '只在學校自己的系統或校園卡服務中心辦理。不確定時，直接詢問學校。',
    },
  ],
};

/** What a legitimate issuer never does, whatever the card. */
export const CARD_NEVER: LocalText[] = [
  {
    en: 'ask you to upload your ID on another site, or through a link sent to you',
    zh_CN: '让您在其他网站、或通过别人发来的链接上传证件',
    zh_TW: '要您在其他網站、或透過別人傳來的連結上傳證件',
  },
  {
    en: 'ask for ID photos or a face video over a chat app (WeChat, WhatsApp, Telegram, LINE…)',
    zh_CN: '通过聊天软件（微信、QQ、Telegram等）索要证件照片或人脸视频',
    zh_TW: '透過聊天軟體（LINE、微信、Telegram等）索取證件照片或人臉影片',
  },
  {
    en: 'ask you to pay someone to do it for you, or sell a card already registered in someone else’s name',
    zh_CN: '让您付钱找人“代实名”，或出售已用他人身份实名的卡',
    zh_TW: '要您付錢找人「代辦實名」，或出售已用他人身分實名的卡',
  },
];

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
  cardWhere: { en: 'Where to do it', zh_CN: '在哪里办理', zh_TW: '在哪裡辦理' },
  cardNever: { en: 'A real issuer never will', zh_CN: '正规机构绝不会', zh_TW: '正規機構絕不會' },
  cardNoIssuer: {
    en: 'ID Guard lists no issuer of this card for your region yet: use the app, website or hotline printed on your card.',
    zh_CN: '证件卫士尚未收录您所在地区的发卡机构：请使用卡上印的App、网址或热线。',
    zh_TW: '證件衛士尚未收錄您所在地區的發卡機構：請使用卡片上印的App、網址或專線。',
  },
} satisfies Record<string, LocalText>;
