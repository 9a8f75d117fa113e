import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractTicker } from '../../lib/extract/ticker';

const URL_ = 'https://news.example.com/a';
const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL_ }).window.document;
const H = ['Claude Skills hit general availability', 'New open-weight model tops coding benchmarks', 'API prices cut across two frontier labs', 'Terminal LLM clients gain developer mindshare'];
const LONG = '<article><h1>Title</h1>' + '<p>This is a long paragraph of body text that goes on for a while so that it counts as real article prose, not a label.</p>'.repeat(5) + '</article>';

describe('extractTicker', () => {
  it('spans under a "This Week in AI" heading, with a hidden scrolling copy counted once', () => {
    const spans = H.map((h) => `<span>${h}</span>`).join('');
    const t = extractTicker(doc(`<div class="strip"><strong>This Week in AI</strong><div class="track">${spans}</div><div class="track" aria-hidden="true">${spans}</div></div>${LONG}`), URL_);
    expect(t).toEqual(H.map((title) => ({ title, url: null })));
  });

  it('links in a trending section, absolute and cleaned', () => {
    const links = H.map((h, i) => `<li><a href="/n/${i}?utm_source=tick">${h}</a></li>`).join('');
    const t = extractTicker(doc(`<section aria-label="Trending"><ul>${links}</ul></section>${LONG}`), URL_);
    expect(t).toEqual(H.map((title, i) => ({ title, url: `https://news.example.com/n/${i}` })));
  });

  it('a marquee', () => {
    const t = extractTicker(doc(`<marquee>${H.map((h) => `<a href="https://n.com/${h.length}">${h}</a>`).join(' • ')}</marquee>`), URL_);
    expect(t.map((x) => x.title)).toEqual(H);
  });

  it('a flat strip of text separated by bullets', () => {
    const t = extractTicker(doc(`<div class="news-ticker"><p>${H.join(' • ')}</p></div>`), URL_);
    expect(t.map((x) => x.title)).toEqual(H);
  });

  it('ignores nav menus, stock quotes, tables of contents, sidebars and forum lists', () => {
    const nav = '<nav aria-label="Trending"><a href="/ai">AI</a><a href="/chips">Chips</a><a href="/policy">Policy</a><a href="/startups">Startups</a></nav>';
    const quotes = '<div class="ticker-bar market-quotes"><span>NVDA 912.40 +2.1%</span><span>MSFT 441.10 -0.4%</span><span>GOOG 181.20 +0.9%</span></div>';
    const toc = `<div class="headlines"><h2>Headlines</h2><ul>${H.map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('')}</ul></div>`;
    const side = `<aside><h2>Trending</h2><ul>${H.map((h) => `<li><a href="/x">${h}</a></li>`).join('')}</ul></aside>`;
    const forum = `<h2>Latest</h2><table>${H.map((h) => `<tr><td><a href="/t/1">${h}</a></td><td>12 replies</td><td>3.4k views</td></tr>`).join('')}</table>`;
    expect(extractTicker(doc(nav + quotes + toc + LONG + side + forum), URL_)).toEqual([]);
  });

  it('ignores a "Trending" list placed after the article body', () => {
    const list = `<div><h2>Trending</h2><ul>${H.map((h) => `<li><a href="/x${h.length}">${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(LONG + list), URL_)).toEqual([]);
  });

  it('drops unsafe links but keeps the headline', () => {
    const t = extractTicker(doc(`<div class="ticker">${H.map((h) => `<a href="javascript:alert(1)">${h}</a>`).join('')}</div>`), URL_);
    expect(t).toEqual(H.map((title) => ({ title, url: null })));
  });

  it('an item of the strip without a link is kept, url null, in page order', () => {
    const lis = H.map((h, i) => (i === 2 ? `<li><span>${h}</span></li>` : `<li><a href="/n/${i}">${h}</a></li>`)).join('');
    const t = extractTicker(doc(`<section class="this-week"><h2>This week</h2><ul>${lis}</ul></section>${LONG}`), URL_);
    expect(t).toEqual(H.map((title, i) => ({ title, url: i === 2 ? null : `https://news.example.com/n/${i}` })));
  });

  it('a strip in a header named for its menu, its class in Spanish ("b-ultima-hora") and labelled "Lo último"', () => {
    const strip = `<header class="b-header-nav-chain"><nav><a href="/espana/">España</a><a href="/economia/">Economía</a></nav><div class="b-ultima-hora"><strong>Lo último</strong><ul><li><a href="/e/1">${H[0]}</a></li><li><span>${H[1]}</span></li><li><a href="/e/3">${H[2]}</a></li></ul></div></header>`;
    expect(extractTicker(doc(strip + LONG), URL_)).toEqual([
      { title: H[0], url: 'https://news.example.com/e/1' },
      { title: H[1], url: null },
      { title: H[2], url: 'https://news.example.com/e/3' },
    ]);
  });

  it('a Japanese takeaways list whose first item starts with "主要ニュース…" is no strip (a word goes on after the label)', () => {
    const box = `<article><h1>T</h1><div class="c-article__points"><h2>この記事のポイント</h2><ul><li>主要ニュースサイト100社のうち61社がAIクローラーを拒否</li><li>1年前の調査から約2倍に増加</li><li>拒否設定を無視するクローラーも確認され法的な手当てを求める声</li></ul></div>${LONG}</article>`;
    expect(extractTicker(doc(box), URL_)).toEqual([]);
    const strip = `<div class="top"><span>主要ニュース</span><ul>${H.slice(0, 3).map((h, i) => `<li><a href="/n/${i}">${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(strip + LONG), URL_).map((i) => i.title)).toEqual(H.slice(0, 3));
  });

  it('an Argentinian "Último momento" strip, found by its label', () => {
    const strip = `<header class="site-header"><nav><a href="/politica/">Política</a></nav><div class="top-strip"><span class="label">Último momento</span><ul>${H.slice(0, 3).map((h, i) => `<li><a href="/n/${i}">${h}</a></li>`).join('')}</ul></div></header>`;
    expect(extractTicker(doc(strip + LONG), URL_).map((i) => i.title)).toEqual(H.slice(0, 3));
  });

  it('a French "En direct" strip named by its class ("direct-strip", "en-direct-bar"), its DIRECT badges and times left out', () => {
    const a = `<div class="direct-strip"><span class="direct-strip__title">En direct</span><ul>${H.slice(0, 3).map((h, i) => `<li><a href="/d/${i}"><span class="badge-live">DIRECT</span> ${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(a + LONG), URL_).map((i) => i.title)).toEqual(H.slice(0, 3));
    const b = `<div class="en-direct-bar"><div class="en-direct-bar__label">En direct</div><div class="swiper">${H.slice(0, 3).map((h, i) => `<div class="swiper-slide"><a href="/d/${i}"><time>13h4${i}</time> ${h}</a></div>`).join('')}</div></div>`;
    expect(extractTicker(doc(b + LONG), URL_).map((i) => i.title)).toEqual(H.slice(0, 3));
  });

  it('a one-headline breaking-news banner is a one-item ticker; a "Breaking" card in the article is not', () => {
    const banner = `<div class="breaking-banner" role="alert"><span>Breaking</span> <a href="/live/1?utm_source=x">${H[0]}</a></div>`;
    expect(extractTicker(doc(banner + LONG), URL_)).toEqual([{ title: H[0], url: 'https://news.example.com/live/1' }]);
    const card = `<article><div class="breaking"><span>Breaking</span> <a href="/live/1">${H[0]}</a></div>${LONG}</article>`;
    expect(extractTicker(doc(card), URL_)).toEqual([]);
    // the label alone named so ("breaking-label"), its banner a plain top-bar wrapper
    const labelled = `<div class="ast-above-header-bar"><div class="ast-builder-html-element"><span class="breaking-label">Breaking</span> <a href="/2026/11/24/open-weights">${H[1]}</a></div></div>`;
    expect(extractTicker(doc(labelled + LONG), URL_)).toEqual([{ title: H[1], url: 'https://news.example.com/2026/11/24/open-weights' }]);
    // a label alone is not enough: the banner holds one short headline and nothing else
    const promo = `<div class="breaking-banner"><span>Breaking</span> <a href="/s">Subscribe</a></div>`;
    expect(extractTicker(doc(promo + LONG), URL_)).toEqual([]);
  });

  it('Spanish "Lo último:" bar of links separated by slashes', () => {
    const bar = `<div class="bar"><strong>Lo último:</strong> ${H.map((h, i) => `<a href="/n/${i}">${h}</a>`).join(' / ')}</div>`;
    expect(extractTicker(doc(bar + LONG), URL_).map((x) => x.title)).toEqual(H);
  });

  it('a category tag or time inside a link is not part of the headline; a data-component names the strip', () => {
    const links = H.map((h, i) => `<a href="/n/${i}"><span class="tag">AI</span> ${h} <time>2h</time></a>`).join('');
    expect(extractTicker(doc(`<div data-component="news-ticker">${links}</div>${LONG}`), URL_).map((x) => x.title)).toEqual(H);
  });

  it('two linked headlines under a ticker label make a strip (not two unlinked lines); a percentage in one headline is no stock bar; CJK labels may close the text', () => {
    const two = `<div class="ultimora"><b>Ultim'ora</b> <ul><li><a href="/a">Manovra, il governo pone la fiducia alla Camera</a></li><li><a href="/b">Istat, il Pil cresce dello 0,2% nel terzo trimestre</a></li></ul></div>`;
    expect(extractTicker(doc(two + LONG), URL_).map((x) => x.url)).toEqual(['https://news.example.com/a', 'https://news.example.com/b']);
    const cards = `<section><h2>Top stories</h2><div class="story"><h3><a href="/s1">Bypass consultation opens next week</a></h3><p>By Helen Cartwright</p><p>Residents will be asked to choose between two routes.</p></div></section>`;
    expect(extractTicker(doc(cards + LONG), URL_)).toEqual([]);
    const ja = `<div class="flash"><h2>ニュース速報</h2><ul><li><time>11:02</time> <a href="/j1">東京株式市場 日経平均 一時500円超値上がり</a></li><li><time>10:48</time> <a href="/j2">関西電力 原発再稼働の審査申請へ</a></li></ul></div>`;
    expect(extractTicker(doc(ja + LONG), URL_).map((x) => x.url)).toEqual(['https://news.example.com/j1', 'https://news.example.com/j2']);
  });

  it('stays bounded on a huge page', () => {
    let body = '<div>'.repeat(3000) + 'x' + '</div>'.repeat(3000);
    for (let i = 0; i < 20000; i++) body += `<a href="/l${i}">link ${i}</a>`;
    expect(extractTicker(doc(body), URL_)).toEqual([]);
  }, 60_000);

  it('a strip named by its class and its label inside the header\'s navigation bar (WordPress news themes)', () => {
    const items = ['MeitY opens draft AI governance guidelines', 'Bengaluru chip startup raises Series B', 'Airtel confirms standalone 5G trials'];
    const lis = items.map((t, i) => `<li class="news-item"><a href="/n/${i}">${t}</a></li>`).join('');
    const page = `<header class="theme-header main-nav-dark"><nav id="top-nav" class="top-nav header-nav"><div class="breaking"><span class="breaking-title">Breaking News</span><ul class="breaking-news">${lis}</ul></div><ul class="menu"><li><a href="/ai">AI</a></li><li><a href="/policy">Policy</a></li></ul></nav></header>`;
    const b = `<body class="single has-sidebar sidebar-right">`;
    const d = new JSDOM(`<!doctype html><html>${b}${page}${LONG}</body></html>`, { url: URL_ }).window.document;
    expect(extractTicker(d, URL_).map((i) => i.title)).toEqual(items);
    // the same list with no label of its own in a menu bar stays a menu
    const bare = page.replace('<span class="breaking-title">Breaking News</span>', '');
    const d2 = new JSDOM(`<!doctype html><html>${b}${bare}${LONG}</body></html>`, { url: URL_ }).window.document;
    expect(extractTicker(d2, URL_)).toEqual([]);
  });

  it('reads a Turkish "SON DAKİKA" label (dotted capital İ)', () => {
    const a = ['Merkez Bankası faiz kararını açıkladı', 'Marmara Bölgesi için kar uyarısı'];
    const strip = `<div class="son-dakika"><span class="baslik">SON DAKİKA</span><div class="akis">${a.map((t, i) => `<a href="/g/${i}">${t}</a>`).join('')}</div></div>`;
    expect(extractTicker(doc(strip + LONG), URL_).map((i) => i.title)).toEqual(a);
  });

  it('Drupal Views strips (views-field wraps each headline); a Greek label; a page\'s scroller and a section of teaser cards are no strips', () => {
    const t = ['ČEZ spouští pilotní projekt úložiště', 'Senát schválil novelu zákona', 'Brněnští vědci představili čip'];
    const views = `<h2>Právě teď</h2><div class="view-content"><marquee class="x__marquee">${t.map((x, i) => `<span class="views-field views-field-title"><span class="field-content"><a href="/z/${i}">${x}</a></span></span> •`).join('')}</marquee></div>`;
    expect(extractTicker(doc(views + LONG), URL_).map((i) => [i.title, !!i.url])).toEqual(t.map((x) => [x, true]));
    const greek = ['Σε λειτουργία η νέα ψηφιακή πύλη', 'Παράταση έως 15 Απριλίου για αιτήσεις', 'Προγραμματισμένη διακοπή του wallet'];
    expect(extractTicker(doc(`<div class="news-strip"><span>Τελευταία νέα:</span>${greek.map((g) => `<span>${g}</span>`).join('')}</div>${LONG}`), URL_).map((i) => i.title)).toEqual(greek);
    const scroller = `<div class="notion-scroller vertical">${LONG}${LONG}<p>See <a href="https://github.com/openai/human-eval">HumanEval</a> and the <a href="https://arxiv.org/abs/2306.05685">MT-Bench paper</a> and a <a href="https://hamel.dev/evals/">guide by Hamel</a>.</p></div>`;
    expect(extractTicker(doc(scroller), URL_)).toEqual([]);
    const cards = `<section class="ai"><h2>Latest</h2>${['Quantisation Is Not Free', 'An NPU Marketing Decoder', 'Speculative Decoding on Phones'].map((x, i) => `<article><a href="/p${i}"><h2>${x}</h2></a><div><a href="/@a${i}">Author Name</a> · <span>Mar 3</span></div></article>`).join('')}</section>`;
    expect(extractTicker(doc(cards), URL_)).toEqual([]);
  });

  it('a breadcrumb link that reads like a label ("快讯", news flash) labels no strip: the footer\'s links are not one; a strip\'s linked label does', () => {
    const foot = '<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jobs/">加入我们</a></p><p>Copyright © 2026 芯语科技 <a href="https://beian.miit.gov.cn/">浙ICP备2026000000号-1</a></p></div>';
    for (const cls of ['crumbs', 'path']) {
      const page = `<div class="w1200"><div class="${cls}"><a href="/">首页</a> &gt; <a href="/news/">快讯</a> &gt; 正文</div><div class="main"><h1>国产开源小模型登顶端侧推理榜单</h1>${'<p>据该公司介绍，模型采用 4 比特量化后体积约 1.8GB，在搭载中端芯片的安卓手机上生成速度约为每秒 30 个词元。</p>'.repeat(3)}</div></div>${foot}`;
      expect(extractTicker(doc(page), URL_), cls).toEqual([]);
    }
    // a strip's own label, also when it links to the strip's page ("En continu" → the live page)
    const strip = `<div class="bar"><strong>快讯</strong><ul>${H.map((h, i) => `<li><a href="/n/${i}">${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(strip + LONG), URL_).map((x) => x.title)).toEqual(H);
    const flash = `<div class="Flash"><a class="Flash__label" href="/actualite-en-continu/">En continu</a><ul class="Flash__list">${H.map((h, i) => `<li><span class="Flash__time">08:4${i}</span> <a href="/n/${i}">${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(flash + LONG), URL_).map((x) => x.title)).toEqual(H);
  });

  it('an unlinked item written like the linked ones (<a class="x__item">, <span class="x__item">) is an item; two make a named strip', () => {
    const bar = (second: string) => `<div class="sdc-site-ticker" role="marquee" aria-label="Breaking news"><span class="sdc-site-ticker__label">Breaking</span><div class="sdc-site-ticker__items"><a class="sdc-site-ticker__item" href="/story/storm-13260011">${H[0]}</a>${second}</div></div>`;
    expect(extractTicker(doc(bar(`<span class="sdc-site-ticker__item">${H[1]}</span>`) + LONG), URL_)).toEqual([
      { title: H[0], url: 'https://news.example.com/story/storm-13260011' },
      { title: H[1], url: null },
    ]);
    // a note beside the link, not written like an item, is none: one headline is no strip
    expect(extractTicker(doc(bar(`<span class="sdc-site-ticker__updated">${H[1]}</span>`) + LONG), URL_).length).toBeLessThan(2);
  });

  it('a named strip of two list items, one linked and one plain ("Breaking news"); German "Topthemen:" labels a strip of links', () => {
    const bar = `<div class="BreakingBar_bar__9Qz" role="region" aria-label="Breaking news"><span class="BreakingBar_tag">Breaking</span><ul><li><a href="/policy/chip-bill">${H[0]}</a></li><li><span>${H[1]}</span></li></ul></div>`;
    expect(extractTicker(doc(bar + LONG), URL_)).toEqual([{ title: H[0], url: 'https://news.example.com/policy/chip-bill' }, { title: H[1], url: null }]);
    const de = `<header><div class="rw-top"><span class="rw-top__label">Topthemen:</span>${H.map((h, i) => `<a href="/news/${i}.html">${h}</a>`).join('')}</div></header>`;
    expect(extractTicker(doc(de + LONG), URL_).map((x) => x.title)).toEqual(H);
  });

  it('a Korean "주요뉴스" rolling strip', () => {
    const a = ['삼성전자, 2나노 공정 수율 개선 발표', '네이버, 초거대 AI 새 버전 공개', '통신 3사 1분기 실적 전망 엇갈려'];
    const strip = `<div class="headline-rolling"><strong class="rolling-title">주요뉴스</strong><ul class="rolling-list">${a.map((t, i) => `<li><a href="/news/articleView.html?idxno=${i}">${t}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(strip + LONG), URL_).map((i) => i.title)).toEqual(a);
  });

  it('a strip inside a layout wrapper named for its rail ("b-right-rail-advanced", which holds the headline too), its LIVE badge not an item', () => {
    const lis = `<li><span class="c-live-tag">LIVE</span> <span class="bar__headline">${H[0]}</span></li>` + H.slice(1).map((h, i) => `<li><a href="/news/${i}">${h}</a></li>`).join('');
    const t = extractTicker(doc(`<div class="b-right-rail-advanced"><header><div class="b-top-stories-bar" role="region" aria-label="Top stories"><span class="b-top-stories-bar__label">TOP STORIES</span><ul>${lis}</ul></div></header>${LONG}<aside class="b-right-rail"><h3>Most read</h3><ul><li><a href="/x">X</a></li></ul></aside></div>`), URL_);
    expect(t.map((i) => i.title)).toEqual(H);
    expect(t[0].url).toBeNull();
  });



  it('an unlinked item among linked ones when each sits in an item wrapper (<span class="ticker__item"><a>…</a></span>)', () => {
    const item = (h: string, i: number) => (i === 2 ? `<span class="ticker__item">${h}</span>` : `<span class="ticker__item"><a href="/n/${i}">${h}</a></span>`);
    const copy = H.map(item).join('');
    const t = extractTicker(doc(`<div class="ticker"><span class="ticker__label">Trending</span><div class="ticker__move"><span class="ticker__copy">${copy}</span><span class="ticker__copy" aria-hidden="true">${copy}</span></div></div>${LONG}`), URL_);
    expect(t.map((i) => i.title)).toEqual(H);
    expect(t[2].url).toBeNull();
  });

  it('a forum\'s "crawler-post" (Discourse\'s no-script view) is no news crawl', () => {
    const post = (t: string) => `<div id="post_1" class="topic-body crawler-post"><div class="post"><p>${t}</p><p>Setup: Ubuntu, an RTX card and the runtime; I tried the setting in my shell profile.</p></div><span class="post-likes">3 Likes</span></div>`;
    expect(extractTicker(doc(`<h1>Ollama keeps unloading my model</h1>${post('Running a 14B model on a 24GB card. tl;dr how do I keep it in memory?')}`), URL_)).toEqual([]);
  });

  it('a product page\'s "Son duyurular:" (latest announcements) bar of two headline links', () => {
    const t = extractTicker(doc(`<div class="announce-bar"><span>Son duyurular:</span> <a href="/blog/surum-3-2">Sürüm 3.2 yayında: Kürtçe desteği</a> <a href="/blog/egitim-indirimi">Öğretmenlere yüzde 50 indirim</a></div><main><h1>Kuzgun AI Not Asistanı Pro</h1><p>Toplantılarınızı cihaz üzerinde kaydedin.</p></main>`), URL_);
    expect(t.map((i) => i.title)).toEqual(['Sürüm 3.2 yayında: Kürtçe desteği', 'Öğretmenlere yüzde 50 indirim']);
  });

  it('a "Trending:" strip in a theme\'s top-bar widget (<aside class="widget">) is a strip; the same in a sidebar is not', () => {
    const strip = `<div class="trending-bar"><strong class="trending-label">Trending:</strong><ul class="trending-list">${H.slice(0, 3).map((h, i) => `<li><a href="/t/${i}">${h}</a></li>`).join('')}</ul></div>`;
    expect(extractTicker(doc(`<div class="top-bar"><div class="inside-top-bar"><aside class="widget widget_custom_html"><div class="textwidget">${strip}</div></aside></div></div>${LONG}`), URL_).map((i) => i.title)).toEqual(H.slice(0, 3));
    expect(extractTicker(doc(`${LONG}<div id="right-sidebar"><aside class="widget">${strip}</aside></div>`), URL_)).toEqual([]);
  });

  it('a one-headline "Eilmeldung" bar without a link: the headline, url null', () => {
    expect(extractTicker(doc(`<div class="rp-breaking"><strong class="rp-breaking__label">Eilmeldung</strong> <span class="rp-breaking__text">Sturmtief „Nadia“: Wetterdienst warnt vor Orkanböen im Sauerland</span></div>${LONG}`), URL_)).toEqual([{ title: 'Sturmtief „Nadia“: Wetterdienst warnt vor Orkanböen im Sauerland', url: null }]);
  });

  it('an unlinked notice in a Drupal Views strip ("views-row top-stories-strip__notice") among linked "views-row" items', () => {
    const rows = H.slice(0, 2).map((h, i) => `<span class="views-row"><a href="/news/${i}">${h}</a></span> <span class="sep">|</span> `).join('') + `<span class="views-row top-stories-strip__notice">${H[2]}</span>`;
    const t = extractTicker(doc(`<div class="top-stories-strip"><h2 class="top-stories-strip__title">Top stories</h2><div class="view-content">${rows}</div></div>${LONG}`), URL_);
    expect(t.map((i) => i.title)).toEqual(H.slice(0, 3));
    expect(t[2].url).toBeNull();
  });


});

