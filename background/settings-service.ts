// STUB — settings, trusted sites and managed policy (issue 7).
export function startSettingsService(): void {}
