import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, normDate } from '../../lib/extract/metadata';

const URL0 = 'https://www.example.com/2026/07/03/story?utm_source=x&id=7';
function meta(head: string, body = '', url = URL0, htmlAttrs = 'lang="en-US"') {
  const dom = new JSDOM(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, { url });
  return extractMetadata(dom.window.document, url);
}
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('url', () => {
  it('uses a same-site canonical, cleaned', () => {
    expect(meta('<link rel="canonical" href="/2026/07/03/story?utm_medium=y">').url).toBe('https://www.example.com/2026/07/03/story');
  });
  it('ignores a canonical on another site, falls back to og:url, then the cleaned given URL', () => {
    expect(meta('<link rel="canonical" href="https://evil.example.net/x"><meta property="og:url" content="https://example.com/og">').url).toBe('https://example.com/og');
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBe('https://www.example.com/2026/07/03/story?id=7');
  });
});

describe('lang', () => {
  it('primary subtag, lower case, from html lang, og:locale or content-language', () => {
    expect(meta('').lang).toBe('en');
    expect(meta('<meta property="og:locale" content="zh_CN">', '', URL0, '').lang).toBe('zh');
    expect(meta('<meta http-equiv="content-language" content="ja-JP">', '', URL0, '').lang).toBe('ja');
    expect(meta('', '', URL0, '').lang).toBeNull();
    // a charset written where the language goes is no language
    expect(meta('<meta http-equiv="Content-Language" content="utf-8">', '', URL0, '').lang).toBeNull();
    expect(meta('<meta property="og:locale" content="zh_Hant_TW">', '', URL0, '').lang).toBe('zh');
  });
});

describe('title and site name', () => {
  it('removes the site suffix and prefers the agreeing h1', () => {
    const m = meta('<title>Model X ships today | The Wire</title><meta property="og:site_name" content="The Wire">', '<h1>Model X ships today</h1>');
    expect(m.title).toBe('Model X ships today');
    expect(m.siteName).toBe('The Wire');
  });
  it.each([
    ['Model X ships today - The Wire', 'Model X ships today'],
    ['Model X ships today — The Wire', 'Model X ships today'],
    ['Model X ships today · The Wire', 'Model X ships today'],
    ['The Wire: Model X ships today', 'Model X ships today'],
  ])('"%s"', (t, want) => {
    expect(meta(`<title>${t}</title><meta property="og:site_name" content="The Wire">`).title).toBe(want);
  });
  it('takes the site name from JSON-LD publisher, else from the title suffix', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Pub' } })).siteName).toBe('Pub');
    expect(meta('<title>Some long headline here | Example News</title>').siteName).toBe('Example News');
    expect(meta('<title>Just a title</title>').siteName).toBeNull();
  });
  it('JSON-LD headline beats a title with a different suffix; a home page keeps the site name as title', () => {
    expect(meta(`<title>x | y</title>${ld({ '@graph': [{ '@type': 'BlogPosting', headline: 'Real headline' }] })}`).title).toBe('Real headline');
    expect(meta('<title>Tensor — AI news, every day</title><meta property="og:title" content="Tensor"><meta property="og:site_name" content="Tensor">').title).toBe('Tensor');
  });
});

describe('byline', () => {
  it('JSON-LD authors: object, array, string; joined "A and B"', () => {
    expect(meta(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Jane Doe' } })).byline).toBe('Jane Doe');
    expect(meta(ld({ '@type': 'Article', author: [{ name: 'Jane Doe' }, 'John Roe'] })).byline).toBe('Jane Doe and John Roe');
    expect(meta(ld({ '@type': 'Article', author: [{ name: 'A B' }, { name: 'C D' }, { name: 'E F' }] })).byline).toBe('A B, C D and E F');
  });
  it('resolves @id author references', () => {
    const g = { '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Jane Doe' }] };
    expect(meta(ld(g)).byline).toBe('Jane Doe');
  });
  it('meta author, never a URL', () => {
    expect(meta('<meta name="author" content="Jane Doe">').byline).toBe('Jane Doe');
    expect(meta('<meta property="article:author" content="https://facebook.com/jane">').byline).toBeNull();
  });
  it('.byline text without "By" and without the date; rel=author links', () => {
    expect(meta('', '<article><h1>T</h1><div class="byline">By Jane Doe | July 3, 2026</div></article>').byline).toBe('Jane Doe');
    expect(meta('', '<article><h1>T</h1><p class="meta">by <a rel="author" href="/author/jd">Jane Doe</a> and <a rel="author" href="/author/jr">John Roe</a></p></article>').byline).toBe('Jane Doe and John Roe');
  });
  it('a "Posted by X on date" line under the h1', () => {
    const m = meta('', '<h1>T</h1><p class="meta">Posted by Ola Nordmann on June 12, 2026</p><p>Body</p>');
    expect(m.byline).toBe('Ola Nordmann');
    expect(m.publishedAt).toBe('2026-06-12T00:00:00.000Z');
  });
  it('a person beats the site name', () => {
    const head = `<meta property="og:site_name" content="The Wire">${ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'The Wire' } })}<meta name="author" content="Jane Doe">`;
    expect(meta(head).byline).toBe('Jane Doe');
  });
});

describe('publishedAt', () => {
  it('JSON-LD datePublished, not dateModified; offsets converted to UTC', () => {
    expect(meta(ld({ '@type': 'NewsArticle', dateModified: '2026-07-05T00:00:00Z', datePublished: '2026-07-03T10:00:00-04:00' })).publishedAt).toBe('2026-07-03T14:00:00.000Z');
  });
  it('article:published_time and other meta names', () => {
    expect(meta('<meta property="article:modified_time" content="2026-07-09T00:00:00Z"><meta property="article:published_time" content="2026-07-03T14:20:00Z">').publishedAt).toBe('2026-07-03T14:20:00.000Z');
    expect(meta('<meta name="parsely-pub-date" content="2026-07-01">').publishedAt).toBe('2026-07-01T00:00:00.000Z');
    expect(meta('<meta name="sailthru.date" content="2026-07-01 08:30:00">').publishedAt).toBe('2026-07-01T08:30:00.000Z');
  });
  it('<time>: the published one, not the updated one', () => {
    const body = '<article><h1>T</h1><p>Updated <time class="updated" datetime="2026-07-09">x</time></p><time class="published" datetime="2026-07-02T09:00:00+02:00">y</time></article>';
    expect(meta('', body).publishedAt).toBe('2026-07-02T07:00:00.000Z');
  });
  it('normDate', () => {
    expect(normDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T09:52:50.000Z');
    expect(normDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000Z');
    expect(normDate('2024-06-25')).toBe('2024-06-25T00:00:00.000Z');
    expect(normDate('Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)')).toBe('2024-12-07T01:36:42.000Z');
    expect(normDate('not a date')).toBeNull();
    expect(normDate('1970-01-01')).toBeNull();
  });
});

describe('wordCount', () => {
  it('counts words of the main text; CJK characters count half a word', () => {
    const en = meta('', `<article><h1>T</h1>${'<p>one two three four five six seven eight nine ten.</p>'.repeat(5)}</article>`);
    expect(en.wordCount).toBe(50);
    const zh = meta('', `<article><h1>T</h1><p>${'模型'.repeat(50)}</p></article>`);
    expect(zh.wordCount).toBe(50);
  });
});
