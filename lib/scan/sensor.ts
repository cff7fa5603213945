// STUB — the page scanner's orchestration (issue 3): cheap first pass, observer, messaging.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Verdict } from '../types';

export function startSensor(ctx: ContentScriptContext, onVerdict: (verdict: Verdict) => void): void {
  void ctx;
  void onVerdict;
}
