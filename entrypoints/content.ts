// Content script (the sensor): runs on every page, so it must do almost nothing on pages with no ID cues.
// Thin: the scanner decides when to ask the background; the banner shows what the background decided.
// The full scan and the banner arrive in page-kit.js (lib/page-kit-api.ts) only once the first pass sees a cue.
import { loadPageKit } from '../lib/page-kit-api';
import { startSensor } from '../lib/scan/sensor';
import { keepWxtEventsPrivate } from '../lib/private-wxt-events';

// Before WXT builds this script's ContentScriptContext (right after this module runs): WXT announces the context
// with an event on `document` a page can listen for, despite noScriptStartedPostMessage (lib/private-wxt-events.ts).
keepWxtEventsPrivate([window, document]);

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSensor(
      ctx,
      loadPageKit,
      (verdict, kit) => (verdict.level === 'caution' || verdict.level === 'danger' ? kit.showPageWarning(ctx, verdict) : null),
    );
  },
});
