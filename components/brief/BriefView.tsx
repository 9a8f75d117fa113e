import type { BriefRow } from '@/lib/db/schema';
import { displayDomain, safeHttpUrl } from '@/lib/url';
import { makeT } from '@/lib/i18n';
import { briefMessages } from './messages';
import './brief.css';

const t = makeT(briefMessages);

/** Words per minute for the reading-time estimate; CJK pages count characters as words. */
const WPM = 230;

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function OriginLabel({ origin, engine }: { origin: BriefRow['tldrOrigin']; engine?: string | null }) {
  if (!origin) return null;
  const by = engine === 'chrome-summarizer' ? t('engineChrome') : engine === 'local' ? t('engineLocal') : null;
  const text = origin === 'page' ? t('fromArticle') : `${t('generated')}${by ? ` · ${by}` : ''}`;
  return <span className={`origin origin-${origin}`}>{text}</span>;
}

export interface BriefViewProps {
  brief: BriefRow | undefined;
  /** Rendered under the header: the save button and anything else the page adds. */
  actions?: React.ReactNode;
  summarizing?: boolean;
}

/** The brief of one page. All page-derived strings are rendered as text, links only when http(s). */
export function BriefView({ brief, actions, summarizing }: BriefViewProps) {
  if (!brief) return <p className="muted" role="status">{t('waiting')}</p>;
  const date = formatDate(brief.publishedAt, brief.lang);
  const minutes = Math.max(1, Math.round(brief.wordCount / WPM));
  const meta = [brief.siteName, brief.byline ? t('by', { name: brief.byline }) : null, date, brief.isArticle ? t('minRead', { n: minutes }) : null].filter(Boolean);
  const dir = brief.lang && /^(ar|he|fa|ur)\b/.test(brief.lang) ? 'rtl' : undefined;
  return (
    <article className="brief" lang={brief.lang ?? undefined} dir={dir}>
      <header>
        <h1 className="brief-title">{brief.title || brief.url}</h1>
        {meta.length > 0 && <p className="muted brief-meta">{meta.join(' · ')}</p>}
        {actions}
      </header>
      {!brief.isArticle ? (
        <p className="notice" role="status">{t('notArticle')}</p>
      ) : (
        <>
          <section aria-labelledby="tldr-h">
            <h2 id="tldr-h">{t('tldr')}</h2>
            <OriginLabel origin={brief.tldrOrigin} engine={brief.summaryEngine} />
            {brief.tldr ? <p className="tldr">{brief.tldr}</p> : <p className="muted">{summarizing ? t('summarizing') : t('noTldr')}</p>}
          </section>
          <section aria-labelledby="takeaways-h">
            <h2 id="takeaways-h">{t('takeaways')}</h2>
            <OriginLabel origin={brief.takeawaysOrigin} engine={brief.summaryEngine} />
            {brief.takeaways.length ? (
              <ul className="takeaways">
                {brief.takeaways.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{summarizing ? t('summarizing') : t('noTakeaways')}</p>
            )}
          </section>
          <section aria-labelledby="sources-h">
            <h2 id="sources-h">{t('sources')}</h2>
            <SourceList sources={brief.sources} />
          </section>
        </>
      )}
    </article>
  );
}

export function SourceList({ sources }: { sources: BriefRow['sources'] }) {
  const safe = sources.filter((s) => safeHttpUrl(s.url) === s.url);
  if (!safe.length) return <p className="muted">{t('noSources')}</p>;
  return (
    <ul className="sources">
      {safe.map((s) => {
        const domain = displayDomain(s.url);
        const title = s.title && s.title !== s.url ? s.title : domain;
        return (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" aria-label={t('openSource', { title, domain })}>
              <span className="source-title">{title}</span>
            </a>{' '}
            <span className="source-domain muted">{domain}</span>
          </li>
        );
      })}
    </ul>
  );
}
