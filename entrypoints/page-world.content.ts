// The two watchers that must run in the page's own (MAIN) world, before its scripts: getUserMedia for the camera
// (world/camera-watch.ts) and showPicker for file choosers (world/picker-watch.ts). One script,
// not two: each content script a page loads costs its own compile and evaluation, on every page.
import { watchShowPicker } from '../world/picker-watch';
import { watchGetUserMedia } from '../world/camera-watch';

export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    watchGetUserMedia(window);
    watchShowPicker(window);
  },
});
