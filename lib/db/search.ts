/**
 * Full-text search over saved articles: titles, TL;DRs, takeaways, tags, site names and the
 * offline copy's text, in any language.
 *
 * An inverted index held in memory by the page that searches (the side panel or the list tab),
 * built when the reader first searches (not when the page opens), in chunks that yield to the page:
 * the articles' titles, TL;DRs, takeaways and tags first, then their offline texts. Kept fresh through
 * Dexie's liveQuery: articles changed since the last look are found by the `updatedAt` index
 * (schema v2), deleted ones by their missing ids.
 *
 * Matching: text is NFKD-normalized, diacritics removed and lower-cased, so "Resume" finds
 * "Résumé" and "ＡＩ" finds "AI". Words in space-separated scripts match by prefix ("agent" finds
 * "agents"); Chinese, Japanese and Korean text has no spaces, so runs of those characters are
 * indexed as single characters and overlapping pairs (bigrams), and a query run must have all its
 * pairs in the article. Every term of a query must match (AND), each in any field.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ArticleRow, LedeDB } from './schema';

// ---------------------------------------------------------------------------------------------
// Text normalization and tokens

const CJK_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const CJK_CHAR_RE = new RegExp(`[${CJK_CLASS}]`, 'u');
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const MARKS_RE = /\p{M}/gu;

const NON_ASCII_RE = /[^\x00-\x7f]/;

/** Case-, width- and diacritic-insensitive form of a text. */
export function normalizeText(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s.toLowerCase(); // the common case, 10× faster
  return s.normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
}

/** Only this much of an offline copy's text is indexed (a 1 MB page stays searchable by its start). */
export const MAX_INDEXED_TEXT = 200_000;


export interface QueryTerm {
  text: string;
  cjk: boolean;
}

/** Character classes, cached per UTF-16 code unit: 1 word character, 2 CJK, 3 separator. */
const WORD = 1;
const CJK = 2;
const SEP = 3;
const classes = new Uint8Array(65536);
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
function classOf(code: number): number {
  let c = classes[code];
  if (c) return c;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) c = WORD;
  else if (code < 0x80) c = SEP;
  else if (code >= 0xd800 && code <= 0xdfff) c = code >= 0xd840 && code <= 0xd87f ? CJK : SEP; // CJK Ext. B–F high surrogates
  else if (CJK_CHAR_RE.test(String.fromCharCode(code))) c = CJK;
  else c = LETTER_OR_DIGIT_RE.test(String.fromCharCode(code)) ? WORD : SEP;
  classes[code] = c;
  return c;
}

/**
 * Walks a (normalized) text: calls `word` for each run of word characters and `cjk` for each run
 * of CJK characters. A hand-written loop: ~10× faster than a Unicode-property regex.
 */
function scan(norm: string, word: (w: string) => void, cjk: (run: string) => void): void {
  let start = 0;
  let kind = SEP;
  for (let i = 0; i <= norm.length; i++) {
    let c = i < norm.length ? classOf(norm.charCodeAt(i)) : SEP;
    // A low surrogate continues a CJK run started by its high surrogate.
    if (kind === CJK && i < norm.length) {
      const code = norm.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) c = CJK;
    }
    if (c === kind) continue;
    if (kind === WORD) word(norm.slice(start, i));
    else if (kind === CJK) cjk(norm.slice(start, i));
    kind = c;
    start = i;
  }
}

/** The index terms of a (normalized) text: words, and CJK characters and bigrams. */
function addTerms(norm: string, out: Set<string>): void {
  scan(
    norm,
    (w) => out.add(w),
    (run) => {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        out.add(chars[i]);
        if (i + 1 < chars.length) out.add(chars[i] + chars[i + 1]);
      }
    },
  );
}

/** The terms of a search query, in order, deduplicated. */
export function parseQuery(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  const push = (text: string, cjk: boolean) => {
    if (!seen.has(text)) {
      seen.add(text);
      out.push({ text, cjk });
    }
  };
  scan(normalizeText(query), (w) => push(w, false), (run) => push(run, true));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Highlighting

export type Range = [start: number, end: number];

/** The normalized text and, for each of its code units, the index of the original code unit. */
function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : normalizeText(ch);
    for (let k = 0; k < n.length; k++) map.push(i);
    norm += n;
    i += ch.length;
  }
  map.push(text.length);
  return { norm, map };
}

function isWordStart(norm: string, at: number): boolean {
  if (at === 0) return true;
  const prev = norm[at - 1];
  return !WORD_CHAR_RE.test(prev) || CJK_CHAR_RE.test(prev);
}

