// STUB — settings, trusted sites and managed policy (issue 7).
import { EMPTY_POLICY, type JudgePolicy } from '../lib/settings-types';

export function startSettingsService(): void {}

/** What the judge needs from the person's settings and the managed policy. */
export async function getJudgePolicy(): Promise<JudgePolicy> {
  return { trustedSites: [], sensitivity: 'standard', managed: EMPTY_POLICY };
}
