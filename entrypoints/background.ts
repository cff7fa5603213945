// Background: the only judge. Thin: wires the managers in background/ together.
export default defineBackground(() => {
  // Filled in by the judge (issue 4), badge (issue 5) and settings (issue 7) work.
});
