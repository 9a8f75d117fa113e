import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LedeDB } from '../../lib/db/schema';
import { headlinesForWeek, type StoredHeadline } from '../../lib/db/headlines';

export interface LiveWeekProps {
  db: LedeDB;
  week: string;
  /** Called with the week's rows (newest first) each time they change in the database. */
  onRows: (week: string, rows: StoredHeadline[]) => void;
}

/**
 * Renders nothing: keeps one week's headlines live (Dexie liveQuery) and reports them. Loaded
 * after the popup's first render, which shows the rows of a plain IndexedDB read (lib/db/first-read).
 */
export function LiveWeek({ db, week, onRows }: LiveWeekProps) {
  // the week travels with its rows: while a newly chosen week loads, the last result is the old week's
  const res = useLiveQuery(async () => ({ week, rows: await headlinesForWeek(db, week) }), [db, week]);
  useEffect(() => {
    if (res) onRows(res.week, res.rows);
  }, [res, onRows]);
  return null;
}
