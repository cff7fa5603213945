// One Han-script reader (core/han-script.ts) for the judge and the popup: OpenCC's tables whole for the popup, a
// compact cut for the judge in the background, both read by the same function.
import { describe, expect, it } from 'vitest';
import full from 'virtual:han-scripts';
import compact from 'virtual:han-scripts-compact';
import { hanScript } from '../../core/han-script';
import { regionFromText } from '../../core/judge';
import { scriptLanguage } from '../../ui/lookup';

describe('hanScript', () => {
  it.each([
    ['中国移动实名认证，请上传身份证', 'simplified'],
    ['中華電信實名認證，請上傳身分證', 'traditional'],
    ['警察庁', 'japanese'],
    ['運転免許証', 'japanese'],
    ['身份', undefined], // written alike in both
    ['Upload your ID card', undefined],
    // More of one script's own characters wins; a tie goes to Simplified.
    ['电话 號碼 號碼', 'traditional'],
    ['电 電', 'simplified'],
  ])('%s → %s', (text, script) => {
    expect(hanScript(text, full)).toBe(script);
    expect(hanScript(text, compact)).toBe(script);
  });

  it('the judge’s compact tables are a cut of the popup’s, a small one, holding what ID pages write', () => {
    const size = (t: typeof full) => t.simplified.length + t.traditional.length + t.japanese.length;
    for (const k of ['simplified', 'traditional', 'japanese'] as const) for (const c of compact[k]) expect(full[k]).toContain(c);
    // What the background carries: a small part of the whole.
    expect(size(compact)).toBeLessThan(size(full) / 5);
    // The characters the judge's old hand-kept list held, but 说/說 (in no list or message) and 后 (written in
    // Traditional too: 皇后, so never counted).
    for (const c of '证实认国号码传请动联电这为个时') expect(compact.simplified).toContain(c);
    for (const c of '證實認國號碼傳請動聯電這為個時') expect(compact.traditional).toContain(c);
    expect(full.simplified).not.toContain('后');
  });

  it('gives the judge and the popup the same answer', () => {
    expect(regionFromText('中国移动 实名认证', undefined, compact)).toBe('CN');
    expect(scriptLanguage('中国移动 实名认证', full)).toBe('zh_CN');
    expect(regionFromText('中華電信 實名認證', 'HK', compact)).toBe('HK');
    expect(regionFromText('中華電信 實名認證', 'US', compact)).toBe('TW');
    expect(scriptLanguage('中華電信 實名認證', full)).toBe('zh_TW');
    expect(regionFromText('警察庁', undefined, compact)).toBe('JP');
    expect(scriptLanguage('警察庁', full)).toBe('ja');
    // Kana first: Japanese writes 認 and 証 as Traditional Chinese does.
    expect(regionFromText('本人確認書類をアップロード', undefined, compact)).toBe('JP');
    // Without tables the judge reads no Chinese script.
    expect(regionFromText('中国移动 实名认证')).toBeUndefined();
  });
});
