// MAIN world, before page scripts: lets the upload guard see showPicker() calls (components/banner/picker-watch.ts).
import { watchShowPicker } from '../components/banner/picker-watch';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    watchShowPicker(window);
  },
});
