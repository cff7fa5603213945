// The registry end to end (issue 17): one English KYC page (tests/fixtures/pages/en/kyc.html: ID front and back, a
// selfie with the ID, the ID number; no brand) served under three hosts, and the verdict the background stores for
// each tab, read the way the popup reads it:
// - on a form builder (docs.google.com) it is danger, first saying that no carrier, bank or agency collects ID
//   photos through a form service;
// - titled "Jio KYC update" on jio-kyc-update.in.net, read in an en-US browser, it links to Jio, not the US FTC;
// - on a Globe lookalike (globe-kyc.top) it links to Globe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../core/types';
import { chromiumVerdicts, FIXTURES, htmlRoute, launchChromium, startFixtureServer, type FixtureServer } from './harness';
import { say } from '../unit/say';

const KYC = readFileSync(join(FIXTURES, 'pages/en/kyc.html'), 'utf8');
const JIO = KYC.replace(/<title>[^<]*<\/title>/, '<title>Jio KYC update</title>').replace('<h1>Verify your identity</h1>', '<h1>Jio KYC update: verify your identity</h1>');

const FORM_HOST = 'docs.google.com';
const FORM_PATH = '/forms/d/e/1FAIpQLSe-kyc/viewform';
const JIO_HOST = 'jio-kyc-update.in.net';
const GLOBE_HOST = 'globe-kyc.top';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    routes: [
      htmlRoute((host, path) =>
        host === JIO_HOST ? JIO : host === GLOBE_HOST || (host === FORM_HOST && path === FORM_PATH) ? KYC : null,
      ),
    ],
  });
});
afterAll(() => server?.close());

describe('registry verdicts in chromium', () => {
  it('form service → danger with its reason; Jio page → Jio; Globe lookalike → Globe', async () => {
    const s = await launchChromium(server, { locale: 'en-US' });
    try {
      const ext = await s.context.newPage();
      await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
      let verdicts: Record<string, Verdict> = {};
      for (const [host, path] of [[FORM_HOST, FORM_PATH], [JIO_HOST, '/'], [GLOBE_HOST, '/']]) {
        verdicts = (await chromiumVerdicts(s, ext, server.url(host, path), host)) as Record<string, Verdict>;
      }

      const form = verdicts[FORM_HOST];
      expect(form).toMatchObject({ level: 'danger', site: 'unknown' });
      expect(form.reasons[0].code).toBe('user-content-id');
      expect(say(form.reasons[0])).toContain('never collects ID photos through a form service');

      const jio = verdicts[JIO_HOST];
      expect(jio.level).toBe('danger');
      expect(jio.official).toMatchObject({ id: 'in-jio', website: 'https://www.jio.com/' });
      expect(jio.regionHelp.map((h) => h.id)).not.toContain('us-ftc');

      const globe = verdicts[GLOBE_HOST];
      expect(globe).toMatchObject({ level: 'danger', site: 'lookalike', org: { id: 'ph-globe' } });
      expect(globe.official?.website).toBe('https://www.globe.com.ph/');
    } finally {
      await s.close();
    }
  }, 120_000);
});
