// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { recordTabBrief } from '@/lib/db/briefs';
import { createSaver, describeSaveError, parseOfflineCopy, type Snapshot } from '@/lib/background/save';
import { parsePageHtmlResult } from '@/lib/messaging';
import { makeOfflineCopy, OFFLINE_MAX_CHARS } from '@/lib/offline-copy';
import { analyzePage } from '@/lib/extract';
import { openSearchIndex } from '@/lib/db/search';

const PAGES = path.resolve('tests/fixtures/pages');
const fixture = (slug: string) => readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8');
const dom = (html: string, url = 'https://news.example.com/2026/07/story') => new JSDOM(html, { url }).window.document;

let n = 0;
let db: LedeDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`lede-save-${Date.now()}-${n++}`);
  setDbForTests(db);
});

describe('offline copy (Readability + DOMPurify)', () => {
  it('keeps the article body and drops scripts, handlers, styles and forms', () => {
    const doc = dom(`<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <nav>Home · World · Tech</nav>
      <article><h1>Chips</h1>
        ${'<p>Export rules on accelerators tightened again this week, and the industry is adjusting quickly to the change.</p>'.repeat(8)}
        <p onclick="evil()" style="color:red">Clickable <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a></p>
        <script>evil()</script><form><input value="x"></form><iframe src="https://evil.example/"></iframe>
        <img src="https://cdn.example/c.png" onerror="evil()" alt="chart">
      </article><footer>© Example</footer></body></html>`);
    const copy = makeOfflineCopy(doc)!;
    expect(copy.text).toContain('Export rules on accelerators');
    expect(copy.html).not.toMatch(/<script|onclick|onerror|style=|<form|<input|<iframe|javascript:/i);
    expect(copy.html).toContain('https://ok.example/');
    expect(copy.text).not.toMatch(/\s{2,}/);
  });

  it('falls back to <article> when Readability finds nothing, and gives null for an empty page', () => {
    expect(makeOfflineCopy(dom('<html><body><article><p>短文：阿里巴巴。</p></article></body></html>'))?.text).toContain('阿里巴巴');
    expect(makeOfflineCopy(dom('<html><body></body></html>'))).toBeNull();
  });

  // jsdom's recursive serializer overflows its stack on a 3000-deep DOM (browsers do not): skipped here.
  const slugs = existsSync(PAGES)
    ? readdirSync(PAGES).filter((s) => existsSync(path.join(PAGES, s, 'page.html')) && !s.includes('deep-dom'))
    : [];
  it.runIf(slugs.length > 0)('makes a copy of every fixture article page', () => {
    const missing: string[] = [];
    for (const slug of slugs) {
      const doc = dom(fixture(slug), `https://fixtures.example/${slug}`);
      const brief = analyzePage(doc, `https://fixtures.example/${slug}`);
      if (!brief.isArticle) continue;
      const copy = makeOfflineCopy(doc);
      if (!copy || copy.text.length < 100) missing.push(slug);
      else expect(copy.html).not.toMatch(/<script|\son\w+=/i);
    }
    expect(missing).toEqual([]);
  }, 120_000);
});

describe('what the page and the off-page reader answer is validated', () => {
  it('keeps an offline copy that fits, drops anything else', () => {
    expect(parseOfflineCopy({ html: '<p>x</p>', text: 'x' })).toEqual({ html: '<p>x</p>', text: 'x' });
    expect(parseOfflineCopy({ html: 'x'.repeat(OFFLINE_MAX_CHARS + 1), text: 'x' })).toBeNull();
    expect(parseOfflineCopy({ html: 1, text: 'x' })).toBeNull();
    expect(parseOfflineCopy('nope')).toBeNull();
    expect(parseOfflineCopy(null)).toBeNull();
  });

  it('keeps the page\'s HTML with an http(s) URL; a non-string or oversized HTML becomes null', () => {
    expect(parsePageHtmlResult({ html: '<p>x</p>', url: 'https://a.example/x' })).toEqual({ html: '<p>x</p>', url: 'https://a.example/x' });
    expect(parsePageHtmlResult({ html: 42, url: 'https://a.example/x' })).toEqual({ html: null, url: 'https://a.example/x' });
    expect(parsePageHtmlResult({ html: 'x'.repeat(12 * 1024 * 1024 + 1), url: 'https://a.example/x' })!.html).toBeNull();
    expect(parsePageHtmlResult({ html: '<p>x</p>', url: 'javascript:alert(1)' })).toBeNull();
    expect(parsePageHtmlResult('nope')).toBeNull();
  });
});

describe('saving a tab', () => {
  const seed = existsSync(path.join(PAGES, 'seed-alibaba-claude-code', 'page.html'));
  const URL_ = 'https://news.example.com/2026/07/alibaba-claude-code';

  it.runIf(seed)('stores the brief and the offline copy, marks the badge, and the body is searchable', async () => {
    const doc = dom(fixture('seed-alibaba-claude-code'), URL_);
    const snapshot = async (): Promise<Snapshot | null> => ({
      brief: analyzePage(doc, URL_),
      offline: parseOfflineCopy(JSON.parse(JSON.stringify(makeOfflineCopy(doc)))),
    });
    const brief = analyzePage(doc, URL_);
    await recordTabBrief(db, 5, brief);
    const saver = createSaver(db, snapshot);
    const res = await saver.saveTab(5, ['Security']);
    expect(res).toMatchObject({ ok: true, offline: true });
    const id = (res as { id: number }).id;
    const row = await db.articles.get(id);
    expect(row).toMatchObject({ title: brief.title, tags: ['security'], status: 'unread', pending: false });
    const copy = await db.offline.get(id);
    expect(copy!.text.length).toBeGreaterThan(200);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('✓');
    // A word from the body only (not in title / TL;DR / takeaways) finds the article.
    const live = openSearchIndex(db);
    await live.ready;
    const meta = `${row!.title} ${row!.tldr ?? ''} ${row!.takeaways.join(' ')}`.toLowerCase();
    const bodyWord = copy!.text.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).find((w) => w.length > 6 && !meta.includes(w));
    expect(bodyWord).toBeTruthy();
    expect(live.index.search(bodyWord!)?.has(id)).toBe(true);
    live.close();
  });

  it('saves without a copy when the snapshot fails, and explains a full disk', async () => {
    const doc = dom('<article><p>Hello</p></article>', URL_);
    await recordTabBrief(db, 5, analyzePage(doc, URL_));
    const saver = createSaver(db, async () => null);
    expect(await saver.saveTab(5)).toMatchObject({ ok: true, offline: false });
    expect(await createSaver(db, async () => null).saveTab(99)).toMatchObject({ ok: false });
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(describeSaveError(quota)).toMatch(/no storage space left/);
    expect(describeSaveError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/no storage space left/);
  });

  it('saves a link as pending with its text, and refuses non-http links', async () => {
    const saver = createSaver(db, async () => null);
    const res = await saver.saveUrl('https://other.example/story?utm_source=x', 'Link text', ['later']);
    expect(res).toMatchObject({ ok: true, offline: false });
    expect(await db.articles.get((res as { id: number }).id)).toMatchObject({ title: 'Link text', pending: true, tags: ['later'] });
    expect(await saver.saveUrl('javascript:alert(1)')).toMatchObject({ ok: false });
  });
});
