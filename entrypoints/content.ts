// Content script (the sensor): runs on every page, so it must do almost nothing on pages with no ID cues.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Filled in by the page scanner (issue 3).
  },
});
