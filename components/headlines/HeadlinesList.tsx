import { makeT } from '../../lib/i18n';
import { safeHttpUrl } from '../../lib/url';
import type { StoredHeadline } from '../../lib/db/headlines';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

export interface HeadlinesListProps {
  /** The week's rows, newest first; undefined while loading. */
  rows: StoredHeadline[] | undefined;
  /** Headlines first seen after this instant are marked new; null: not known yet. */
  since: number | null;
  heading: string;
  headingId: string;
  /** Whether the list is the current week (the empty state then explains where headlines come from). */
  current: boolean;
}

/** One week's headlines: a list named by its heading, newest first, with site(s) and times seen. */
export function HeadlinesList({ rows, since, heading, headingId, current }: HeadlinesListProps) {
  const fresh = since === null || !rows ? 0 : rows.filter((r) => r.firstSeenAt > since).length;
  return (
    <section className="hl" aria-busy={rows === undefined}>
      <h2 id={headingId} className="hl-heading">
        {heading}
      </h2>
      {fresh > 0 && <p className="hl-fresh muted">{t('newCount', { n: fresh })}</p>}
      <ul aria-labelledby={headingId} className="hl-list">
        {rows?.map((r) => (
          <HeadlineItem key={r.id} row={r} isNew={since !== null && r.firstSeenAt > since} />
        ))}
      </ul>
      {rows === undefined && <p className="muted">{t('loading')}</p>}
      {rows?.length === 0 &&
        (current ? (
          <div className="hl-empty">
            <p>
              <strong>{t('emptyThisWeek')}</strong>
            </p>
            <p className="muted">{t('emptyHow')}</p>
          </div>
        ) : (
          <p className="hl-empty muted">{t('emptyEarlier')}</p>
        ))}
    </section>
  );
}

function HeadlineItem({ row, isNew }: { row: StoredHeadline; isNew: boolean }) {
  const href = safeHttpUrl(row.url);
  return (
    <li className={isNew ? 'hl-item is-new' : 'hl-item'}>
      <span className="hl-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {row.title}
            <span className="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        ) : (
          row.title
        )}
        {isNew && (
          <>
            {' '}
            <mark className="hl-new">{t('new')}</mark>
          </>
        )}
      </span>
      <span className="hl-meta muted">
        {row.sites.join(', ')}
        {row.sites.length ? ' · ' : ''}
        {row.count > 1 ? t('seenTimes', { n: row.count }) : t('seenOnce')}
      </span>
    </li>
  );
}
