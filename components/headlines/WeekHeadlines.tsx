import { useCallback, useEffect, useRef, useState } from 'react';
import { makeT } from '../../lib/i18n';
import type { LedeDB } from '../../lib/db/schema';
import type { StoredHeadline } from '../../lib/db/headlines';
import type { FirstRead } from '../../lib/db/first-read';
import { weekKey, weekLabel } from '../../lib/weeks';
import { HeadlinesList } from './HeadlinesList';
import type { LiveWeek } from './LiveWeek';
import type { WeekSwitcher } from './WeekSwitcher';
import type { DigestButtons } from './DigestButtons';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

/** What needs Dexie, loaded after the first render (the popup's live.tsx). */
export interface HeadlinesLive {
  db: LedeDB;
  LiveWeek: typeof LiveWeek;
  WeekSwitcher: typeof WeekSwitcher;
  DigestButtons: typeof DigestButtons;
}

export interface WeekHeadlinesProps {
  /** Headlines first seen after this are marked new (popupLastOpenedAt read before it was updated). */
  since: number | null;
  /** For tests: the instant that decides "this week". */
  now?: number;
  /** This week's rows from the plain IndexedDB read, shown until the live query answers. */
  initial?: FirstRead | null;
  /** The database layer, once loaded: live rows, the week switcher and the digest buttons. */
  live?: HeadlinesLive | null;
}

/** This week's headlines (or an earlier week's), the week switcher and the digest buttons. */
export function WeekHeadlines({ since, now, initial, live }: WeekHeadlinesProps) {
  const [current] = useState(() => weekKey(now ?? Date.now()));
  const [week, setWeek] = useState(current);
  const [liveRows, setLiveRows] = useState<{ week: string; rows: StoredHeadline[] } | null>(null);
  const onRows = useCallback((w: string, rows: StoredHeadline[]) => setLiveRows({ week: w, rows }), []);
  // only the shown week's rows are read: the popup's first render does not grow with history
  const rows = liveRows?.week === week ? liveRows.rows : initial && initial.week === week ? initial.rows : undefined;
  const isCurrent = week === current;
  // `npm run bench` (popup) measures navigation start → this mark: the list populated
  const marked = useRef(false);
  useEffect(() => {
    if (rows && !marked.current) {
      marked.current = true;
      globalThis.performance?.mark?.('lede:headlines-rendered');
    }
  }, [rows]);
  const heading = isCurrent ? t('thisWeek') : t('weekOf', { range: weekLabel(week, globalThis.navigator?.language) });
  return (
    <div className="hl-week">
      <HeadlinesList rows={rows} since={since} heading={heading} headingId="headlines-heading" current={isCurrent} />
      {live && (
        <>
          <live.LiveWeek db={live.db} week={week} onRows={onRows} />
          <live.WeekSwitcher db={live.db} week={week} current={current} onChange={setWeek} />
          <live.DigestButtons db={live.db} week={week} />
        </>
      )}
    </div>
  );
}
