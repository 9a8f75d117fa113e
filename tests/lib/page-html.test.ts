import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { pageHtml, PAGE_HTML_MAX_CHARS } from '@/lib/page-html';

const PAGES = path.resolve('tests/fixtures/pages');
const noYield = { yieldTask: async () => {} };
const dom = (html: string, url = 'https://news.example.com/a') => new JSDOM(html, { url }).window.document;
const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pageHtml: the page as the browser holds it, written in pieces', () => {
  // jsdom's recursive serializer overflows on a 3,000-deep DOM (browsers do not: tests/e2e/hostile.e2e.ts)
  const slugs = existsSync(PAGES) ? readdirSync(PAGES).filter((s) => existsSync(path.join(PAGES, s, 'page.html')) && !s.includes('deep-dom')) : [];
  it.runIf(slugs.length > 0)('parses back to the same text, links, language and title on every fixture page', async () => {
    for (const slug of slugs) {
      const doc = dom(readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8'));
      const again = dom((await pageHtml(doc, noYield))!);
      expect(text(again), slug).toBe(text(doc));
      expect([...again.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')), slug).toEqual([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      expect(again.documentElement.getAttribute('lang'), slug).toBe(doc.documentElement.getAttribute('lang'));
      expect(again.title, slug).toBe(doc.title);
    }
  }, 120_000);

  it('writes big elements in pieces that parse back to the same page, escaping text and attributes', async () => {
    const doc = dom('<html lang="de"><head><title>T</title></head><body><article id="a"></article><footer></footer></body></html>');
    const article = doc.getElementById('a')!;
    for (let i = 0; i < 60; i++) article.append(Object.assign(doc.createElement('p'), { textContent: `Absatz ${i} <b>&</b> ${'wort '.repeat(3000)}` }));
    article.setAttribute('data-x', '"><script>alert(1)</script>');
    const footer = doc.querySelector('footer')!;
    for (let i = 0; i < 6000; i++) footer.append(Object.assign(doc.createElement('a'), { href: `/f${i}`, textContent: `f${i}` }), ' ');
    const again = dom((await pageHtml(doc, noYield))!);
    expect(text(again)).toBe(text(doc));
    expect(again.querySelectorAll('article p')).toHaveLength(60);
    expect(again.querySelectorAll('footer a')).toHaveLength(6000);
    expect(again.querySelectorAll('b, script')).toHaveLength(0);
    expect(again.getElementById('a')!.getAttribute('data-x')).toBe('"><script>alert(1)</script>');
    expect(again.documentElement.lang).toBe('de');
  });

  it('includes what the page changed after loading (the DOM, not the HTML it came as)', async () => {
    const doc = dom('<html><body><article></article></body></html>');
    doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'Rendered by the page <b>later</b>' }));
    const again = dom((await pageHtml(doc, noYield))!);
    expect(again.querySelector('article p')!.textContent).toBe('Rendered by the page <b>later</b>');
  });

  it('yields whenever a task has written for its time slice', async () => {
    const doc = dom(`<html><body><div>${'<p>para</p>'.repeat(6000)}</div></body></html>`);
    let clock = 0;
    let yields = 0;
    // every read of the clock costs 1 ms: with an 8 ms slice, a yield every few pieces
    const html = await pageHtml(doc, { yieldTask: async () => void yields++, sliceMs: 8, now: () => clock++ });
    expect(yields).toBeGreaterThan(100);
    expect(dom(html!).querySelectorAll('p')).toHaveLength(6000);
  });

  it('gives null for a page too big to keep', async () => {
    expect(await pageHtml(dom(`<html><body><p>${'x'.repeat(PAGE_HTML_MAX_CHARS)}</p></body></html>`), noYield)).toBeNull();
    expect(await pageHtml(dom('<html><body><p>small</p></body></html>'), noYield)).toContain('<p>small</p>');
  });
});
