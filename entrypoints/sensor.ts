// Content script (the sensor): runs on every page, so it must do almost nothing on pages with no ID cues.
// Thin: the sensor (content/sensor.ts) decides when to ask the background; the banner shows what it decided.
// The full scan and the banner arrive in page-kit.js (content/page-kit-api.ts) only once the first pass sees a cue.
//
// Built as a WXT unlisted script and declared as a content script in wxt.config.ts, not with
// defineContentScript: WXT wraps content scripts in a ContentScriptContext that loads webextension-polyfill and
// announces itself with a DOM event, start-up work every page would pay for (issue 3; content/content-runtime.ts).
import { extensionConnected } from '../content/content-runtime';
import { loadPageKit } from '../content/page-kit-api';
import { startSensor } from '../content/sensor';
import { ScriptLife } from '../content/script-life';

export default defineUnlistedScript(() => {
  const life = new ScriptLife(extensionConnected);
  startSensor(life, loadPageKit, (verdict, kit) =>
    verdict.level === 'caution' || verdict.level === 'danger' ? kit.showPageWarning(life, verdict) : null,
  );
});
