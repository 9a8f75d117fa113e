import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { displayDomain, safeHttpUrl } from '@/lib/url';

/** The saved articles, newest first. (A first slice: filters, search and tags come next.) */
export function ReadingList() {
  const db = getDb();
  const articles = useLiveQuery(() => db.articles.orderBy('savedAt').reverse().toArray(), []);
  if (!articles) return null;
  return (
    <section aria-label="Reading list" className="reading-list">
      <input type="search" aria-label="Search saved articles" placeholder="Search saved articles" disabled />
      {articles.length === 0 ? (
        <p className="muted">Nothing saved yet.</p>
      ) : (
        <ul aria-label="Saved articles">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={browser.runtime.getURL(`/reader.html?id=${a.id}` as '/reader.html')}>{a.title}</a>{' '}
              <span className="muted">{a.siteName ?? displayDomain(safeHttpUrl(a.url) ?? '')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
