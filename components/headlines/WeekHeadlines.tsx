import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeT } from '../../lib/i18n';
import type { LedeDB } from '../../lib/db/schema';
import { headlinesForWeek } from '../../lib/db/headlines';
import { weekKey, weekLabel } from '../../lib/weeks';
import { HeadlinesList } from './HeadlinesList';
import { WeekSwitcher } from './WeekSwitcher';
import { DigestButtons } from './DigestButtons';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

export interface WeekHeadlinesProps {
  db: LedeDB;
  /** Headlines first seen after this are marked new (popupLastOpenedAt read before it was updated). */
  since: number | null;
  /** For tests: the instant that decides "this week". */
  now?: number;
}

/** This week's headlines (or an earlier week's), the week switcher and the digest buttons. */
export function WeekHeadlines({ db, since, now }: WeekHeadlinesProps) {
  const [current] = useState(() => weekKey(now ?? Date.now()));
  const [week, setWeek] = useState(current);
  // only the shown week's rows are read: the popup's first render does not grow with history
  const rows = useLiveQuery(() => headlinesForWeek(db, week), [db, week]);
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
      <WeekSwitcher db={db} week={week} current={current} onChange={setWeek} />
      <DigestButtons db={db} week={week} />
    </div>
  );
}
