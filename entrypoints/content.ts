// Content script (the sensor): runs on every page, so it must do almost nothing on pages with no ID cues.
// Thin: the scanner decides when to ask the background; the banner shows what the background decided.
import { showPageWarning } from '../components/banner/page-warning';
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
    startSensor(ctx, (verdict) => {
      return verdict.level === 'caution' || verdict.level === 'danger' ? showPageWarning(ctx, verdict) : null;
    });
  },
});
