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
  it('drops promo lines, sponsored boxes, tip lines and credit lines from the body links', () => {
    const P = '<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose.</p>';
    const body = `<article><div class="post-meta"><span>Mar 4</span> <a href="https://wire.example.net/">Wire Agency</a></div>${P}<p>Per the <a href="https://gov.example.org/notice">notice</a>.</p><aside data-sponsored="true"><p>Sponsored</p><p>Try <a href="https://ad.example.io/?ref=x">Tool</a>.</p></aside>${P}<p>We are hiring! See <a href="https://jobs.example.io/co">open roles</a>.</p><p>Got a tip? Signal <a href="https://signal.me/#eu/x">@x.01</a></p></article>`;
    expect(urls(body)).toEqual(['https://gov.example.org/notice']);
  });

  it('drops share intents of Hatena and LINE', () => {
    expect(urls(`<article><p>Text <a href="https://b.hatena.ne.jp/entry/s/news.example.com/a">B!</a> <a href="https://line.me/R/msg/text/?x">LINE</a> <a href="https://cited.example.org/">cited</a>.</p></article>`)).toEqual(['https://cited.example.org/']);
  });

  it('an external link holding the page\'s own identifier (lookup services, its DOI) is not a source', () => {
    const u = 'https://papers.example.com/abs/2603.04567';
    const d = new JSDOM(`<!doctype html><html><body><main><blockquote>Abstract: code at <a href="https://github.com/lab/smod">this URL</a>.</blockquote><ul><li><a href="https://doi.org/10.48550/preprint.2603.04567">DOI</a></li><li><a href="https://scholar.google.com/scholar_lookup?id=2603.04567">Google Scholar</a></li></ul></main></body></html>`, { url: u }).window.document;
    expect(extractSources(d, u).map((s) => s.url)).toEqual(['https://github.com/lab/smod']);
  });

  it('a "Cite this report" box or a BibTeX record under the references is not a source', () => {
    expect(urls(`<article><h2>Endnotes</h2><ol><li><a href="https://a.example.org/">A</a></li></ol><div class="box"><h3>Cite this report</h3><p>Doe (2026). <a href="https://doi.org/10.5281/zenodo.1">https://doi.org/10.5281/zenodo.1</a></p></div></article>`)).toEqual(['https://a.example.org/']);
    expect(urls(`<article><p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose.</p><h2>Citation</h2><pre>@article{doe2026, url={https://arxiv.org/abs/2510.21177}}</pre><p>See <a href="https://b.example.org/">b</a>.</p></article>`)).toEqual(['https://b.example.org/']);
  });
  it('affiliate redirects are not sources; a sign-off ends a sources section', () => {
    // (a direct merchant link, even with an affiliate tag, names what the text cites: kept)
    expect(urls(`<article><p>Buy <a href="https://go.skimresources.com/?id=1&url=https%3A%2F%2Fshop.example%2Fx">here</a> or <a href="https://www.anrdoezrs.net/click-1-2?url=https%3A%2F%2Fshop.example%2Fy">there</a>, <a href="https://www.amazon.com/dp/B0X?tag=site-20">Amazon</a>; read <a href="https://c.example.org/">c</a>.</p></article>`)).toEqual(['https://www.amazon.com/dp/B0X?tag=site-20', 'https://c.example.org/']);
    expect(urls(`<article><p><b>Further reading</b></p><ul><li><a href="https://a.example.org/">a</a></li></ul><p>Thanks for reading! <a href="https://subscribe.example.org/">Subscribe</a></p></article>`)).toEqual(['https://a.example.org/']);
  });
  it('a "Resources" column outside the article (a footer of divs) is the site\'s, not a sources section', () => {
    const P = '<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose.</p>';
    expect(urls(`<div class="wrap"><article><h1>T</h1>${P}<p>See <a href="https://a.example.org/">a</a>.</p>${P}</article></div><div id="footer"><h4>Resources</h4><ul><li><a href="/docs">Docs</a></li><li><a href="https://status.example.org/">Status</a></li></ul></div>`)).toEqual(['https://a.example.org/']);
  });

  it('footnotes written one div each (class "footnote") are the sources section', () => {
    const P = '<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose.</p>';
    const fn = (n: number, u: string) => `<div class="footnote"><a class="footnote-number" href="#footnote-anchor-${n}" id="footnote-${n}">${n}</a><div class="footnote-content"><p>See <a href="${u}">it</a>.</p></div></div>`;
    expect(urls(`<article>${P}<p>Body cites <a href="https://a.example.org/">a</a><a class="footnote-anchor" href="#footnote-1">1</a>.</p>${fn(1, 'https://b.example.org/')}${fn(2, 'https://c.example.org/')}</article>`)).toEqual(['https://b.example.org/', 'https://c.example.org/']);
  });

  it('a rule right after the label does not end the section; a lower "Related" or "About the author" heading does', () => {
    expect(urls(`<article><p>x <a href="https://z.example.org/">z</a></p><h2>Notes</h2><hr><ol><li><a href="https://a.example.org/">a</a></li></ol></article>`)).toEqual(['https://a.example.org/']);
    expect(urls(`<article><h2>Sources</h2><ul><li><a href="https://a.example.org/">a</a></li></ul><h3>Related articles</h3><ul><li><a href="https://partner.example.net/y">y</a></li></ul></article>`)).toEqual(['https://a.example.org/']);
    expect(urls(`<article><h2>References</h2><ol><li><a href="https://a.example.org/">a</a></li></ol><h3>About the author</h3><p>Jane writes. <a href="https://twitter.com/jane">@jane</a></p></article>`)).toEqual(['https://a.example.org/']);
  });
  it('an unmarked body split into several blocks around an ad slot is read whole', () => {
    const P = (x = '') => `<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose ${x}.</p>`;
    const html = `<div class="hdr"><a href="https://twitter.com/site">tw</a></div><div class="page"><h1>T</h1><div class="c1">${P()}${P('<a href="https://a.example.org/">a</a>')}${P()}</div><div class="ad-slot"><a href="https://ads.example.net/x">ad</a></div><div class="c2">${P()}${P('<a href="https://b.example.org/">b</a>')}</div></div>`;
    expect(urls(html)).toEqual(['https://a.example.org/', 'https://b.example.org/']);
  });
  it('redirect wrappers are unwrapped (Google /url?q=, AMP cache, a site\'s /out?url=); a trailing slash does not make another URL; social profiles and follow links are not sources', () => {
    const body = `<article><p>See <a href="https://www.google.com/url?q=https://github.com/o/r&sa=D&usg=x">on GitHub</a>, <a href="https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/a/b/">reported</a> and <a href="https://news.example.com/out?url=https%3A%2F%2Fd.example.org%2Fp%3Futm_source%3Dx">d</a>; <a href="https://www.reuters.com/a/b">again</a>.</p><p>H/t <a href="https://twitter.com/jane">Jane</a>. Find me <a href="https://linktr.ee/jane">everywhere</a>. Follow us on <a href="https://news.google.com/publications/CAAq">Google News</a> and <a href="https://www.facebook.com/ExampleNews">Facebook</a>; the <a href="https://twitter.com/jane/status/123">post</a>.</p></article>`;
    expect(urls(body)).toEqual(['https://github.com/o/r', 'https://www.reuters.com/a/b/', 'https://d.example.org/p', 'https://twitter.com/jane/status/123']);
  });

  it('a link to another host of the same site counts when cited in prose, not in navigation or a "Read also" line', () => {
    const u = 'https://engineering.example.com/blog/post';
    const d = new JSDOM(`<!doctype html><html><body><article><ul class="x"><li><a href="https://example.com/careers">Careers</a></li></ul><p>If this kind of work sounds fun, <a href="https://example.com/careers/backend">we’re hiring</a>.</p><p><strong>Read also:</strong> <a href="https://www.example.com/other">Another story of ours</a></p></article></body></html>`, { url: u }).window.document;
    expect(extractSources(d, u).map((s) => s.url)).toEqual(['https://example.com/careers/backend']);
  });

  it('leaves out the header\'s links (avatar, player, paper buttons), sponsor slots, "listen on" rows, credit lines and the sign-off', () => {
    const P = (x = '') => `<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose${x}.</p>`;
    const head = '<div class="row"><a href="https://blog.example.net/@jane"><img alt="Jane"></a><div class="btns"><a href="https://arxiv.org/abs/2501.00001">arXiv</a> <a href="https://github.com/x/y">Code</a></div></div>';
    const listen = '<div class="player">Listen on <a href="https://podcasts.apple.com/us/podcast/x/id1">Apple Podcasts</a> · <a href="https://open.spotify.com/show/abc">Spotify</a></div>';
    const sponsor = '<div style="border:1px solid"><p><b>Together with Acme</b></p><p>Route every prompt to the cheapest model. <a href="https://acme.example/?utm_source=n">Try Acme free</a></p></div>';
    const credit = '<p><em>Guest post by <a href="https://jane.example.dev/">Dr. Jane Roe</a></em></p>';
    const signoff = '<hr><p><em>Jane also writes <a href="https://janereads.example/">a book list</a>.</em></p>';
    const body = `<article>${credit}${head}${listen}${P(' citing <a href="https://cited.org/a">a study</a>')}${sponsor}${P(' and <a href="https://github.com/x/y">the code</a>')}${signoff}</article>`;
    expect(urls(body)).toEqual(['https://cited.org/a', 'https://github.com/x/y']);
    // (a page with no paragraph to tell its header by keeps its links)
    expect(urls('<div><div>Read <a href="https://cited.org/a">the filing</a> here, it says the thing we report on today in detail.</div></div>')).toEqual(['https://cited.org/a']);
  });

  it('drops author pages and /@name profiles on any host, keeps their posts', () => {
    expect(urls('<article><p>As <a href="https://medium.com/@jane">Jane</a> argued in <a href="https://medium.com/@jane/why-rag-3f2a">her post</a>, see <a href="https://other.news/author/joe-bloggs/">Joe</a>.</p></article>')).toEqual(['https://medium.com/@jane/why-rag-3f2a']);
  });

  it('keeps a story inside a metered paywall wrapper, and reads "Links and further reading" as a sources section', () => {
    const P = (x = '') => `<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose${x}.</p>`;
    expect(urls(`<article>${P()}<div class="paywall">${P(' by <a href="https://eff.org/x">EFF</a>')}${P()}${P()}</div></article>`)).toEqual(['https://eff.org/x']);
    expect(urls(`<article>${P(' <a href="https://inline.org/">inline</a>')}<h2>Links and further reading</h2><ul><li><a href="https://listed.org/a">A</a></li></ul></article>`)).toEqual(['https://listed.org/a']);
  });

  it('a link post\'s linked headline is its first source; login, call-to-action, disclaimer and "you may also like" links are not sources', () => {
    const P = (x = '') => `<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose${x}.</p>`;
    expect(urls(`<h1><a href="https://www.politico.eu/article/x/">EU draft would require model cards</a></h1><article>${P(' citing <a href="https://act.eu/51">Article 51</a>')}</article>`)).toEqual(['https://www.politico.eu/article/x/', 'https://act.eu/51']);
    const body = `<article>${P(' per <a href="https://army.mil/n">a notice</a>')}<p class="summary-disclaimer">Generated by AI. <a href="https://legal.example.org/ai">Learn more</a></p><p><strong>YOU MAY ALSO LIKE:</strong> <a href="https://investors.example.net/best">Best stocks</a></p><p class="cta">Visit <a href="https://one.example/">our app</a> to start.</p>${P(' <a href="https://medium.com/m/signin?actionUrl=follow">Follow</a>')}</article>`;
    expect(urls(body)).toEqual(['https://army.mil/n']);
  });

  it('a story wrapper named "meta" (HubSpot\'s hs_cos_wrapper_meta_field) is the story; "Links from this episode" is a sources section; a builder\'s "Made on" credit is no source', () => {
    const P = (a: string) => `<p>The regulator published the rule this week, and it applies to every ad that shows a realistic person, <a href="https://${a}.example.org/rule">as described here</a>.</p>`;
    expect(urls(`<article><h1>T</h1><div><span class="hs_cos_wrapper hs_cos_wrapper_meta_field">${P('a')}${P('b')}${P('c')}</span></div><div class="post-meta"><a href="https://x.example.net/author">Author</a></div></article>`)).toEqual(['https://a.example.org/rule', 'https://b.example.org/rule', 'https://c.example.org/rule']);
    const ep = `<article><h1>Episode 142</h1><p class="links">Podcast: <a href="https://media.example.fm/142.mp3">Play in new window</a> | <a href="https://media.example.fm/142.mp3">Download</a></p>${P('a')}<h2>Links from this episode</h2><ul><li><a href="https://www.bis.gov/rule">The rule</a></li><li><a href="/episodes/118/">Episode 118</a></li></ul><h2>Transcript</h2>${P('z')}</article>`;
    expect(urls(ep)).toEqual(['https://www.bis.gov/rule', 'https://news.example.com/episodes/118/']);
    expect(urls(`<div class="t-text">${P('a')}</div><div class="t-tildalabel"><a href="https://tilda.cc/?upm=77">Made on <img src="x.svg" alt="">Tilda</a></div><p>Proudly powered by <a href="https://wordpress.org/">WordPress</a></p>`)).toEqual(['https://a.example.org/rule']);
  });

  it('a page builder\'s footnotes widget beside the text widget (Elementor: no <main>, no <article>, every block an "elementor-widget") is the sources section; "Fußnoten" names one', () => {
    const P = (n: number) => `<p>Laut einer Umfrage des Digitalverbands<sup><a href="#fn${n}">${n}</a></sup> setzen 41 Prozent der befragten Unternehmen bereits generative KI ein, aber nur wenige nutzen Cloud-Modelle.</p>`;
    const w = (cls: string, inner: string) => `<div class="elementor-element elementor-widget ${cls}"><div class="elementor-widget-container">${inner}</div></div>`;
    const page = `<div class="elementor e-con">${w('elementor-widget-heading', '<h1>Warum kleine Sprachmodelle gewinnen</h1>')}${w('elementor-widget-theme-post-content', P(1) + P(2) + P(3))}${w('elementor-widget-text-editor', `<h3>Fußnoten</h3><ol><li id="fn1"><a href="https://www.bitkom.org/ki-2026">Bitkom</a> <a href="#fnref1">↩</a></li><li id="fn2"><a href="https://huggingface.co/spaces/lb">Leaderboard</a> <a href="#fnref2">↩</a></li></ol>`)}</div><aside class="sidebar"><div class="widget"><h4>Links</h4><ul><li><a href="https://partner.example.de/">Partner</a></li></ul></div></aside>`;
    expect(urls(page)).toEqual(['https://www.bitkom.org/ki-2026', 'https://huggingface.co/spaces/lb']);
  });

  it('a roundup\'s sponsored story ("… (Sponsor)") and an "advertise with us" line are not sources', () => {
    const card = (h: string, host: string) => `<div class="mt-3"><a href="https://${host}/x"><h3>${h}</h3></a><div class="blurb">A blurb about it that runs a sentence or two, <a href="https://${host}/demo">Book a demo</a>.</div></div>`;
    const page = `<article>${card('Gemini 3.5 Flash is out (4 minute read)', 'blog.google')}${card('Run inference 3x cheaper on spot GPUs (Sponsor)', 'spotfleet.io')}</article><p>Want to advertise in TLDR? <a href="https://advertise.tldr.tech/">Learn more</a></p>`;
    expect(urls(page)).toEqual(['https://blog.google/x', 'https://blog.google/demo']);
  });

  it('"Resources from this episode" is a sources section', () => {
    expect(urls('<article><p>Body <a href="https://inline.org/">inline</a> text of the episode page.</p><section><h2>Resources from this episode</h2><ul><li><a href="https://nature.com/a">Liu et al.</a></li></ul></section></article>')).toEqual(['https://nature.com/a']);
  });

  it('the tool a caption says a diagram was made with is no source; a caption citing a report is', () => {
    const P = '<p>We captured every request the vacuum made over three days, and most of them went to analytics hosts.</p>';
    expect(urls(`<article>${P}<figure><img src="a.png"><figcaption>Hosts contacted over 72 hours. Diagram made with <a href="https://excalidraw.com/">Excalidraw</a>.</figcaption></figure>${P}<figure><img src="b.png"><figcaption>Data: <a href="https://www.oecd.org/ai/report">OECD report</a>.</figcaption></figure></article>`)).toEqual(['https://www.oecd.org/ai/report']);
  });

  it('"Pour aller plus loin" / "Per approfondire" name a further-reading section: its own-site links too', () => {
    const P = '<p>Les robots changent d’identité et les règles du robots.txt ne sont qu’une convention, selon <a href="https://inline.example.org/x">une étude</a>.</p>';
    expect(urls(`<article>${P}<h3>Pour aller plus loin</h3><ul><li><a href="https://www.rfc-editor.org/rfc/rfc9309.html">RFC 9309</a></li><li><a href="/journal/licences">Notre article</a></li></ul></article>`)).toEqual(['https://www.rfc-editor.org/rfc/rfc9309.html', 'https://news.example.com/journal/licences']);
    expect(urls(`<article>${P}<h2>Per approfondire</h2><ul><li><a href="https://www.garanteprivacy.it/a">Garante</a></li></ul></article>`)).toEqual(['https://www.garanteprivacy.it/a']);
  });

  it('links in a thread headed "12 Comments" (no comment class) are not sources', () => {
    expect(urls('<article><p>Body <a href="https://inline.org/">the study</a> that the story is about, with more text.</p></article><div class="thread"><h2>12 Comments</h2><p>See <a href="https://spam.example.net/">my blog</a></p></div>')).toEqual(['https://inline.org/']);
  });

  it('an embedded tweet is cited by its permalink, not by the t.co and hashtag links in its text', () => {
    const tw = '<blockquote class="twitter-tweet"><p>T1 is shipping. <a href="https://t.co/T1launch">https://t.co/T1launch</a> <a href="https://twitter.com/hashtag/AI?src=hash">#AI</a> <a href="https://t.co/pic8Qz">pic.twitter.com/pic8Qz</a></p>&mdash; Hana (@hana) <a href="https://twitter.com/hana/status/1860444812233011200?ref_src=twsrc%5Etfw">November 23, 2026</a></blockquote>';
    expect(urls(`<article><p>The company announced <a href="https://tessellate.ai/blog/t1">the chip</a> on Monday, with a launch event.</p>${tw}<p>Benchmarks come from <a href="https://mlcommons.org/b">MLPerf</a> next year.</p></article>`)).toEqual(['https://tessellate.ai/blog/t1', 'https://twitter.com/hana/status/1860444812233011200', 'https://mlcommons.org/b']);
  });

  it('"Questions? Join us on Discord" after a links section ends it', () => {
    expect(urls('<article><p>Body text of the release post, long enough to be the article itself here.</p><h2>Links</h2><ul><li><a href="https://github.com/t/t/releases/tag/v3">Release notes</a></li></ul><p>Questions? Join us in <a href="https://discord.gg/tidewater">#help on Discord</a> or write to <a href="mailto:m@t.dev">us</a>.</p></article>')).toEqual(['https://github.com/t/t/releases/tag/v3']);
  });

  it('a "Continue reading" box of headlines inside the story (one on a sister site) is no source', () => {
    const P = '<p>The council voted six to three on Tuesday night after hours of public comment, citing <a href="https://lakeshore.legistar.com/packet">the packet</a>.</p>';
    expect(urls(`<article>${P}<div class="b-continue-reading"><span class="b-continue-reading__label">Continue reading</span><ul><li><a href="/news/x/">Earlier</a></li><li><a href="https://www.ledger-extra.com/explainers/face-search/">Explainer: How a face search works</a></li></ul></div>${P.replace('lakeshore.legistar.com/packet', 'nist.gov/study')}</article>`)).toEqual(['https://lakeshore.legistar.com/packet', 'https://nist.gov/study']);
  });

  it('a Blogger post (inside its "widget Blog") keeps its "Fuentes" section, own-blog link included', () => {
    const page = `<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="post hentry"><h3 class="post-title">Agua</h3><div class="post-body entry-content"><p>Texto largo del artículo sobre el agua y los centros de datos en Querétaro, con detalles.</p><h3>Fuentes</h3><p>Fuentes: <a href="https://www.gob.mx/conagua/a">Conagua</a>, <a href="https://news.example.com/2026/06/acuiferos.html">nuestra nota de junio</a>.</p></div></div></div></div><div class="widget PopularPosts"><h2>Fuentes populares</h2><a href="https://x.example.org/">x</a></div>`;
    expect(urls(page)).toEqual(['https://www.gob.mx/conagua/a', 'https://news.example.com/2026/06/acuiferos.html']);
  });

  it('a press release\'s "Notes to editors" is its sources section', () => {
    expect(urls('<article><p>Small firms can apply for grants, according to <a href="https://www.ons.gov.uk/x">the ONS</a> figures cited here.</p><h2>Notes to editors</h2><ul><li>Apply via the <a href="https://www.ukri.org/fund/">UKRI funding finder</a>.</li><li>See the <a href="/government/publications/review">market review</a>. Press office: <a href="mailto:press@dsit.gov.uk">email</a></li></ul></article>')).toEqual(['https://www.ukri.org/fund/', 'https://news.example.com/government/publications/review']);
  });

  it('Medium\'s "medium.com/r/?url=" redirect is its target', () => {
    expect(extractSources(doc('<article><p>I used an open-source agent, <a href="https://medium.com/r/?url=https%3A%2F%2Fgithub.com%2Fledgerbots%2Finvoice-agent">invoice-agent</a>, for a month of invoices and emails.</p></article>'), 'https://medium.com/@a/post-1').map((x) => x.url)).toEqual(['https://github.com/ledgerbots/invoice-agent']);
  });



  it('a newsletter section headed "OPEN SOURCE" is no sources section; "Show sources" is', () => {
    const P = (h: string) => `<p><b>The news:</b> The lab said its model stays closed, according to a <a href="https://${h}/n">notice</a> on Friday.</p>`;
    expect(urls(`<article><h2><b>OPEN SOURCE</b></h2>${P('a.example.org')}<h2><b>POLICY</b></h2>${P('b.example.org')}</article>`)).toEqual(['https://a.example.org/n', 'https://b.example.org/n']);
    expect(urls(`<article>${P('a.example.org')}<h3>Show sources</h3><ul><li><a href="https://c.example.org/s">C</a></li></ul></article>`)).toEqual(['https://c.example.org/s']);
  });

  it('a date folder in the page URL ("/2026-05-19/") does not make a cited "2026-05-19-incident-report" a self-link; xing shares are shares', () => {
    const u = 'https://www.elfarodigital.es/tecnologia/2026-05-19/directo-caida.html';
    const d = new JSDOM(`<article><p>La empresa ha admitido en su <a href="https://blog.edgeroute.net/2026-05-19-incident-report/">blog oficial</a> que una actualización provocó el fallo.</p><p><a href="https://www.xing.com/spi/shares/new?url=https%3A%2F%2Fx.de%2F">Xing</a></p></article>`, { url: u }).window.document;
    expect(extractSources(d, u).map((x) => x.url)).toEqual(['https://blog.edgeroute.net/2026-05-19-incident-report/']);
  });

  it('a redirect wrapper in a references section is its target', () => {
    expect(urls('<article><p>Body text of the post about evaluating retrieval systems with care.</p><h2>References</h2><ol><li><a href="https://medium.com/r/?url=https%3A%2F%2Fwww.microsoft.com%2Fbeir%2F">BEIR</a></li><li><a href="https://www.google.com/url?q=https://arxiv.org/abs/1&amp;sa=D">RAGAS</a></li></ol></article>')).toEqual(['https://www.microsoft.com/beir/', 'https://arxiv.org/abs/1']);
  });

  it('references: a numbered entry for the site\'s own earlier post is an entry', () => {
    const u = 'https://medium.com/lattice-engineering/judges-4b1e';
    const d = new JSDOM(`<article><p>Body of the post on judge models, which we measured on three benchmarks.</p><h2>References</h2><p>[1] Polo et al. <a href="https://arxiv.org/abs/2402.14992">https://arxiv.org/abs/2402.14992</a></p><p>[2] Our earlier post, <a href="https://medium.com/lattice-engineering/calibrating-8e2f">Lattice Engineering</a>, 2026.</p><p>[3] Kocmi, 2023. <a href="https://aclanthology.org/2023.eamt-1.19/">https://aclanthology.org/2023.eamt-1.19/</a></p></article>`, { url: u }).window.document;
    expect(extractSources(d, u).map((x) => x.url)).toEqual(['https://arxiv.org/abs/2402.14992', 'https://medium.com/lattice-engineering/calibrating-8e2f', 'https://aclanthology.org/2023.eamt-1.19/']);
  });
  it('a one-link "来源：" credit is a citation among the body\'s; link.zhihu.com/?target= is its target', () => {
    expect(urls('<article><p>Hugging Face 在<a href="https://huggingface.co/blog/m">官方博客</a>中说明，新口径已剔除重复请求。</p><p>一份<a href="http://link.zhihu.com/?target=https%3A%2F%2Fcrfm.stanford.edu%2Ffmti%2F">透明度指数</a>显示，多数开源模型得分偏低。</p><p>来源：<a href="https://huggingface.co/spaces/stats">Hugging Face 下载统计</a></p></article>')).toEqual(['https://huggingface.co/blog/m', 'https://crfm.stanford.edu/fmti/', 'https://huggingface.co/spaces/stats']);
  });
  it("a paper page without paragraphs: its <main> inside a 'flex-wrap-footer' wrapper is read, a 'Comments:' cell's code link is cited, the license box is not", () => {
    const page = `<div class="flex-wrap-footer"><header><a href="https://www.cornell.edu/">Cornell</a></header><main><div id="abs"><h1>Title: A paper</h1>
      <blockquote class="abstract">Abstract: We study a thing at length and release code and checkpoints for everyone to use freely.</blockquote>
      <table><tr><td class="tablecell label">Comments:</td><td class="tablecell comments mathjax">22 pages. Code at <a href="https://github.com/a/b">this https URL</a></td></tr></table></div>
      <div class="extra-services"><div class="abs-license"><a href="http://creativecommons.org/licenses/by/4.0/">view license</a></div></div></main>
      <footer><a href="https://status.example.org/">Status</a></footer></div>`;
    expect(urls(page)).toEqual(['https://github.com/a/b']);
  });
  it('a lead figure set just above the marked body: its caption cites the data; a photo credit there does not', () => {
    const page = (cap: string) => `<main><article><header><h1>Universities and AI compute</h1></header><figure><img src="/a.jpg"><figcaption>${cap}</figcaption></figure>
      <div class="article__body"><p>The race for artificial intelligence is also run on campus, and the budgets that fifty public universities approved for 2026 show it in detail, line by line.</p><p>Spending on high-performance computing grew by almost a third in a single year, the largest rise in a decade.</p><p>Five universities hold two thirds of the spending, as <a href="https://www.ub.edu/budget">the budgets</a> show.</p></div></article></main>`;
    expect(urls(page('Chart data: <a href="https://www.ine.es/op.htm?c=E&amp;cid=1254736176754">INE</a>'))).toEqual(['https://www.ine.es/op.htm?c=E&cid=1254736176754', 'https://www.ub.edu/budget']);
    expect(urls(page('Photo: <a href="https://www.agency.example/jane">Jane Doe</a>'))).toEqual(['https://www.ub.edu/budget']);
  });
  it("a panel of switches or tabs (a paper page's Bibliographic Tools) is the site's, not cited", () => {
    const page = `<main><h1>A paper</h1><p>We release code for every experiment at <a href="https://github.com/a/b">this https URL</a> and more besides, as promised in the text.</p>
      <div class="labstabs"><input type="radio" name="tabs" id="t1" checked><label for="t1">Bibliographic Tools</label><div class="tab"><h1>Tools</h1>
      <div class="toggle"><label class="switch"><input type="checkbox"></label> <span class="label"><a href="https://www.bibex.io/">Bibliographic Explorer</a></span></div>
      <div class="toggle"><span class="label"><a href="https://www.connectedpapers.com/">Connected Papers</a></span></div></div></div></main>`;
    expect(urls(page)).toEqual(['https://github.com/a/b']);
  });
  it('"Watch on YouTube" under a video embedded in the story is cited; a "Listen on" row is not', () => {
    const body = '<article><p>We ran every model on the new benchmark, with and without a scratchpad, and recorded the runs.</p>';
    expect(urls(`${body}<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/Xk29"></iframe><p class="video-caption"><a href="https://www.youtube.com/watch?v=Xk29">Watch on YouTube</a></p></div></article>`)).toEqual(['https://www.youtube.com/watch?v=Xk29']);
    expect(urls(`${body}<p>Listen on <a href="https://podcasts.apple.com/x">Apple Podcasts</a> · <a href="https://open.spotify.com/show/y">Spotify</a></p></article>`)).toEqual([]);
  });
  it("a forum's replies (an OpenReview reviewer's comment) are not the paper's citations", () => {
    const page = `<main class="forum"><h1>Calibrated Refusal</h1><div class="note"><p>We release all code and data at <a href="https://github.com/p/calibrated-refusal">https://github.com/p/calibrated-refusal</a> for anyone who wants them.</p></div>
      <div id="forum-replies"><div class="note"><p>Official review: the authors should compare with <a href="https://arxiv.org/abs/2504.01123">this paper</a>, which does much the same.</p></div></div></main>`;
    expect(urls(page)).toEqual(['https://github.com/p/calibrated-refusal']);
  });
  describe("the site's own lines inside the story are not cited", () => {
    const story = (extra: string) => urls(`<article><h1>H</h1><p>Chip prices rose again this quarter, as <a href="https://www.trendforce.com/r/1">TrendForce</a> reported on Monday.</p>${extra}</article>`);
    it.each([
      ['a standards line', '<div class="trust-badge"><p>Our Standards: <a href="https://www.thomsonreuters.com/trust">The Thomson Reuters Trust Principles.</a></p></div>'],
      ['a donation box', '<div class="DonateModule"><h3>We depend on you.</h3><p><a href="https://x.donorsupport.org/give">Give now</a> to keep local journalism free.</p></div>'],
      ['a Korean tip line', '<p class="jebo">▶ 디지털인사이트에 제보하기 <a href="tel:0215778899">02-1577-8899</a><br>▶ <a href="https://news.naver.com/main/list.naver?oid=999">네이버에서 구독하세요</a></p>'],
      ['a syndication credit', '<p><em>A version of this essay originally appeared in <a href="https://www.thebureaureview.org/2026/02/x">The Bureau Review</a>.</em></p>'],
      ['an author box named in data-component', '<div data-component="AuthorBox"><a href="/authors/k">Kofi Mensah</a><p>Kofi runs the benchmark lab. <a href="https://github.com/kofimensah">GitHub</a></p></div>'],
      ['a LINE account', '<p class="follow">最新記事は<a href="https://line.me/R/ti/p/@techwatchjp">LINE公式アカウント</a>でもお届けしています。</p>'],
    ])('%s', (_, extra) => {
      expect(story(extra)).toEqual(['https://www.trendforce.com/r/1']);
    });
  });

  it("Substack's embedded tweet (div.tweet) is cited by its permalink only", () => {
    const page = `<article><p>Brokers say they carry the risk, and one founder said so in public last week at some length.</p><div class="tweet"><a class="tweet-link-top" href="https://x.com/jr/status/1889123"><span>Jonah</span></a><div class="tweet-text">Not a markup. <a href="https://t.co/Qp4m">https://t.co/Qp4m</a> <a href="https://x.com/hashtag/AI">#AI</a></div><a class="tweet-link-bottom" href="https://x.com/jr/status/1889123">Feb 3</a></div></article>`;
    expect(urls(page)).toEqual(['https://x.com/jr/status/1889123']);
  });

  it('a picture credit after a sources list is not one of its entries', () => {
    const page = `<article><p>Text of the story.</p><h2>Quellen</h2><ul><li><a href="https://www.oeko.de/p/1">Kurzstudie</a></li></ul><p class="bildnachweis"><small>Bildnachweis: <a href="https://www.dpa-picture.de/">picture alliance/dpa</a></small></p></article>`;
    expect(urls(page)).toEqual(['https://www.oeko.de/p/1']);
  });
  it("dev.to's GitHub card is cited by the repository's link, not its owner's or its README's", () => {
    const page = `<article><p>I wrapped everything in a tiny library so you can drop it into a project of your own today:</p><div class="ltag-github-readme-tag"><div class="readme-overview"><h2><a href="https://github.com/rahulmenon">rahulmenon</a> / <a href="https://github.com/rahulmenon/stream-meter">stream-meter</a></h2></div><div class="ltag-github-body"><p>See the <a href="https://www.npmjs.com/package/stream-meter">npm package</a>.</p></div><a class="gh-btn" href="https://github.com/rahulmenon/stream-meter">View on GitHub</a></div></article>`;
    expect(urls(page)).toEqual(['https://github.com/rahulmenon/stream-meter']);
  });
  it('a Blogger post of <div>s and <br>s inside a sidebar-named layout wrapper: its one marked post body is read', () => {
    const page = `<div class="content"><div class="main-inner columns-fix-sidebar"><div class="main section"><div class="post hentry"><h3 class="post-title">Smart thermostats</h3><div class="post-body entry-content"><div>The maker's <a href="https://support.example-thermo.com/a/1">support article</a> says occupancy sensing saves a little.<br><br>But <a href="https://www.consumerreports.org/t/1">Consumer Reports testing</a> found less than that.</div></div></div></div><div class="sidebar"><a href="https://blogroll.example.net/">A friend's blog</a></div></div></div>`;
    expect(urls(page)).toEqual(['https://support.example-thermo.com/a/1', 'https://www.consumerreports.org/t/1']);
  });
});

