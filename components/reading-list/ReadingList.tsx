/**
 * The reading list: saved articles, Unread / Archived / All, newest or oldest first, a tag filter,
 * full-text search with highlighted matches, and per-article actions (read, archive, tags, delete
 * with undo). Virtualized: only the rows in view (plus a few) are read from the database and
 * rendered, so 10,000 saved articles cost one index scan of their ids, not 10,000 rows.
 */
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import type { ArticleRow, LedeDB } from '@/lib/db/schema';
import {
  allTags, deleteArticle, listIds, restoreArticle, setArchived, setRead, setTags, type ListSort, type ListView,
} from '@/lib/db/articles';
import { getSearchIndex, matchRanges, peekSearchIndex, parseQuery, snippet, type LiveSearchIndex, type QueryTerm, type Range } from '@/lib/db/search';
import { displayDomain, safeHttpUrl } from '@/lib/url';
import { makeT } from '@/lib/i18n';
import { listMessages } from './messages';
import { useReadingList } from './store';
import { Highlight } from './Highlight';
import { TagInput } from './TagInput';
import './reading-list.css';

const t = makeT(listMessages);

/** Fixed row heights (px) keep the windowing arithmetic exact. */
export const ROW_HEIGHT = 124;
export const ROW_HEIGHT_SEARCH = 152;
const OVERSCAN = 6;
/** Ids read for the first screen (a tall window holds ~12 rows + overscan); the rest follow. */
export const FIRST_IDS = 50;
/** Before layout (or in jsdom) the list assumes a viewport this tall. */
const DEFAULT_VIEWPORT = 640;
const UNDO_MS = 10_000;

export function readerUrl(id: number): string {
  return browser.runtime.getURL(`/reader.html?id=${id}` as '/reader.html');
}

function openInNewTab(url: string) {
  void browser.tabs.create({ url });
}

function isListTab(): boolean {
  return new URLSearchParams(globalThis.location?.search ?? '').get('view') === 'list';
}

function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Performance marks for the benchmark in real browsers (scripts/bench/reading-list.ts). */
export const MARK_MOUNT = 'lede:list-mount';
export const MARK_FIRST_ROWS = 'lede:list-first-rows';
function markOnce(name: string) {
  try {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
  } catch {
    // no User Timing here
  }
}

