// STUB — the toolbar badge per tab (issue 5).
export function startBadge(): void {}
