// STUB — banner, upload guard (issue 5). Called by the content script when a verdict is caution or danger.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Verdict } from '../../lib/types';

export type GuardedAction = 'file' | 'drop' | 'camera';

export interface PageWarning {
  /** Asks the person first; resolves true only if they confirm. */
  confirm(action: GuardedAction): Promise<boolean>;
  remove(): void;
}

export function showPageWarning(ctx: ContentScriptContext, verdict: Verdict): PageWarning {
  void ctx;
  void verdict;
  return { confirm: async () => true, remove() {} };
}
