import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../lib/extract/sources';

const URL_ = 'https://news.example.com/2026/07/story';
const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL_ }).window.document;
const urls = (body: string) => extractSources(doc(body), URL_).map((s) => s.url);

describe('extractSources', () => {
  it('takes a sources section with bare URLs, deduplicated', () => {
    const s = extractSources(
      doc(`<article><p>Body <a href="https://other.org/x">cited</a>.</p><h2>Sources &amp; Attribution</h2><p>- https://www.reuters.com/a/ - https://news.ycombinator.com/item?id=1 - https://www.reuters.com/a/ - https://news.ycombinator.com/item?id=1</p><p><a href="/">← Back to all posts</a></p></article>`),
      URL_,
    );
    expect(s).toEqual([
      { url: 'https://www.reuters.com/a/', title: 'https://www.reuters.com/a/' },
      { url: 'https://news.ycombinator.com/item?id=1', title: 'https://news.ycombinator.com/item?id=1' },
    ]);
  });

  it('takes a references list with link titles, merging utm_* duplicates', () => {
    const s = extractSources(
      doc(`<article><h2>References</h2><ol><li><a href="https://a.org/paper?utm_source=x&amp;id=2">The paper</a></li><li><a href="https://a.org/paper?id=2&amp;fbclid=abc">dup</a></li><li><a href="https://b.org/">B</a></li></ol></article>`),
      URL_,
    );
    expect(s).toEqual([
      { url: 'https://a.org/paper?id=2', title: 'The paper' },
      { url: 'https://b.org/', title: 'B' },
    ]);
  });

  it('drops unsafe schemes and footnote back-links', () => {
    expect(
      urls(`<article><section class="footnotes" role="doc-endnotes"><ol><li><a href="javascript:alert(1)">x</a> <a href="data:text/html,hi">d</a> <a href="vbscript:msgbox">v</a> <a href="https://c.org/doc">C</a> <a href="#fnref1">↩</a></li><li><a href="https://c.org/doc#sec-3">C3</a></li></ol></section></article>`),
    ).toEqual(['https://c.org/doc', 'https://c.org/doc#sec-3']);
  });

  it('reads bare URLs out of CJK text without its punctuation', () => {
    expect(urls('<article><h2>参考</h2><p>来源：https://a.org/x。另见 https://b.org/y，以及（https://c.org/z）</p></article>')).toEqual([
      'https://a.org/x',
      'https://b.org/y',
      'https://c.org/z',
    ]);
  });

  it('understands other languages', () => {
    expect(urls('<article><h3>Quellen</h3><ul><li><a href="https://q.de/1">Q</a></li></ul></article>')).toEqual(['https://q.de/1']);
    expect(urls('<article><h3>参考文献</h3><ul><li><a href="https://q.jp/1">Q</a></li></ul></article>')).toEqual(['https://q.jp/1']);
    expect(urls('<article><p><strong>Fuentes:</strong> <a href="https://q.es/1">Q</a>, <a href="https://q.es/2">R</a></p></article>')).toEqual(['https://q.es/1', 'https://q.es/2']);
  });

  it('reads "Resources" / "Sources and further reading" sections, not a sidebar widget of the same name', () => {
    for (const label of ['Resources', 'Sources and further reading', 'Further resources', 'References and notes']) {
      const d = new JSDOM(
        `<!doctype html><html><body><article><p>${'Body text of the article, long enough to be prose. '.repeat(3)}<a href="https://cited.example.org/inline">inline</a></p>` +
          `<h2>${label}</h2><ul><li><a href="https://a.example.org/x">A</a></li><li><a href="/guide/">Our guide</a></li></ul></article>` +
          `<aside class="sidebar"><h3>${label}</h3><ul><li><a href="/start/">Start here</a></li></ul></aside></body></html>`,
        { url: 'https://blog.example.com/p/1' },
      ).window.document;
      expect(extractSources(d, 'https://blog.example.com/p/1').map((s) => s.url), label).toEqual(['https://a.example.org/x', 'https://blog.example.com/guide/']);
    }
  });

  it('falls back to external links cited in the body, not boilerplate', () => {
    const html = `<header><nav><a href="https://partner.com/">Partner</a></nav></header>
      <article><p>Per <a href="https://www.reuters.com/x?utm_medium=social">Reuters</a> and <a href="/internal">our story</a> and <a href="https://sub.example.com/y">a sister page</a>.</p>
      <p>Also <a href="https://arxiv.org/abs/1">the paper</a>, <a href="https://twitter.com/intent/tweet?url=x">tweet</a>, <a href="mailto:a@b.c">mail</a>.</p>
      <div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div>
      <div class="related-posts"><a href="https://elsewhere.com/related">Related</a></div>
      <div class="comments"><a href="https://spam.com/">spam</a></div></article>
      <aside><a href="https://ads.com/">Ad</a></aside><footer><a href="https://x.com/site">X</a></footer>`;
    expect(extractSources(doc(html), URL_)).toEqual([
      { url: 'https://www.reuters.com/x', title: 'Reuters' },
      { url: 'https://arxiv.org/abs/1', title: 'the paper' },
    ]);
  });

  it('treats other blogs on a shared host as external', () => {
    const u = 'https://alice.substack.com/p/post';
    const d = new JSDOM('<article><p>See <a href="https://bob.substack.com/p/x">Bob</a> and <a href="https://alice.substack.com/p/older">my older post</a>.</p></article>', { url: u }).window.document;
    expect(extractSources(d, u).map((s) => s.url)).toEqual(['https://bob.substack.com/p/x']);
  });

  it('stays bounded on 50,000 links and a footer of thousands', () => {
    let body = '<article><p>Intro paragraph with enough words to count as text here.</p>';
    for (let i = 0; i < 50000; i++) body += `<a href="https://s${i}.com/p?utm_source=x">l${i}</a> `;
    body += '</article><footer>' + '<a href="https://f.com/">f</a>'.repeat(5000) + '</footer>';
    const s = extractSources(doc(body), URL_);
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s[0]).toEqual({ url: 'https://s0.com/p', title: 'l0' });
  }, 60_000);
});
