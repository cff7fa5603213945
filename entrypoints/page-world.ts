// The two watchers that must run in the page's own (MAIN) world, before its scripts: getUserMedia for the camera
// (world/camera-watch.ts) and showPicker for file choosers (world/picker-watch.ts). One script,
// not two: each content script a page loads costs its own compile and evaluation, on every page.
//
// Built as a WXT unlisted script and declared as a MAIN-world content script in wxt.config.ts, as sensor.ts is:
// WXT runs a defineContentScript's main() inside an async function, a promise and a microtask checkpoint on every
// page for a script that does nothing asynchronous (docs/performance.md).
import { watchShowPicker } from '../world/picker-watch';
import { watchGetUserMedia } from '../world/camera-watch';

export default defineUnlistedScript(() => {
  watchGetUserMedia(window);
  watchShowPicker(window);
});
