import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { mayHaveTicker, probePage } from '@/lib/extract/probe';
import { analyzePage } from '@/lib/extract';

const quiet = new VirtualConsole();
const doc = (html: string, url = 'https://x.example/') => new JSDOM(html, { url, virtualConsole: quiet }).window.document;

describe('probePage', () => {
  it('sends an article on to the full analysis, with its title and language', () => {
    const html = readFileSync('tests/e2e/pages/slice-article.html', 'utf8');
    const { brief, complete } = probePage(doc(html), 'https://wire.example/a');
    const full = analyzePage(doc(html), 'https://wire.example/a');
    expect(full.isArticle).toBe(true);
    expect(complete).toBe(false);
    expect(brief).toMatchObject({ lang: full.lang, byline: null, publishedAt: null, tldr: null, takeaways: [], sources: [] });
    expect(brief.title).toContain(full.title);
  });

  it('answers a page that is not an article by itself: title, language, site and why', () => {
    const html = '<html lang="de-DE"><head><title>Preise | Acme</title><meta property="og:site_name" content=" Acme "></head><body><nav><a href="/">Start</a></nav><h1>Preise</h1><p>Ab 9 €.</p><a href="/kaufen">Jetzt kaufen und sofort loslegen mit allen Funktionen</a></body></html>';
    const { brief, complete } = probePage(doc(html, 'https://acme.example/pricing?utm_source=x'), 'https://acme.example/pricing?utm_source=x');
    expect(brief).toMatchObject({ isArticle: false, title: 'Preise | Acme', siteName: 'Acme', lang: 'de', url: 'https://acme.example/pricing' });
    expect(brief.reasons).toEqual(['little paragraph text and no article metadata']);
    expect(complete).toBe(true);
  });

  it('calls a login page complete, so nothing more is injected', () => {
    const { complete } = probePage(doc('<html><head><title>Log in</title></head><body><form><input type=password></form></body></html>'), 'https://x.example/login');
    expect(complete).toBe(true);
  });

  it.each([
    ['og:type=article', '<html><head><meta property="og:type" content="article"></head><body><p>Short.</p></body></html>'],
    ['JSON-LD in a @type array', '<html><head><script type="application/ld+json">{"@type": ["Thing", "NewsArticle"]}</script></head><body><p>Short.</p></body></html>'],
    ['two paragraphs of text', `<html><body><p>${'word '.repeat(30)}</p><p>${'word '.repeat(30)}</p></body></html>`],
    ['Chinese text without <p>', `<html><body><div class="post-body">${'这是一篇关于人工智能的文章。'.repeat(8)}<br><br>${'模型训练需要大量数据和计算。'.repeat(8)}</div></body></html>`],
    ['a paywall marker', '<html><body><h1>Story</h1><div class="Paywall-Gate">Subscribe</div></body></html>'],
  ])('sends a page with %s on to the full analysis', (_n, html) => {
    expect(probePage(doc(html), 'https://x.example/a').complete).toBe(false);
  });

  it('does not count link text, scripts or styles as prose', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/${i}">A rather long navigation link title number ${i} here</a>`).join('');
    const html = `<html><body><nav>${links}</nav><script>${'var x = 1; '.repeat(200)}</script><style>${'.a{color:red} '.repeat(100)}</style></body></html>`;
    expect(probePage(doc(html), 'https://x.example/').complete).toBe(true);
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

  // Recall is what matters: a page the full analysis calls an article, or finds a ticker on,
  // must never be answered "complete" by the probe. Every training fixture and every real page
  // of the corpus (when present) is checked.
  it('never answers "complete" for a page whose full analysis finds an article or a ticker', () => {
    const roots = ['tests/fixtures/pages', '../shared/corpus/readability'].filter(existsSync);
    let checked = 0;
    for (const root of roots) {
      for (const slug of readdirSync(root)) {
        const file = [`${root}/${slug}/page.html`, `${root}/${slug}/source.html`].find(existsSync);
        if (!file) continue;
        const meta = `${root}/${slug}/expected.json`;
        const url = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')).url ?? `https://example.com/${slug}/`) : `https://example.com/2024/05/${slug}-story`;
        const html = readFileSync(file, 'utf8');
        // Neither call changes the document: one parse serves both.
        const page = doc(html, url);
        const full = analyzePage(page, url);
        checked++;
        if (!full.isArticle && full.ticker.length === 0) continue;
        expect(probePage(page, url).complete, `${root}/${slug}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(70);
  }, 120_000);
});