/** Where the query's terms occur in `text`, as merged [start, end) ranges of the original text. */
export function matchRanges(text: string, terms: readonly QueryTerm[]): Range[] {
  if (!text || terms.length === 0) return [];
  const { norm, map } = normalizeWithMap(text);
  const raw: Range[] = [];
  for (const term of terms) {
    for (let at = norm.indexOf(term.text); at !== -1; at = norm.indexOf(term.text, at + 1)) {
      if (!term.cjk && !isWordStart(norm, at)) continue;
      // End after the original character that produced the match's last unit (ligatures, surrogates).
      const lastOrig = map[at + term.text.length - 1];
      const origEnd = lastOrig + (text.codePointAt(lastOrig)! > 0xffff ? 2 : 1);
      raw.push([map[at], origEnd]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A short excerpt of `text` around the first match, with its ranges, or null when none matches. */
export function snippet(text: string, terms: readonly QueryTerm[], radius = 90): { text: string; ranges: Range[] } | null {
  // Search a window first: the offline text can be long, and a match near the start is typical.
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return null;
  const first = ranges[0][0];
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + radius * 2);
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp !== -1 && sp < first) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > ranges[0][1]) end = sp;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s + shift, e + shift]);
  return { text: prefix + text.slice(start, end) + suffix, ranges: inside };
}

// ---------------------------------------------------------------------------------------------
// The index

/** What of an article is searched. */
export interface SearchDoc {
  id: number;
  title: string;
  siteName?: string | null;
  tldr?: string | null;
  takeaways?: readonly string[];
  tags?: readonly string[];
  text?: string | null;
}

export function docFromRow(row: ArticleRow, text: string | null | undefined): SearchDoc {
  return { id: row.id!, title: row.title, siteName: row.siteName, tldr: row.tldr, takeaways: row.takeaways, tags: row.tags, text };
}

/** The merge threshold for words not yet in the sorted vocabulary. */
const FRESH_MAX = 4096;

export class SearchIndex {
  /** term → doc numbers (append-only; a re-indexed or deleted article leaves a dead doc number). */
  private postings = new Map<string, number[]>();
  /** Sorted non-CJK words, for prefix search; `fresh` holds words added since the last sort. */
  private sorted: string[] = [];
  private fresh: string[] = [];
  /** doc number → article id (-1: dead). */
  private docIds: number[] = [];
  private docOf = new Map<number, number>();
  private dead = 0;

  get size(): number {
    return this.docOf.size;
  }

  has(id: number): boolean {
    return this.docOf.has(id);
  }

