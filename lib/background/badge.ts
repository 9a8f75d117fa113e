import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import type { LedeDB } from '../db/schema';

type ActionApi = {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
  setTitle(d: { tabId: number; title: string }): Promise<void>;
};

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
export function actionApi(): ActionApi {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return (b.action ?? b.browserAction)!;
}

export type BadgeState = 'none' | 'article' | 'saved';

export function badgeFor(state: BadgeState): { text: string; color: string; title: string } {
  switch (state) {
    case 'saved':
      return { text: '✓', color: '#1a7f37', title: 'Lede: saved for later' };
    case 'article':
      return { text: '•', color: '#3b5bdb', title: 'Lede: article detected — open the side panel for its brief' };
    default:
      return { text: '', color: '#3b5bdb', title: 'Lede' };
  }
}

/** Marks the tab's toolbar button: article detected, already saved, or nothing. */
export async function refreshBadge(db: LedeDB, tabId: number): Promise<BadgeState> {
  const tab = await db.tabs.get(tabId);
  let state: BadgeState = 'none';
  if (tab) {
    const saved = await db.articles.where('key').equals(tab.key).count();
    state = saved ? 'saved' : tab.isArticle ? 'article' : 'none';
  }
  const b = badgeFor(state);
  const action = actionApi();
  try {
    await action.setBadgeBackgroundColor({ tabId, color: b.color });
    await action.setBadgeText({ tabId, text: b.text });
    await action.setTitle({ tabId, title: b.title });
  } catch {
    // The tab closed meanwhile.
  }
  return state;
}

/** After a save, every tab showing that page gets the saved mark. */
export async function refreshBadgesForKey(db: LedeDB, key: string): Promise<void> {
  const tabs = await db.tabs.where('key').equals(key).toArray();
  await Promise.all(tabs.map((t) => refreshBadge(db, t.tabId)));
}

/**
 * Keeps every open tab's badge true to the library: deleting an article from the reading list,
 * "Delete everything" or an import (all written by extension pages) changes the ✓ without the page
 * reporting again. Dexie's liveQuery sees those writes across the extension's contexts.
 */
export function watchSavedBadges(db: LedeDB): { unsubscribe(): void } {
  let last = '';
  return liveQuery(async () => {
    const tabs = await db.tabs.toArray();
    const saved = new Set(await db.articles.where('key').anyOf(tabs.map((t) => t.key)).keys());
    return tabs.map((t) => `${t.tabId}:${saved.has(t.key) ? 1 : 0}`).join(',');
  }).subscribe({
    next: (state) => {
      if (state === last) return;
      const before = new Set(last.split(','));
      last = state;
      for (const entry of state.split(',')) if (entry && !before.has(entry)) void refreshBadge(db, Number(entry.split(':')[0]));
    },
    error: (err) => console.warn('[lede] badge watch stopped', err),
  });
}
