import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/extract/detect';

const words = (n: number, seed = 0): string =>
  Array.from({ length: n }, (_, i) => ['model', 'training', 'benchmark', 'release', 'agents', 'tokens', 'latency', 'weights'][(i + seed) % 8]).join(' ');
const paras = (n: number, len = 60): string => Array.from({ length: n }, (_, i) => `<p>${words(len, i)}.</p>`).join('\n');
const zh = '大型语言模型在代码生成任务上的表现持续提升研究人员发现新的训练方法能够显著降低推理成本并提高准确率';

function detect(body: string, url = 'https://news.example.com/2026/07/03/some-story-about-models', head = '') {
  const dom = new JSDOM(`<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`, { url });
  return detectArticle(dom.window.document, url);
}
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('detectArticle: articles', () => {
  it('a plain article: one heading, a run of paragraphs', () => {
    const r = detect(`<header><nav><a href="/">Home</a></nav></header><main><h1>Big news</h1>${paras(10)}</main>`);
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join(' ')).toMatch(/main text [\d,]+ words in 10 paragraphs/);
  });

  it('JSON-LD article types inside @graph and @type arrays', () => {
    const head = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'], headline: 'x' }] });
    const r = detect(`<h1>x</h1>${paras(4)}`, 'https://example.com/x', head);
    expect(r.isArticle).toBe(true);
    expect(r.reasons[0]).toBe('JSON-LD NewsArticle');
  });

  it('Chinese and Japanese articles (characters, not spaces)', () => {
    const zhBody = `<h1>标题</h1>${Array.from({ length: 8 }, () => `<p>${zh}。${zh}。</p>`).join('')}`;
    expect(detect(zhBody, 'https://example.cn/news/123456.html').isArticle).toBe(true);
    const ja = 'トレンドマイクロは公衆無線を安全に使うためのアプリを発表した同社によると利用者の通信を暗号化する';
    const jaBody = `<h1>見出し</h1><div class="body">${Array.from({ length: 6 }, () => `${ja}。${ja}。<br><br>`).join('')}</div>`;
    expect(detect(jaBody, 'https://example.jp/articles/987654').isArticle).toBe(true);
  });

  it('a short news brief, signed and dated, is an article; the same text unsigned is not', () => {
    const body = `<article><h1>Chip rules tightened</h1><p class="byline">By Ana Lima</p><time datetime="2026-07-03">3 July</time>${paras(2, 40)}</article>`;
    const url = 'https://example.com/news/chip-rules';
    const dom = () => new JSDOM(`<!doctype html><html><head><title>T</title><meta property="og:type" content="article"></head><body>${body}</body></html>`, { url }).window.document;
    const signed = detectArticle(dom(), url, { byline: 'Ana Lima', publishedAt: '2026-07-03T00:00:00.000Z' });
    expect(signed.isArticle).toBe(true);
    expect(signed.reasons).toContain('one story, signed and dated');
    expect(detectArticle(dom(), url, { byline: null, publishedAt: '2026-07-03T00:00:00.000Z' }).isArticle).toBe(false);
    expect(detectArticle(dom(), url).isArticle).toBe(false);
  });

  it("a newsroom's dated, unsigned post under one headline is an article; an \"About\" page dated alike is not", () => {
    const doc = (url: string) => new JSDOM(`<!doctype html><html><head><meta property="og:type" content="website"></head><body><main><h1>Opening our Nairobi hub</h1><span>Nov 12, 2026</span><div>${paras(3, 70)}</div></main></body></html>`, { url }).window.document;
    const dated = { byline: null, publishedAt: '2026-11-12' };
    const post = detectArticle(doc('https://newsroom.example.ai/nairobi-hub'), 'https://newsroom.example.ai/nairobi-hub', dated);
    expect(post.isArticle).toBe(true);
    expect(post.reasons).toContain('one dated story');
    expect(detectArticle(doc('https://newsroom.example.ai/nairobi-hub'), 'https://newsroom.example.ai/nairobi-hub').isArticle).toBe(false);
    expect(detectArticle(doc('https://example.ai/about/'), 'https://example.ai/about/', dated).isArticle).toBe(false);
  });

  it('a paper page is an article by its scholarly metadata, its short abstract no sign against', () => {
    const head = '<meta property="og:type" content="website"><meta name="citation_title" content="Sparse routing"><meta name="citation_author" content="Lin, Mei">';
    const body = `<main><div class="subheader"><h1>Computer Science &gt; Machine Learning</h1></div><h1>Title: Sparse routing</h1><blockquote class="abstract">${words(150)}.</blockquote></main><div><h1>Tools</h1></div><div><h1>Code</h1></div>`;
    expect(detect(body, 'https://arxiv.org/abs/2611.04821', head).isArticle).toBe(true);
    expect(detect(body, 'https://arxiv.org/abs/2611.04821', '<meta property="og:type" content="website">').isArticle).toBe(false);
  });

  it('a short story the CMS marks a single post (WordPress, Ghost, Drupal body classes), not its archive', () => {
    const body = (cls: string) => `<body class="${cls}"><main><h1>Council approves fibre permits</h1><div class="entry-content">${paras(3, 40)}</div></main></body>`;
    const run = (cls: string, url = 'https://example.com/news/council-fibre-permits/') =>
      detectArticle(new JSDOM(`<!doctype html><html><head><meta property="og:type" content="website"></head>${body(cls)}</html>`, { url }).window.document, url);
    for (const cls of ['post-template-default single single-post postid-4 single-format-standard', 'post-template tag-ai', 'node-type-commentary']) {
      expect(run(cls).isArticle, cls).toBe(true);
      expect(run(cls).reasons).toContain('the CMS marks it a single post (body class)');
    }
    for (const cls of ['archive category category-news', 'page-template-default page', 'node-type-page', '']) expect(run(cls).isArticle, cls).toBe(false);
  });

  it('a short story set out as one: its headline and text in the page\'s one <article>, a dated URL (yyyymmdd)', () => {
    const ja = '経済産業省は生成AI向けのデータセンターに電力を優先的に割り当てる新たな枠組みを設ける方針を固めました';
    const body = (n: number) => `<main><article><h1>電力の優先枠を新設へ</h1>${`<p>${ja}。</p>`.repeat(3)}</article>${n > 1 ? '<article><h2>関連</h2><p>x</p></article>' : ''}</main>`;
    const head = '<meta property="og:type" content="article">';
    const r = detect(body(1), 'https://news.example.jp/articles/20261103/k10014829101000.html', head);
    expect(r.isArticle).toBe(true);
    expect(r.reasons).toEqual(expect.arrayContaining(['headline and text in one <article>', 'URL has an article slug or date']));
    expect(detect(body(2), 'https://news.example.jp/articles/k10014829101000.html', head).isArticle).toBe(false);
  });

  it('a builder page\'s text written as one block with blank lines (<br><br>) counts its paragraphs', () => {
    const block = `<div class="t-text">${Array.from({ length: 5 }, (_, i) => words(32, i)).join('<br /><br />\n')}</div>`;
    const r = detect(`<h1>How we moved support to an assistant</h1>${block}`, 'https://blog.example.ru/ai-support-case', '<meta property="og:type" content="article">');
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join(' ')).toMatch(/160 words in 5 paragraphs/);
  });

  it('a link roundup issue: headlines that link to other sites over "newsletter" blurbs are its stories, not a listing', () => {
    const story = (i: number, host: string) => `<div class="mt-3"><a href="https://${host}/story-${i}"><h3>Story number ${i} about a model launch</h3></a><div class="newsletter-html">${words(40, i)}.</div></div>`;
    const page = (host: (i: number) => string) => `<header><a href="/">TLDR</a></header><main><h1>Gemini 3.5 Flash, Mistral in Singapore</h1><article>${[0, 1, 2, 3, 4].map((i) => story(i, host(i))).join('')}</article></main>`;
    const url = 'https://tldr.tech/ai/2026-11-24';
    const r = detect(page((i) => `site${i}.example.org`), url, '<meta property="og:type" content="website">');
    expect(r.isArticle).toBe(true);
    // the same cards linking to the site's own pages are a listing
    expect(detect(page(() => 'tldr.tech'), url, '<meta property="og:type" content="website">').isArticle).toBe(false);
  });

  it('a paper page described in Highwire Press tags (citation_title, citation_author) is an article', () => {
    const head = '<meta property="og:type" content="website"><meta name="citation_title" content="Sparse experts"><meta name="citation_author" content="Lima, Ana">';
    const r = detect(`<h1>Title: Sparse experts</h1><blockquote class="abstract">${words(110)}</blockquote>`, 'https://papers.example.org/abs/2603.01234', head);
    expect(r.isArticle).toBe(true);
    expect(detect(`<h1>Title: Sparse experts</h1><blockquote class="abstract">${words(110)}</blockquote>`, 'https://papers.example.org/abs/2603.01234', '<meta property="og:type" content="website">').isArticle).toBe(false);
  });

  it('a paywalled story cut off after two paragraphs is still an article', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'x', isAccessibleForFree: false }) + '<meta property="og:type" content="article">';
    const r = detect(`<h1>x</h1>${paras(2, 40)}<div class="paywall">Subscribe to read more</div>`, 'https://example.com/2026/07/03/x', head);
    expect(r.isArticle).toBe(true);
    expect(r.reasons.join(' ')).toMatch(/paywall/);
  });

  it('a news site with a login form in its header is still an article', () => {
    const r = detect(`<header><form><input type="password"></form></header><article><h1>x</h1>${paras(12)}</article>`);
    expect(r.isArticle).toBe(true);
  });
});

