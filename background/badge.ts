// The toolbar badge per tab, from the tab's verdict: empty on quiet and official pages, "!" on amber for caution,
// "!!" on red for danger, with an icon per state. The judge sets or clears the tab verdict on every page (and
// navigation within the tab), so following onTabVerdict keeps the badge current.
import type { Level } from '../core/types';
import { onTabVerdict } from './tab-verdicts';

type BadgeState = 'default' | 'caution' | 'danger';

/** Icon sizes drawn by build/make-icons.ts into public/icons/<state>-<size>.png. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

// Same colours as the banner (kit/banner-styles.ts); white text on them is ≥ 5:1.
export const BADGE: Record<BadgeState, { text: string; color: string }> = {
  default: { text: '', color: '#4b5563' },
  caution: { text: '!', color: '#b45309' },
  danger: { text: '!!', color: '#b91c1c' },
};

export function badgeState(level: Level | null | undefined): BadgeState {
  return level === 'caution' || level === 'danger' ? level : 'default';
}

export function iconPaths(state: BadgeState): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `/icons/${state}-${s}.png`]));
}

async function showState(tabId: number, state: BadgeState): Promise<void> {
  const { text, color } = BADGE[state];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    text ? browser.action.setBadgeBackgroundColor({ tabId, color }) : undefined,
    // Firefox draws the badge text in a colour of its choosing unless told (Chrome picks white on dark itself).
    text && browser.action.setBadgeTextColor ? browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }) : undefined,
    browser.action.setIcon({ tabId, path: iconPaths(state) }),
  ]);
}

export function startBadge(): void {
  onTabVerdict((tabId, verdict) => {
    // A tab that closed meanwhile makes these calls reject: nothing to show then.
    void showState(tabId, badgeState(verdict?.level)).catch(() => {});
  });
}
