// STUB — the page scanner's orchestration (issue 3): cheap first pass, observer, messaging.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWarning } from '../../components/banner/page-warning';
import type { Verdict } from '../types';

/**
 * `onVerdict` shows (or updates) the warning for a caution/danger verdict and returns it, or null for
 * official/none. The sensor keeps the returned PageWarning to ask `confirm('camera')` when the page's
 * MAIN-world camera watcher reports a getUserMedia call.
 */
export function startSensor(ctx: ContentScriptContext, onVerdict: (verdict: Verdict) => PageWarning | null): void {
  void ctx;
  void onVerdict;
}
