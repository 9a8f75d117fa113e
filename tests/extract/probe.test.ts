import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { mayHaveTicker, probePage } from '@/lib/extract/probe';
import { analyzePage } from '@/lib/extract';

const doc = (html: string, url = 'https://x.example/') => new JSDOM(html, { url }).window.document;

describe('probePage', () => {
  it('agrees with the full analysis on detection and metadata, with empty sections', () => {
    const html = readFileSync('tests/e2e/pages/slice-article.html', 'utf8');
    const { brief, complete } = probePage(doc(html), 'https://wire.example/a');
    const full = analyzePage(doc(html), 'https://wire.example/a');
    expect(brief).toMatchObject({ isArticle: full.isArticle, title: full.title, byline: full.byline, publishedAt: full.publishedAt, tldr: null, takeaways: [], sources: [] });
    expect(complete).toBe(false);
  });

  it('calls a plain non-article page complete, so nothing more is injected', () => {
    const { complete } = probePage(doc('<html><head><title>Log in</title></head><body><form><input type=password></form></body></html>'), 'https://x.example/login');
    expect(complete).toBe(true);
  });

  it.each([
    ['a marquee', '<marquee>One · Two · Three</marquee>'],
    ['a ticker class', '<div class="news-ticker"><a href="/1">One</a></div>'],
    ['ticker wording', '<section><h2>This Week in AI</h2><ul><li>One</li></ul></section>'],
    ['an aria label', '<div aria-label="Trending now"><span>One</span></div>'],
    ['Japanese wording', '<div><b>速報</b><span>一</span></div>'],
  ])('flags %s as a possible ticker', (_n, body) => {
    expect(mayHaveTicker(doc(`<html><body>${body}</body></html>`))).toBe(true);
  });

  it('does not flag a plain page', () => {
    expect(mayHaveTicker(doc('<html><body><nav><a href="/">Home</a></nav><p>Hello world.</p></body></html>'))).toBe(false);
  });

  it('never misses a page whose full analysis finds a ticker (every fixture page)', () => {
    const root = 'tests/fixtures/pages';
    for (const slug of readdirSync(root)) {
      const file = `${root}/${slug}/page.html`;
      if (!existsSync(file)) continue;
      const { url } = JSON.parse(readFileSync(`${root}/${slug}/expected.json`, 'utf8'));
      const html = readFileSync(file, 'utf8');
      const full = analyzePage(doc(html, url), url);
      if (full.ticker.length === 0) continue;
      expect(probePage(doc(html, url), url).complete, slug).toBe(false);
    }
  });
});
