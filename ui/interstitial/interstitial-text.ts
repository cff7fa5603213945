// Words of the extension's warning page (entrypoints/interstitial), in every UI language.
import type { LocalText } from '../../core/types';

export const IT = {
  title: {
    en: 'ID Guard stopped this page',
    zh_CN: '证件卫士拦下了这个页面',
    zh_TW: '證件衛士攔下了這個頁面',
  },
  tried: {
    en: '{site} tried to hide ID Guard’s warning.',
    zh_CN: '{site} 试图隐藏证件卫士的警告。',
    zh_TW: '{site} 試圖隱藏證件衛士的警告。',
  },
  why: {
    en: 'A page that hides a warning about your identity documents is very likely a scam. Do not send it photos of your ID, your face or your ID number.',
    zh_CN: '隐藏身份证件风险警告的页面极有可能是诈骗。请不要向它发送证件照片、人脸照片或身份证号码。',
    zh_TW: '隱藏身分證件風險警告的頁面極有可能是詐騙。請不要向它傳送證件照片、人臉照片或身分證號碼。',
  },
  goBack: { en: 'Go back', zh_CN: '返回', zh_TW: '返回' },
  proceed: { en: 'Continue anyway', zh_CN: '仍要继续', zh_TW: '仍要繼續' },
  official: { en: 'Official site of {org}', zh_CN: '{org}官方网站', zh_TW: '{org}官方網站' },
  continueNote: {
    en: '“Continue anyway” opens the page again with ID Guard’s warning hidden on that page.',
    zh_CN: '“仍要继续”会重新打开该页面，并在该页面上隐藏证件卫士的警告。',
    zh_TW: '「仍要繼續」會重新開啟該頁面，並在該頁面上隱藏證件衛士的警告。',
  },
  nothing: {
    en: 'There is no page to return to from here.',
    zh_CN: '这里没有可以返回的页面。',
    zh_TW: '這裡沒有可以返回的頁面。',
  },
} satisfies Record<string, LocalText>;