export function ReadingList() {
  markOnce(MARK_MOUNT);
  const db = getDb();
  const { view, sort, tag, query, editingTags, undo, setView, setSort, setTag, setQuery, setEditingTags, setUndo } =
    useReadingList();

  // The first screen needs a few rows: their ids come from one short index read (newest first,
  // stopping after FIRST_IDS); every id of the view (for the scrollbar, the count and search) is
  // read once those rows are on screen, so the two reads do not compete.
  const listKey = `${view}|${sort}|${tag ?? ''}`;
  const head = useLiveQuery(
    async () => ({ key: listKey, ids: await listIds(db, { view, sort, tag, limit: FIRST_IDS }) }),
    [listKey],
  );
  const [firstRows, setFirstRows] = useState(false);
  const headIds = head?.key === listKey ? head.ids : undefined;
  // Once started, it stays so (switching views must not reset the count or the tag list). A search
  // needs every id at once (and hides the first rows, which would otherwise never report).
  const startedRef = useRef(false);
  if (headIds !== undefined && (firstRows || headIds.length < FIRST_IDS || query !== '')) startedRef.current = true;
  const started = startedRef.current;
  const full = useLiveQuery(
    async () => (started ? { key: listKey, ids: await listIds(db, { view, sort, tag }) } : undefined),
    [listKey, started],
  );
  const fullIds = full?.key === listKey ? full.ids : undefined;
  // Short views are complete in the first read.
  const complete = fullIds ?? (headIds && headIds.length < FIRST_IDS ? headIds : undefined);
  const ids = complete ?? headIds;
  // Secondary reads wait for the first rows too.
  const total = useLiveQuery(async () => (started ? db.articles.count() : undefined), [started]);
  const tags = useLiveQuery(() => (started ? allTags(db) : []), [started]) ?? [];

  // Search: the full-text index is built only when the reader first focuses the search box or
  // types (not on every open of the panel), in steps that yield to the page; until it is complete
  // the results come from what is already indexed (titles, TL;DRs, tags first), and grow.
  const [live, setLive] = useState<LiveSearchIndex | null>(() => peekSearchIndex(db) ?? null);
  const startIndex = () => {
    if (!live) setLive(getSearchIndex(db));
  };
  useEffect(() => {
    if (!live && query) setLive(getSearchIndex(db)); // a query kept from before (the store outlives the list)
  }, [db, live, query]);
  const [indexTick, setIndexTick] = useState(0);
  useEffect(() => {
    if (!live) return;
    const off = live.subscribe(() => setIndexTick((n) => n + 1));
    void live.ready.then(() => setIndexTick((n) => n + 1));
    return off;
  }, [live]);
  const deferredQuery = useDeferredValue(query);
  const terms = useMemo(() => parseQuery(deferredQuery), [deferredQuery]);
  const matches = useMemo(() => (live && terms.length ? live.index.search(terms) : null), [live, terms, indexTick]);
  const searching = terms.length > 0;
  const indexing = searching && !live?.isReady();
  const shown = useMemo(
    () => (searching ? (complete && matches ? complete.filter((id) => matches.has(id)) : complete && !live ? undefined : complete ? [] : undefined) : ids),
    [searching, complete, matches, live, ids],
  );

  // Undo lapses after a while.
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), Math.max(0, undo.until - Date.now()));
    return () => clearTimeout(timer);
  }, [undo, setUndo]);

  // "/" focuses the search box from anywhere in the page.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !(el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const [announce, setAnnounce] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  async function remove(row: ArticleRow) {
    const deleted = await deleteArticle(db, row.id!);
    if (!deleted) return;
    setUndo({ deleted, until: Date.now() + UNDO_MS });
    setAnnounce('');
    requestAnimationFrame(() => undoRef.current?.focus());
  }
  async function undoDelete() {
    if (!undo) return;
    await restoreArticle(db, undo.deleted);
    setAnnounce(t('restored', { title: undo.deleted.article.title }));
    setUndo(null);
  }

  const statusText =
    ids === undefined
      ? ''
      : indexing
        ? shown && shown.length > 0
          ? t('indexingSome', { n: shown.length })
          : t('indexing')
        : searching
          ? complete
            ? t('results', { n: shown?.length ?? 0, total: complete.length })
            : ''
          : !complete
            ? ''
            : complete.length === 1
              ? t('countOne')
              : t('count', { n: complete.length });

  return (
    <section aria-label={t('list')} className="reading-list">
      <div className="rl-controls">
        <input
          ref={searchRef}
          type="search"
          className="rl-search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onFocus={startIndex}
          onChange={(e) => {
            startIndex();
            setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        <div className="rl-row">
          <div role="group" aria-label={t('show')} className="rl-views">
            {(['unread', 'archived', 'all'] as ListView[]).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                {t(v)}
              </button>
            ))}
          </div>
          <label className="rl-select">
            <span className="visually-hidden">{t('sort')}</span>
            <select aria-label={t('sort')} value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
              <option value="newest">{t('newest')}</option>
              <option value="oldest">{t('oldest')}</option>
            </select>
          </label>
          <label className="rl-select">
            <span className="visually-hidden">{t('tagFilter')}</span>
            <select aria-label={t('tagFilter')} value={tag ?? ''} onChange={(e) => setTag(e.target.value || null)}>
              <option value="">{t('allTags')}</option>
              {tag && !tags.includes(tag) && <option value={tag}>{tag}</option>}
              {tags.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          {!isListTab() && (
            <button type="button" onClick={() => openInNewTab(browser.runtime.getURL('/sidepanel.html?view=list' as '/sidepanel.html'))}>
              {t('openInTab')}
            </button>
          )}
        </div>
        <p role="status" className="muted rl-status">
          {statusText}
        </p>
      </div>

      {editingTags !== null && (
        <TagEditor db={db} id={editingTags} suggestions={tags} onDone={() => setEditingTags(null)} />
      )}

      {shown === undefined || (shown.length === 0 && total === undefined) ? null : total === 0 ? (
        <p className="muted rl-empty">{t('empty')}</p>
      ) : shown.length === 0 && indexing ? null : shown.length === 0 ? (
        <p className="muted rl-empty">{searching ? t('noResults', { q: deferredQuery.trim() }) : t('emptyView')}</p>
      ) : (
        <VirtualList
          db={db}
          ids={shown}
          terms={terms}
          selectedTag={tag}
          onTag={(x) => setTag(x === tag ? null : x)}
          onEditTags={(id) => setEditingTags(id)}
          onDelete={remove}
          onFirstRows={() => setFirstRows(true)}
        />
      )}

      <div className="rl-toast" role="status" aria-live="polite">
        {undo ? (
          <>
            <span>{t('deleted', { title: undo.deleted.article.title })}</span>{' '}
            <button ref={undoRef} type="button" onClick={undoDelete}>
              {t('undo')}
            </button>
          </>
        ) : (
          announce && <span>{announce}</span>
        )}
      </div>
    </section>
  );
}