  /** Adds or replaces one article. */
  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const terms = new Set<string>();
    const text = doc.text && doc.text.length > MAX_INDEXED_TEXT ? doc.text.slice(0, MAX_INDEXED_TEXT) : (doc.text ?? '');
    const parts = [doc.title, doc.siteName ?? '', doc.tldr ?? '', ...(doc.takeaways ?? []), ...(doc.tags ?? []), text];
    for (const p of parts) if (p) addTerms(normalizeText(p), terms);
    const n = this.docIds.length;
    this.docIds.push(doc.id);
    this.docOf.set(doc.id, n);
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        if (!CJK_CHAR_RE.test(term)) this.fresh.push(term);
      }
      list.push(n);
    }
  }

  /**
   * Adds the offline text of an article already added without it (the lazy build indexes every
   * article's title, TL;DR, takeaways and tags first, then the texts).
   */
  addText(id: number, text: string | null | undefined): void {
    const n = this.docOf.get(id);
    if (n === undefined || !text) return;
    const terms = new Set<string>();
    addTerms(normalizeText(text.length > MAX_INDEXED_TEXT ? text.slice(0, MAX_INDEXED_TEXT) : text), terms);
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        if (!CJK_CHAR_RE.test(term)) this.fresh.push(term);
      }
      // A term the article's title etc. already had may repeat the doc number (harmless: searches mark).
      if (list[list.length - 1] !== n) list.push(n);
    }
  }

  remove(id: number): void {
    const n = this.docOf.get(id);
    if (n === undefined) return;
    this.docIds[n] = -1;
    this.docOf.delete(id);
    this.dead++;
    if (this.dead > 1000 && this.dead > this.docOf.size) this.compact();
  }

  /** Keeps only these ids (the others were deleted). */
  retain(ids: Iterable<number>): void {
    const keep = new Set(ids);
    for (const id of [...this.docOf.keys()]) if (!keep.has(id)) this.remove(id);
  }

  /** Sorts the new words and merges them into the sorted vocabulary in one linear pass. */
  private mergeFresh(): void {
    if (this.fresh.length === 0) return;
    const fresh = this.fresh.sort();
    const old = this.sorted;
    const out: string[] = new Array(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) out[k++] = old[i] < fresh[j] ? old[i++] : fresh[j++];
    while (i < old.length) out[k++] = old[i++];
    while (j < fresh.length) out[k++] = fresh[j++];
    this.sorted = out;
    this.fresh = [];
  }

  /** Drops dead doc numbers from every posting list. */
  private compact(): void {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const ids: number[] = [];
    this.docIds.forEach((id, n) => {
      if (id !== -1) {
        renumber[n] = ids.length;
        ids.push(id);
      }
    });
    for (const [term, list] of this.postings) {
      const next: number[] = [];
      for (const n of list) if (renumber[n] !== -1) next.push(renumber[n]);
      if (next.length) this.postings.set(term, next);
      else this.postings.delete(term);
    }
    this.sorted = this.sorted.filter((t) => this.postings.has(t));
    this.fresh = this.fresh.filter((t) => this.postings.has(t));
    this.docIds = ids;
    this.docOf = new Map(ids.map((id, n) => [id, n]));
    this.dead = 0;
  }

  /** Doc numbers of one term, marked in `marks`. */
  private markTerm(term: QueryTerm, marks: Uint8Array): void {
    const mark = (list: number[] | undefined) => {
      if (list) for (let i = 0; i < list.length; i++) marks[list[i]] = 1;
    };
    if (term.cjk) {
      const chars = Array.from(term.text);
      if (chars.length === 1) return mark(this.postings.get(chars[0]));
      // Every bigram must be present: intersect.
      const count = new Uint16Array(marks.length);
      // Which bigram last counted each doc: a posting list may name a doc twice (see addText).
      const last = new Int32Array(marks.length).fill(-1);
      const need = new Set<string>();
      for (let i = 0; i + 1 < chars.length; i++) need.add(chars[i] + chars[i + 1]);
      let b = 0;
      for (const bigram of need) {
        const list = this.postings.get(bigram);
        if (!list) return;
        for (let i = 0; i < list.length; i++) {
          const n = list[i];
          if (last[n] !== b) {
            last[n] = b;
            count[n]++;
          }
        }
        b++;
      }
      for (let n = 0; n < count.length; n++) if (count[n] === need.size) marks[n] = 1;
      return;
    }
    // Prefix: a binary search in the sorted words, then a scan of the fresh ones.
    const p = term.text;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(p); i++) mark(this.postings.get(this.sorted[i]));
    for (const w of this.fresh) if (w.startsWith(p)) mark(this.postings.get(w));
  }

  /** The ids of the articles matching every term of `query` (empty query: null = no filter). */
  search(query: string | readonly QueryTerm[]): Set<number> | null {
    const terms = typeof query === 'string' ? parseQuery(query) : query;
    if (terms.length === 0) return null;
    // New words are scanned linearly until there are many; then merged (once, not per save).
    if (this.fresh.length > FRESH_MAX) this.mergeFresh();
    const total = this.docIds.length;
    let acc: Uint8Array | null = null;
    for (const term of terms) {
      const marks = new Uint8Array(total);
      this.markTerm(term, marks);
      if (acc) for (let n = 0; n < total; n++) acc[n] &= marks[n];
      else acc = marks;
    }
    const out = new Set<number>();
    for (let n = 0; n < total; n++) if (acc![n] && this.docIds[n] !== -1) out.add(this.docIds[n]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Building from the database and keeping fresh

/** Articles' titles etc. indexed per step (cheap), then offline texts per step (≈ 6 KB each). */
const META_CHUNK = 500;
const TEXT_CHUNK = 100;
/** Listeners hear of a partly built index at most this often (each hears re-runs the search). */
const NOTIFY_MS = 250;

/** Gives the page the main thread back between steps: a task, not a microtask (input and paint run). */
function yieldToUi(): Promise<void> {
  if (typeof MessageChannel !== 'undefined' && typeof window !== 'undefined') {
    return new Promise<void>((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise<void>((r) => setTimeout(r, 0));
}

/** Indexes these ids' rows and offline texts (small batches: the changes since the last look). */
async function indexIds(db: LedeDB, index: SearchIndex, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += TEXT_CHUNK) {
    const slice = ids.slice(i, i + TEXT_CHUNK);
    const [rows, copies] = await db.transaction('r', db.articles, db.offline, () =>
      Promise.all([db.articles.bulkGet(slice), db.offline.bulkGet(slice)]),
    );
    rows.forEach((row, k) => {
      if (row) index.add(docFromRow(row, copies[k]?.text));
    });
    if (i + TEXT_CHUNK < ids.length) await yieldToUi();
  }
}

/**
 * How far the index is: `idle` (nothing yet), `meta` (titles, TL;DRs, takeaways, tags and site
 * names being indexed, newest first), `text` (every article's title etc. is in; the offline texts
 * are being added), `ready` (everything).
 */
export type IndexPhase = 'idle' | 'meta' | 'text' | 'ready';

export interface LiveSearchIndex {
  index: SearchIndex;
  /** Resolves once every article saved so far is indexed, offline text included. */
  ready: Promise<void>;
  isReady(): boolean;
  phase(): IndexPhase;
  /** Called after each refresh, and now and then while the index is being built. */
  subscribe(fn: () => void): () => void;
  close(): void;
}

/**
 * Builds the index from the database, in two passes that yield to the page between steps: the
 * articles' own fields first (a search finds titles, TL;DRs and tags within moments), then their
 * offline texts. Then follows the database: any change to `articles` re-indexes the articles whose
 * `updatedAt` moved past the newest one seen, and drops deleted ones.
 */
export function openSearchIndex(db: LedeDB): LiveSearchIndex {
  const index = new SearchIndex();
  const listeners = new Set<() => void>();
  let seenUpdatedAt = -Infinity;
  let phase: IndexPhase = 'idle';
  let sub: Subscription | null = null;
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let lastNotify = 0;

  const notify = () => {
    lastNotify = Date.now();
    for (const fn of listeners) fn();
  };
  const notifySometimes = () => {
    if (Date.now() - lastNotify >= NOTIFY_MS) notify();
  };

  /** The first build: ids newest first (what a reader most likely looks for), then two passes. */
  async function build(): Promise<void> {
    phase = 'meta';
    const [ids, newest] = await db.transaction('r', db.articles, async () => [
      ((await db.articles.orderBy('savedAt').primaryKeys()) as number[]).reverse(),
      (await db.articles.orderBy('updatedAt').reverse().limit(1).keys())[0] as number | undefined,
    ]);
    if (newest !== undefined) seenUpdatedAt = newest;
    for (let i = 0; i < ids.length && !closed; i += META_CHUNK) {
      const rows = await db.articles.bulkGet(ids.slice(i, i + META_CHUNK));
      for (const row of rows) if (row) index.add(docFromRow(row, undefined));
      notifySometimes();
      await yieldToUi();
    }
    phase = 'text';
    notify();
    for (let i = 0; i < ids.length && !closed; i += TEXT_CHUNK) {
      const copies = await db.offline.bulkGet(ids.slice(i, i + TEXT_CHUNK));
      for (const copy of copies) if (copy) index.addText(copy.articleId, copy.text);
      notifySometimes();
      if (i + TEXT_CHUNK < ids.length) await yieldToUi();
    }
  }

  /** Catches up with changes: deleted ids dropped, changed and new articles (re-)indexed. */
  async function sync(): Promise<void> {
    const [ids, changed, newest] = await db.transaction('r', db.articles, async () => [
      (await db.articles.toCollection().primaryKeys()) as number[],
      (await db.articles.where('updatedAt').aboveOrEqual(seenUpdatedAt).primaryKeys()) as number[],
      (await db.articles.orderBy('updatedAt').reverse().limit(1).keys())[0] as number | undefined,
    ]);
    index.retain(ids);
    const todo = new Set(changed);
    for (const id of ids) if (!index.has(id)) todo.add(id);
    await indexIds(db, index, [...todo]);
    if (newest !== undefined) seenUpdatedAt = Math.max(seenUpdatedAt, newest);
    notify();
  }

  const first = build()
    .then(sync) // what changed while building
    .then(() => {
      phase = 'ready';
      notify();
      if (closed) return;
      // Observe the newest updatedAt and the number of rows: a save, an edit or a delete moves one.
      sub = liveQuery(async () => {
        const [newest, count] = await Promise.all([db.articles.orderBy('updatedAt').reverse().limit(1).keys(), db.articles.count()]);
        return `${String(newest[0])}|${count}`;
      }).subscribe({
        next: () => {
          running = running.then(sync).catch((err: unknown) => {
            if (!closed) console.warn('[lede] search index refresh failed', err);
          });
        },
        error: (err: unknown) => console.warn('[lede] search index stopped following changes', err),
      });
    })
    .catch((err: unknown) => {
      if (!closed) console.warn('[lede] search index build failed', err);
    });

  return {
    index,
    ready: first,
    isReady: () => phase === 'ready',
    phase: () => phase,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close() {
      closed = true;
      sub?.unsubscribe();
      listeners.clear();
    },
  };
}

const shared = new WeakMap<LedeDB, LiveSearchIndex>();

/** One live index per database per page, built on the first call (when the reader first searches). */
export function getSearchIndex(db: LedeDB): LiveSearchIndex {
  let live = shared.get(db);
  if (!live) {
    live = openSearchIndex(db);
    shared.set(db, live);
  }
  return live;
}

/** The page's live index if a search has started it, without starting one. */
export function peekSearchIndex(db: LedeDB): LiveSearchIndex | undefined {
  return shared.get(db);
}