describe('detectArticle: not articles', () => {
  const teasers = (n: number): string =>
    Array.from({ length: n }, (_, i) => `<article class="card"><h2><a href="/2026/07/0${i % 9}/story-${i}">Headline number ${i} about models</a></h2><p>${words(30, i)}</p></article>`).join('');

  it('a podcast episode page of show notes (JSON-LD PodcastEpisode), signed and dated, is not an article; written up as a story it is', () => {
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-03T09:00:00Z">' + ld({ '@context': 'https://schema.org', '@type': 'PodcastEpisode', name: 'Ep. 142' });
    const url = 'https://offbyone.fm/episodes/142-small-models-big-deployments/';
    const dated = { byline: 'Amara Nwosu', publishedAt: '2026-11-03T09:00:00Z' };
    const run = (body: string) => detectArticle(new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document, url, dated);
    const notes = run(`<main><h1>Ep. 142: Small models</h1><audio src="/a.mp3"></audio><p>${words(40)}.</p><p>${words(30)}.</p><h2>Links mentioned</h2><ul><li><a href="https://a.example/">A</a></li></ul></main>`);
    expect(notes.isArticle).toBe(false);
    expect(notes.reasons).toContain('JSON-LD PodcastEpisode');
    expect(run(`<main><h1>Ep. 142: Small models</h1><audio src="/a.mp3"></audio>${paras(6, 60)}</main>`).isArticle).toBe(true);
  });

  it('a home page full of teasers, even with og:type=article', () => {
    const r = detect(`<main>${teasers(18)}</main>`, 'https://example.com/', '<meta property="og:type" content="article">');
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/listing page: 18 teaser cards/);
  });

  it('an About or legal page at the site\'s root, even as a long <article> with og:type=article; an archive page, not an item under an archive path', () => {
    const head = '<meta property="og:type" content="article">';
    const page = `<main><article><h1>About Civic Signal</h1>${paras(6, 70)}</article></main>`;
    for (const p of ['/about/', '/de/impressum', '/privacy-policy']) expect(detect(page, `https://civic.example.org${p}`, head).isArticle, p).toBe(false);
    expect(detect(page, 'https://civic.example.org/blog/about-our-new-grants-program/', head).isArticle).toBe(true);
    const issue = `<h1>Issue #87: Small models, big contracts</h1>${paras(3, 50)}`;
    expect(detect(issue, 'https://buttondown.com/ledger/archive/issue-87-small-models-big-contracts/', head).isArticle).toBe(true);
    expect(detect(issue, 'https://www.theatlantic.com/technology/archive/2023/09/books3-database-training-copyright/675363/', head).isArticle).toBe(true);
    for (const p of ['/archive/', '/archives/2026/03/']) expect(detect(issue, `https://buttondown.com/ledger${p}`, head).reasons, p).toContain('URL looks like an archive page');
  });

  it('a category page with JSON-LD NewsArticle still is a listing', () => {
    const r = detect(`<main><h1>AI</h1>${teasers(12)}</main>`, 'https://example.com/section/ai', ld({ '@type': 'NewsArticle' }));
    expect(r.isArticle).toBe(false);
  });

  it.each([
    ['https://example.com/tag/llm', /tag, category or author/],
    ['https://example.com/author/jane-doe', /tag, category or author/],
    ['https://example.com/search?q=agents', /search page/],
    ['https://example.com/docs/getting-started/install-the-sdk-quickly', /documentation/],
    ['https://example.com/pricing', /pricing/],
  ])('URL shape %s', (url, why) => {
    const r = detect(`<h1>x</h1>${paras(3, 40)}`, url);
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join(' ')).toMatch(why);
  });

  it('a login page', () => {
    const r = detect('<main><h1>Sign in</h1><form><input name="u"><input type="password"><button>Go</button></form></main>', 'https://example.com/welcome-back');
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/password/);
  });

  it('product, software, video and profile pages by JSON-LD and og:type', () => {
    expect(detect(`<h1>Widget</h1>${paras(3, 50)}`, 'https://shop.example.com/widget-pro-max-2000', ld({ '@type': 'Product', name: 'W' })).isArticle).toBe(false);
    expect(detect(`<h1>Clip</h1>${paras(2, 40)}`, 'https://example.com/v/abc', '<meta property="og:type" content="video.other">').isArticle).toBe(false);
    expect(detect(`<h1>App</h1>${paras(3, 40)}`, 'https://example.com/app', ld({ '@type': 'SoftwareApplication' })).isArticle).toBe(false);
  });

  it('a repository page', () => {
    expect(detect(`<h1>owner/repo</h1>${paras(8)}`, 'https://github.com/owner/repo').isArticle).toBe(false);
  });

  it('a short forum post that says TL;DR in passing', () => {
    const head = ld({ '@type': 'DiscussionForumPosting', headline: 'Question' });
    const r = detect('<h1>Which model?</h1><p>TL;DR: which coding model do you use these days? Curious about latency.</p><p>Thanks!</p>', 'https://forum.example.com/t/which-model/123', head);
    expect(r.isArticle).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/DiscussionForumPosting|forum/);
  });

  it('an empty or tiny page', () => {
    expect(detect('', 'https://example.com/x').isArticle).toBe(false);
    expect(detectArticle(new JSDOM('<p>Hello</p>').window.document, 'not a url').isArticle).toBe(false);
  });
});

describe('detectArticle: hostile pages stay bounded', () => {
  it('3,000-level deep DOM, 50,000 links, megabytes of text', () => {
    const deep = '<div>'.repeat(3000) + 'deep text '.repeat(50) + '</div>'.repeat(3000);
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="/l${i}">link ${i}</a>`).join(' ');
    const big = `<p>${'word '.repeat(2_000_000)}</p>`;
    const dom = new JSDOM(`<html><body>${deep}${links}${big}</body></html>`, { url: 'https://example.com/x' });
    const doc = dom.window.document;
    // Calibrate against one full native traversal of the same page, so a loaded machine does not
    // fail the test while an unbounded (O(n²)) path still would.
    let t = performance.now();
    void doc.body.querySelectorAll('*').length;
    const base = performance.now() - t;
    t = performance.now();
    const r = detectArticle(doc, 'https://example.com/x');
    const ms = performance.now() - t;
    expect(typeof r.isArticle).toBe('boolean');
    expect(ms).toBeLessThan(Math.max(5000, 60 * base));
  });
});
