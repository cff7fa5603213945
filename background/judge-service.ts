// STUB — the judge (issue 4): answers page-signals with a Verdict derived from sender.url.
export function startJudgeService(): void {}
