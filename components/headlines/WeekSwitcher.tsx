import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeT } from '../../lib/i18n';
import type { LedeDB } from '../../lib/db/schema';
import { earlierWeekWithHeadlines, laterWeekWithHeadlines, weeksWithHeadlines } from '../../lib/db/headlines';
import { weekLabel } from '../../lib/weeks';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

export interface WeekSwitcherProps {
  db: LedeDB;
  week: string;
  current: string;
  onChange: (week: string) => void;
}

/**
 * Previous / next week (skipping weeks without headlines), back to this week, and "Earlier weeks":
 * every week with headlines, loaded only when opened so the popup's first render stays light.
 */
export function WeekSwitcher({ db, week, current, onChange }: WeekSwitcherProps) {
  const [open, setOpen] = useState(false);
  const earlier = useLiveQuery(() => earlierWeekWithHeadlines(db, week), [db, week]);
  const later = useLiveQuery(async () => (week >= current ? null : ((await laterWeekWithHeadlines(db, week)) ?? current)), [db, week, current]);
  const weeks = useLiveQuery(() => (open ? weeksWithHeadlines(db) : Promise.resolve(null)), [db, open]);
  const locale = globalThis.navigator?.language;
  return (
    <nav className="hl-weeks" aria-label={t('weekSwitcher')}>
      <div className="hl-weeks-row">
        <button type="button" disabled={!earlier} onClick={() => earlier && onChange(earlier)}>
          <span aria-hidden="true">← </span>
          {t('previousWeek')}
        </button>
        {week !== current && (
          <button type="button" onClick={() => onChange(current)}>
            {t('backToThisWeek')}
          </button>
        )}
        <button type="button" disabled={!later} onClick={() => later && onChange(later)}>
          {t('nextWeek')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <details className="hl-earlier" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('earlierWeeks')}</summary>
        {weeks && (
          <ul aria-label={t('earlierWeeks')}>
            {weeks.filter((w) => w !== current).map((w) => (
              <li key={w}>
                <button type="button" aria-current={w === week ? 'true' : undefined} onClick={() => onChange(w)}>
                  {weekLabel(w, locale)}
                </button>
              </li>
            ))}
            {weeks.filter((w) => w !== current).length === 0 && <li className="muted">{t('noEarlierWeeks')}</li>}
          </ul>
        )}
      </details>
    </nav>
  );
}
