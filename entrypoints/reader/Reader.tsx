/**
 * The offline copy of a saved article (reader.html?id=<id>): its brief on top (title, byline,
 * site, date, TL;DR, takeaways), a link to the original, then the saved body — sanitized again
 * here, without images or media, in a page whose CSP allows no script but our own and no network.
 * Opening it marks the article read; the reading position is kept as the reader scrolls.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { markOpened, setProgress } from '@/lib/db/articles';
import { displayDomain, safeHttpUrl } from '@/lib/url';
import { makeT } from '@/lib/i18n';
import { readerMessages } from './messages';
import { sanitizeForDisplay } from './sanitize';
import './reader.css';

const t = makeT(readerMessages);

/** How often (at most) the reading position is written while scrolling. */
export const PROGRESS_THROTTLE_MS = 800;

export function articleIdFrom(search: string): number | null {
  const n = Number(new URLSearchParams(search).get('id'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function scrollFraction(): number {
  const el = document.scrollingElement ?? document.documentElement;
  const max = el.scrollHeight - el.clientHeight;
  return max > 0 ? el.scrollTop / max : 1;
}

export function Reader({ search = location.search }: { search?: string }) {
  const db = getDb();
  const id = articleIdFrom(search);
  const data = useLiveQuery(async () => {
    if (id === null) return null;
    const [article, offline] = await Promise.all([db.articles.get(id), db.offline.get(id)]);
    return article ? { article, offline } : null;
  }, [id]);

  // Opening the page marks the article read.
  useEffect(() => {
    if (id !== null) void markOpened(db, id).catch(() => {});
  }, [db, id]);

  const article = data?.article;
  useEffect(() => {
    if (article) document.title = `${article.title} — Lede`;
  }, [article?.title]);

  // The body: sanitized at display time, inserted as DOM (never as an HTML string).
  const bodyRef = useRef<HTMLDivElement>(null);
  const html = data?.offline?.html ?? null;
  const baseUrl = article?.url ?? '';
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    el.replaceChildren();
    if (html) el.append(sanitizeForDisplay(html, baseUrl, { image: t('image'), video: t('video'), embed: t('embed'), openMedia: t('openMedia') }));
  }, [html, baseUrl]);

  // Back to where the reader left off (once), then keep the position as they scroll.
  const restored = useRef(false);
  const initialProgress = article?.progress ?? 0;
  useEffect(() => {
    if (restored.current || !article) return;
    restored.current = true;
    if (initialProgress > 0.01 && initialProgress < 0.99) {
      const el = document.scrollingElement ?? document.documentElement;
      el.scrollTop = initialProgress * (el.scrollHeight - el.clientHeight);
    }
  }, [article, initialProgress]);
  useEffect(() => {
    if (id === null) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      timer = null;
      void setProgress(db, id, scrollFraction()).catch(() => {});
    };
    const onScroll = () => {
      if (!timer) timer = setTimeout(write, PROGRESS_THROTTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const onHide = () => timer && (clearTimeout(timer), write());
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      if (timer) clearTimeout(timer);
    };
  }, [db, id]);

  if (data === undefined) return <main className="reader"><p className="muted" role="status">{t('loading')}</p></main>;
  if (data === null || !article)
    return (
      <main className="reader">
        <p role="alert">{t('notFound')}</p>
        <p><a href={browser.runtime.getURL('/sidepanel.html?view=list' as '/sidepanel.html')}>{t('list')}</a></p>
      </main>
    );

  const original = safeHttpUrl(article.url);
  const date = formatDate(article.publishedAt, article.lang);
  const meta = [article.byline ? t('by', { name: article.byline }) : null, article.siteName ?? (original ? displayDomain(original) : null), date].filter(Boolean);
  const dir = article.lang && /^(ar|he|fa|ur)\b/.test(article.lang) ? 'rtl' : undefined;
  return (
    <main className="reader">
      <nav className="reader-nav">
        <a href={browser.runtime.getURL('/sidepanel.html?view=list' as '/sidepanel.html')}>← {t('list')}</a>
      </nav>
      <article lang={article.lang ?? undefined} dir={dir}>
        <header className="reader-header">
          <h1>{article.title || article.url}</h1>
          {meta.length > 0 && <p className="muted reader-meta">{meta.join(' · ')}</p>}
          {original && (
            <p className="reader-original">
              <a href={original} target="_blank" rel="noopener noreferrer">
                {t('original', { domain: displayDomain(original) })}
              </a>
            </p>
          )}
          {article.tags.length > 0 && (
            <ul className="reader-tags" aria-label={t('tags')}>
              {article.tags.map((tag) => (
                <li key={tag}>#{tag}</li>
              ))}
            </ul>
          )}
        </header>
        {(article.tldr || article.takeaways.length > 0) && (
          <aside className="reader-brief">
            {article.tldr && (
              <section aria-labelledby="reader-tldr">
                <h2 id="reader-tldr">{t('tldr')}</h2>
                <p>{article.tldr}</p>
              </section>
            )}
            {article.takeaways.length > 0 && (
              <section aria-labelledby="reader-takeaways">
                <h2 id="reader-takeaways">{t('takeaways')}</h2>
                <ul>
                  {article.takeaways.map((k, i) => (
                    <li key={i}>{k}</li>
                  ))}
                </ul>
              </section>
            )}
          </aside>
        )}
        {html ? (
          <>
            <p className="muted reader-note">{t('disclaimer')}</p>
            <div className="reader-body" ref={bodyRef} />
          </>
        ) : (
          <p className="notice">{t('noOffline')}</p>
        )}
      </article>
    </main>
  );
}
