/**
 * Everything of the popup that needs Dexie, loaded (dynamic import) once the first render has
 * shown this week's headlines from a plain IndexedDB read: live updates of the list, the saved
 * state of the current page, "last opened", the week switcher and the digest buttons.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LedeDB } from '../../lib/db/schema';
import { normalizeUrl } from '../../lib/url';

export { getDb } from '../../lib/db';
export { updateSettings } from '../../lib/db/settings';
export { LiveWeek } from '../../components/headlines/LiveWeek';
export { WeekSwitcher } from '../../components/headlines/WeekSwitcher';
export { DigestButtons } from '../../components/headlines/DigestButtons';

export interface SavedWatchProps {
  db: LedeDB;
  tabId: number | undefined;
  url: string | undefined;
  onChange: (saved: boolean) => void;
}

/** Renders nothing: whether the tab's page is saved (its brief's key, else its URL), kept live. */
export function SavedWatch({ db, tabId, url, onChange }: SavedWatchProps) {
  const saved = useLiveQuery(async () => {
    if (tabId === undefined) return false;
    const row = await db.tabs.get(tabId);
    const key = row?.key ?? normalizeUrl(url);
    return key ? (await db.articles.where('key').equals(key).count()) > 0 : false;
  }, [db, tabId, url]);
  useEffect(() => {
    if (saved !== undefined) onChange(saved);
  }, [saved, onChange]);
  return null;
}
