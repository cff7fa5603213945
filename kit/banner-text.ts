// Words of the banner and the upload guard, in every UI language (a missing translation is a type error).
// Short on purpose: the banner is read by people who are not technical, often on a phone-sized window.
import type { LocalText } from '../core/types';

export const T = {
  titleDanger: {
    en: 'Stop: this page may be collecting your identity documents for fraud',
    zh_CN: '请停一下：这个页面可能在骗取您的身份证件',
    zh_TW: '請停一下：這個頁面可能在騙取您的身分證件',
  },
  titleCaution: {
    en: 'Careful: this site is not an official channel for identity checks',
    zh_CN: '请注意：这个网站不是办理实名认证的官方渠道',
    zh_TW: '請注意：這個網站不是辦理實名認證的官方管道',
  },
  asks: { en: 'This page asks for:', zh_CN: '此页面要求提供：', zh_TW: '此頁面要求提供：' },
  why: { en: 'Why this is risky here:', zh_CN: '为什么有风险：', zh_TW: '為什麼有風險：' },
  instead: { en: 'Do this instead:', zh_CN: '请改用：', zh_TW: '請改用：' },
  goOfficial: { en: 'Official site of {org}', zh_CN: '{org}官方网站', zh_TW: '{org}官方網站' },
  goRealName: { en: '{org} identity check (official)', zh_CN: '{org}官方实名认证', zh_TW: '{org}官方實名認證' },
  call: { en: 'Call {org}: {tel}', zh_CN: '致电{org}：{tel}', zh_TW: '致電{org}：{tel}' },
  reportTo: { en: 'Report fraud: {org}', zh_CN: '举报诈骗：{org}', zh_TW: '檢舉詐騙：{org}' },
  leave: { en: 'Leave this page', zh_CN: '离开此页面', zh_TW: '離開此頁面' },
  report: { en: 'Report', zh_CN: '举报', zh_TW: '檢舉' },
  details: { en: 'Details', zh_CN: '详情', zh_TW: '詳情' },
  trust: { en: 'I trust this site', zh_CN: '我信任此网站', zh_TW: '我信任此網站' },
  dismiss: { en: 'Hide on this page', zh_CN: '在此页面隐藏', zh_TW: '在此頁面隱藏' },
  region: { en: 'ID Guard warning', zh_CN: '证件卫士警告', zh_TW: '證件衛士警告' },
  // The compact caution bar: the level, one reason, the official channel, Details (expands in place) and Hide.
  levelCaution: { en: 'Caution', zh_CN: '请注意', zh_TW: '請注意' },
  hide: { en: 'Hide', zh_CN: '隐藏', zh_TW: '隱藏' },
  /** In the expanded caution bar, where "Details" already names the expander: the popup's view in a tab. */
  openInIdGuard: { en: 'Open in ID Guard', zh_CN: '在证件卫士中查看', zh_TW: '在證件衛士中查看' },
  // Upload guard.
  askFile: {
    en: 'Send a file to {site}?',
    zh_CN: '要把文件发送给 {site} 吗？',
    zh_TW: '要把檔案傳送給 {site} 嗎？',
  },
  askCamera: {
    en: 'Let {site} use your camera?',
    zh_CN: '要让 {site} 使用您的摄像头吗？',
    zh_TW: '要讓 {site} 使用您的相機嗎？',
  },
  askBody: {
    en: '{site} is not an official channel. Photos of your ID or face can be used to open phone numbers and accounts in your name.',
    zh_CN: '{site} 不是官方渠道。您的证件照或人脸照片可能被用来以您的名义开通电话卡和账户。',
    zh_TW: '{site} 不是官方管道。您的證件照或人臉照片可能被用來以您的名義開通門號和帳戶。',
  },
  askNumber: {
    en: 'Send your ID number to {site}?',
    zh_CN: '要把您的身份证号码发送给 {site} 吗？',
    zh_TW: '要把您的身分證號碼傳送給 {site} 嗎？',
  },
  askNumberBody: {
    en: '{site} is not an official channel. Your ID number can be used to open phone numbers and accounts in your name.',
    zh_CN: '{site} 不是官方渠道。您的身份证号码可能被用来以您的名义开通电话卡和账户。',
    zh_TW: '{site} 不是官方管道。您的身分證號碼可能被用來以您的名義開通門號和帳戶。',
  },
  askOfficial: { en: 'Use {org} instead:', zh_CN: '请改用{org}：', zh_TW: '請改用{org}：' },
  cancel: { en: 'Cancel, send nothing', zh_CN: '取消，不发送', zh_TW: '取消，不傳送' },
  proceed: { en: 'Continue anyway', zh_CN: '仍要继续', zh_TW: '仍要繼續' },
  dropAgain: {
    en: 'Allowed for this page. Drop the file again to send it.',
    zh_CN: '已允许此页面。请再次拖入文件以发送。',
    zh_TW: '已允許此頁面。請再次拖入檔案以傳送。',
  },
} satisfies Record<string, LocalText>;

/** Fills `{name}` slots; a slot with no value is left visible so a missing value shows in tests, not as "undefined". */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