function TagEditor({ db, id, suggestions, onDone }: { db: LedeDB; id: number; suggestions: string[]; onDone: () => void }) {
  const row = useLiveQuery(() => db.articles.get(id), [id]);
  if (row === undefined) return null;
  const label = t('tagsFor', { title: row.title });
  return (
    <section className="rl-tag-editor" aria-label={label}>
      <h3 className="rl-tag-editor-title">{label}</h3>
      <TagInput tags={row.tags} suggestions={suggestions} label={label} onChange={(next) => void setTags(db, id, next)} autoFocus />
      <button type="button" onClick={onDone}>
        {t('done')}
      </button>
    </section>
  );
}

interface VirtualListProps {
  db: LedeDB;
  ids: number[];
  terms: QueryTerm[];
  selectedTag: string | null;
  onTag: (tag: string) => void;
  onEditTags: (id: number) => void;
  onDelete: (row: ArticleRow) => void;
  onFirstRows?: () => void;
}

function VirtualList({ db, ids, terms, selectedTag, onTag, onEditTags, onDelete, onFirstRows }: VirtualListProps) {
  const searching = terms.length > 0;
  const rowHeight = searching ? ROW_HEIGHT_SEARCH : ROW_HEIGHT;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || DEFAULT_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A new search or filter starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [terms, selectedTag]);

  const frame = useRef(0);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };

  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const end = Math.min(ids.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const windowIds = ids.slice(start, end);
  const windowKey = windowIds.join(',');

  // Rows in view, kept from the last read while the next one loads (no flicker while scrolling).
  const cache = useRef(new Map<number, ArticleRow>());
  // The answer carries its key: while the next window loads, the hook still returns the last one.
  const loaded = useLiveQuery(async () => ({ key: windowKey, rows: await db.articles.bulkGet(windowIds) }), [windowKey]);
  const rows = loaded?.key === windowKey ? loaded.rows : undefined;
  useEffect(() => {
    if (rows?.length) {
      markOnce(MARK_FIRST_ROWS);
      onFirstRows?.();
    }
  }, [rows, onFirstRows]);
  if (rows) {
    const next = new Map<number, ArticleRow>();
    rows.forEach((r, i) => r && next.set(windowIds[i], r));
    cache.current = next;
  } else {
    // Rows that left the window may change while unseen: never show a stale copy of them.
    const inWindow = new Set(windowIds);
    for (const id of [...cache.current.keys()]) if (!inWindow.has(id)) cache.current.delete(id);
  }
  const textsLoaded = useLiveQuery(
    async () => ({ key: windowKey, texts: searching ? (await db.offline.bulkGet(windowIds)).map((o) => o?.text ?? '') : [] }),
    [windowKey, searching],
  );
  const texts = textsLoaded?.key === windowKey ? textsLoaded.texts : undefined;

  return (
    <div ref={scroller} className="rl-scroller" onScroll={onScroll}>
      <div role="list" aria-label={t('savedArticles')} className="rl-list" style={{ height: ids.length * rowHeight }}>
        {windowIds.map((id, k) => {
          const row = cache.current.get(id);
          const i = start + k;
          return (
            <div
              key={id}
              role="listitem"
              aria-setsize={ids.length}
              aria-posinset={i + 1}
              className="rl-item"
              style={{ top: i * rowHeight, height: rowHeight }}
            >
              {row ? (
                <Item
                  row={row}
                  terms={terms}
                  text={searching ? texts?.[k] : undefined}
                  selectedTag={selectedTag}
                  onTag={onTag}
                  onEditTags={onEditTags}
                  onDelete={onDelete}
                  db={db}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Item({
  row,
  terms,
  text,
  selectedTag,
  onTag,
  onEditTags,
  onDelete,
  db,
}: {
  row: ArticleRow;
  terms: QueryTerm[];
  text: string | undefined;
  selectedTag: string | null;
  onTag: (tag: string) => void;
  onEditTags: (id: number) => void;
  onDelete: (row: ArticleRow) => void;
  db: LedeDB;
}) {
  const id = row.id!;
  const url = readerUrl(id);
  const site = row.siteName || displayDomain(safeHttpUrl(row.url) ?? '');
  const title = row.title || row.url;
  const titleRanges = matchRanges(title, terms);
  const tldr = row.tldr ?? '';
  const tldrRanges = matchRanges(tldr, terms);
  // What else matched: a takeaway, else the offline text around the first hit.
  let extra: { text: string; ranges: Range[] } | null = null;
  if (terms.length) {
    for (const k of row.takeaways) {
      const r = matchRanges(k, terms);
      if (r.length) {
        extra = { text: k, ranges: r };
        break;
      }
    }
    if (!extra && text) extra = snippet(text, terms);
  }
  const meta = [
    site,
    formatDate(row.savedAt),
    row.status === 'read' ? t('read') : row.progress > 0.01 ? t('progress', { n: Math.round(row.progress * 100) }) : null,
    row.pending ? t('pending') : null,
  ].filter(Boolean);
  return (
    <article className={`rl-article${row.status === 'read' ? ' is-read' : ''}`} aria-label={title}>
      <h3 className="rl-title">
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(e) => {
            e.preventDefault();
            openInNewTab(url);
          }}
        >
          <Highlight text={title} ranges={titleRanges} />
        </a>
      </h3>
      <p className="rl-meta muted">{meta.join(' · ')}</p>
      {tldr && (
        <p className="rl-tldr">
          <Highlight text={tldr} ranges={tldrRanges} />
        </p>
      )}
      {extra && (
        <p className="rl-snippet muted">
          <Highlight text={extra.text} ranges={extra.ranges} />
        </p>
      )}
      <div className="rl-bottom">
        {row.tags.length > 0 && (
          <ul className="rl-tags" aria-label={t('editTags')}>
            {row.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="tag"
                  aria-pressed={selectedTag === tag}
                  aria-label={t('filterTag', { tag })}
                  onClick={() => onTag(tag)}
                >
                  #<Highlight text={tag} ranges={matchRanges(tag, terms)} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <div role="group" aria-label={title} className="rl-actions">
          <button type="button" onClick={() => void setRead(db, id, row.status !== 'read')}>
            {row.status === 'read' ? t('markUnread') : t('markRead')}
          </button>
          <button type="button" onClick={() => void setArchived(db, id, !row.archived)}>
            {row.archived ? t('unarchive') : t('archive')}
          </button>
          <button type="button" onClick={() => onEditTags(id)}>
            {t('editTags')}
          </button>
          <button type="button" className="danger" onClick={() => onDelete(row)}>
            {t('delete')}
          </button>
        </div>
      </div>
    </article>
  );
}
