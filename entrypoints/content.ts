// Content script (the sensor): runs on every page, so it must do almost nothing on pages with no ID cues.
// Thin: the scanner decides when to ask the background; the banner shows what the background decided.
import { showPageWarning } from '../components/banner/page-warning';
import { startSensor } from '../lib/scan/sensor';

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
