import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { pageHtml } from '@/lib/page-html';
import { articleTextFromHtml, offlineCopyFromHtml } from '@/lib/read-html';
import { makeOfflineCopy } from '@/lib/offline-copy';
import { analyzePage } from '@/lib/extract';

const PAGES = path.resolve('tests/fixtures/pages');
const win = () => new JSDOM('').window as unknown as Window & typeof globalThis;
const dom = (html: string, url: string) => new JSDOM(html, { url }).window.document;

describe('reading a page from its HTML, outside the page', () => {
  const slugs = existsSync(PAGES) ? readdirSync(PAGES).filter((s) => existsSync(path.join(PAGES, s, 'page.html')) && !s.includes('deep-dom')) : [];
  // one test per page (the fixture set grows: a single test over all of them outgrew its timeout)
  let articles = 0;
  const w = win();
  it.each(slugs)('makes the same offline copy from the page\'s HTML as from the live page: %s', async (slug) => {
    const url = `https://fixtures.example/${slug}/`;
    const doc = dom(readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8'), url);
    if (!analyzePage(doc, url).isArticle) return;
    articles++;
    const live = makeOfflineCopy(doc);
    const off = offlineCopyFromHtml((await pageHtml(doc, { yieldTask: async () => {} }))!, url, w);
    expect(off?.text, slug).toBe(live?.text);
    expect(off!.html, slug).not.toMatch(/<script|\son\w+=/i);
  });
  it.runIf(slugs.length > 0)('compared the copies of more than 40 fixture articles', () => {
    expect(articles).toBeGreaterThan(40);
  });

  it('resolves relative links against the page (or its own <base>) and loads nothing', () => {
    const body = `<article><h1>T</h1>${'<p>Export rules on accelerators tightened again this week, and the industry is adjusting to it.</p>'.repeat(6)}<p><a href="/story/2">next</a> <img src="pic.png" onerror="globalThis.ran = 1"></p></article>`;
    const w = win();
    const copy = offlineCopyFromHtml(`<html><body>${body}</body></html>`, 'https://news.example.com/2026/a/', w)!;
    expect(copy.html).toContain('href="https://news.example.com/story/2"');
    expect(copy.html).toContain('src="https://news.example.com/2026/a/pic.png"');
    expect((w as unknown as { ran?: number }).ran).toBeUndefined();
    const based = offlineCopyFromHtml(`<html><head><base href="https://cdn.example.org/x/"></head><body>${body}</body></html>`, 'https://news.example.com/a', w)!;
    expect(based.html).toContain('src="https://cdn.example.org/x/pic.png"');
  });

  it('finds the main text to summarize', () => {
    const html = `<html lang="de"><head><title>Chips</title></head><body><nav>Home</nav><article><h1>Chips</h1>${'<p>Die Exportregeln für Beschleuniger wurden diese Woche erneut verschärft, und die Branche passt sich an.</p>'.repeat(6)}</article><footer>©</footer></body></html>`;
    const t = articleTextFromHtml(html, 'https://news.example.com/a', win());
    expect(t.lang).toBe('de');
    expect(t.paragraphs.length).toBe(6);
    expect(t.text).not.toContain('Home');
  });
});
