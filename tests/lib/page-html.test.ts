import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { pageHtml, PAGE_HTML_MAX_CHARS } from '@/lib/page-html';

const PAGES = path.resolve('tests/fixtures/pages');
const dom = (html: string, url = 'https://news.example.com/a') => new JSDOM(html, { url }).window.document;
const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pageHtml: the page as the browser holds it, for reading outside the page', () => {
  // jsdom's recursive serializer overflows on a 3,000-deep DOM (browsers do not: tests/e2e/hostile.e2e.ts)
  const slugs = existsSync(PAGES) ? readdirSync(PAGES).filter((s) => existsSync(path.join(PAGES, s, 'page.html')) && !s.includes('deep-dom')) : [];
  it.runIf(slugs.length > 0)('parses back to the same text, links, language and title on every fixture page', () => {
    for (const slug of slugs) {
      const doc = dom(readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8'));
      const again = dom(pageHtml(doc)!);
      expect(text(again), slug).toBe(text(doc));
      expect([...again.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')), slug).toEqual([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      expect(again.documentElement.getAttribute('lang'), slug).toBe(doc.documentElement.getAttribute('lang'));
      expect(again.title, slug).toBe(doc.title);
    }
  });

  it('includes what the page changed after loading (the DOM, not the HTML it came as)', () => {
    const doc = dom('<html><body><article></article></body></html>');
    doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'Rendered by the page <b>later</b>' }));
    const again = dom(pageHtml(doc)!);
    expect(again.querySelector('article p')!.textContent).toBe('Rendered by the page <b>later</b>');
    expect(again.querySelector('b')).toBeNull();
  });

  it('gives null for a page too big to serialize in one short task', () => {
    expect(pageHtml(dom(`<html><body><p>${'x'.repeat(PAGE_HTML_MAX_CHARS)}</p></body></html>`))).toBeNull();
    expect(pageHtml(dom('<html><body><p>small</p></body></html>'))).toContain('<p>small</p>');
  });
});
