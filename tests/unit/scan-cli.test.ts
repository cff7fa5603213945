// The scan CLI as a person runs it: a child process, one JSON line on stdout, exit code 2 on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'idg-scan-'));
const KYC = join(dir, 'kyc.html');
writeFileSync(
  KYC,
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>中国移动 实名认证</title></head><body>
  <h1>中国移动 号卡实名登记</h1><p>请上传身份证人像面和国徽面照片</p>
  <form><label>身份证人像面 <input type="file" name="id_front" accept="image/*"></label>
  <label>身份证国徽面 <input type="file" name="id_back" accept="image/*"></label><button>提交</button></form></body></html>`,
);
const QUIET = join(dir, 'quiet.html');
writeFileSync(QUIET, '<!doctype html><title>Recipes</title><h1>Dumplings</h1><p>Mix flour and water.</p>');

function scan(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scan CLI', () => {
  it('warns on a lookalike asking for ID photos and names the official channel', () => {
    const r = scan('--url', 'https://10086-smrz.top/', '--html', KYC);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const line = JSON.parse(r.out);
    expect(Object.keys(line)).toEqual(['url', 'domain', 'site', 'level', 'reasons', 'official']);
    expect(line).toMatchObject({ url: 'https://10086-smrz.top/', domain: '10086-smrz.top', site: 'lookalike', level: 'danger' });
    expect(line.official).toEqual({ id: 'cn-china-mobile', name: 'China Mobile', url: 'https://www.10086.cn/' });
    expect(line.reasons[0]).toContain("not China Mobile's site");
  }, 60_000);

  it('stays official on the official site and quiet on a page with no ID request', () => {
    expect(JSON.parse(scan('--url', 'https://www.10086.cn/', '--html', KYC).out)).toMatchObject({ site: 'official', level: 'official' });
    expect(JSON.parse(scan('--url', 'https://recipes.example.com/', '--html', QUIET).out)).toMatchObject({ site: 'unknown', level: 'none', official: null });
  }, 60_000);

  it('--urls prints one site-verdict line per URL', () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, '# test list\nhttps://www.10086.cn/\n\nchinamobile-kyc.com\nhttps://www.nasa.gov/x\nexample.com\n');
    const r = scan('--urls', list);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.domain, l.site, l.level])).toEqual([
      ['10086.cn', 'official', 'official'],
      ['chinamobile-kyc.com', 'lookalike', 'caution'],
      ['nasa.gov', 'government', 'official'],
      ['example.com', 'unknown', 'none'],
    ]);
  }, 60_000);

  it.each([
    [['--url', 'https://a.example/', '--html', join(dir, 'missing.html')], /cannot read/],
    [['--url', 'http://exa mple', '--html', KYC], /malformed URL/],
    [['--url', 'ftp://files.example/', '--html', KYC], /not an http/],
    [['--urls', dir], /cannot read/],
    [['--bogus'], /unknown argument/],
    [[], /usage/],
  ])('bad input %j → one line on stderr, exit 2', (args, message) => {
    const r = scan(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  }, 60_000);
});
