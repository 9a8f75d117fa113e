import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractTldr } from '../../lib/extract/tldr';
import { extractTakeaways } from '../../lib/extract/takeaways';

const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://news.example.com/a' }).window.document;
const SUM = 'The model is faster and cheaper than last year while matching its quality on most benchmarks.';

describe('extractTldr', () => {
  it.each([
    ['blockquote with bold lead-in', `<article><blockquote><p><strong>TL;DR:</strong> ${SUM}</p></blockquote><p>Body.</p></article>`],
    ['plain lead-in', `<article><p>TLDR - ${SUM}</p><p>Body text follows here.</p></article>`],
    ['heading then paragraph', `<article><h2>The short version</h2><p>${SUM}</p><h2>Details</h2><p>More.</p></article>`],
    ['div.tldr callout with label span', `<article><div class="tldr"><span class="tldr__label">TL;DR</span> <span>${SUM}</span></div></article>`],
    ['aside with heading', `<article><aside class="article-summary"><h2>In brief</h2><p>${SUM}</p></aside><p>Body.</p></article>`],
    ['details/summary', `<article><details open><summary>Summary</summary><p>${SUM}</p></details></article>`],
    ['em label', `<article><p><em>Summary</em>: ${SUM}</p></article>`],
    ['bottom line at the end', `<article><p>Body one.</p><h2 id="bottom-line">Bottom line</h2><p>${SUM}</p></article>`],
    ['German', `<article><p><b>Zusammenfassung:</b> ${SUM}</p></article>`],
    ['"Short summary" heading', `<article><h3>Short summary</h3><p>${SUM}</p><p>Body.</p></article>`],
    ['"In summary" heading', `<article><h2>In summary</h2><p>${SUM}</p></article>`],
    ['Korean "세 줄 요약" heading', `<article><h2>세 줄 요약</h2><p>${SUM}</p><h2>본문</h2><p>Body.</p></article>`],
    ['Chinese "太长不看" lead-in', `<article><p><strong>太长不看：</strong>${SUM}</p></article>`],
    ['bold label after an icon, no colon', `<article><p><span class="icon">⚡</span> <strong>TL;DR</strong> ${SUM}</p><p>Body.</p></article>`],
    ['an accordion button label', `<article><div class="accordion"><button aria-expanded="true">TL;DR</button><div class="panel"><p>${SUM}</p></div></div><p>Body.</p></article>`],
    ['"TL;DR." lead-in', `<article><p>TL;DR. ${SUM}</p><p>Body.</p></article>`],
    ['"TLDR;" lead-in', `<article><p>TLDR; ${SUM}</p><p>Body.</p></article>`],
    ['"Long story short" lead-in', `<article><p><strong>Long story short:</strong> ${SUM}</p></article>`],
    ['Japanese heading', `<article><h2>要約</h2><p>${SUM}</p></article>`],
    ['Chinese lead-in', `<article><p><b>摘要：</b>${SUM}</p></article>`],
    ['Russian', `<article><p><strong>Кратко:</strong> ${SUM}</p></article>`],
    ['quoted', `<article><p><strong>TL;DR:</strong> “${SUM}”</p></article>`],
    ['bracketed label', `<article><p>【要約】${SUM}</p></article>`],
    ['aria-label section', `<article><section aria-label="TL;DR"><p>${SUM}</p></section></article>`],
    ['emoji heading', `<article><h3>✍️ Summary</h3><p>${SUM}</p></article>`],
    ['a toggle "Show TL;DR"', `<article><details class="tldr"><summary>Show TL;DR</summary><p>${SUM}</p></details><p>Body.</p></article>`],
    ['a toggle "Read the summary"', `<article><details><summary>Read the summary</summary><p>${SUM}</p></details><p>Body.</p></article>`],
    ['"Summary (AI-generated)" heading', `<article><div class="card"><h3>Summary (AI-generated)</h3><p>${SUM}</p></div><p>Body.</p></article>`],
    ['"AI-generated summary" heading', `<article><div class="card"><h3>AI-generated summary</h3><p>${SUM}</p></div><p>Body.</p></article>`],
    ['Czech "Ve zkratce" heading', `<article><h2>Ve zkratce</h2><p>${SUM}</p><h2>Podrobnosti</h2><p>Body.</p></article>`],
    ['"What happened:" lead-in', `<article><p><strong>What happened:</strong> ${SUM}</p><p>Body.</p></article>`],
    ['full-width semicolon "TL；DR"', `<article><p><strong>TL；DR：</strong>${SUM}</p><p>Body.</p></article>`],
    ['unrendered Markdown bold', `<article><p>**TL;DR:** ${SUM}</p><p>Body.</p></article>`],
    ['an ad slot between the label and the text', `<article><h2>TL;DR</h2><div class="ad-container"><div id="div-gpt-ad-1">Advertisement</div></div><p>${SUM}</p><p>Body.</p></article>`],
    ['a figure between the label and the text', `<article><h2>Summary</h2><figure><img src="x.jpg"><figcaption>A chart of prices over the last two years, by provider.</figcaption></figure><p>${SUM}</p><p>Body.</p></article>`],
  ])('%s', (_name, html) => {
    expect(extractTldr(doc(html))).toBe(SUM);
  });

  it('joins a TL;DR split over two paragraphs in a callout, but not the article after a heading', () => {
    expect(extractTldr(doc('<article><div class="callout"><h4>TL;DR</h4><p>First part of it.</p><p>Second part of it.</p></div><p>Body text.</p></article>'))).toBe('First part of it. Second part of it.');
    // (under a heading, the paragraphs up to the next heading of its rank: see "ends at the next heading" below)
    expect(extractTldr(doc('<article><h2>Summary</h2><p>The summary paragraph is this one.</p><p>The article starts here.</p><h3>Detail</h3><p>More.</p></article>'))).toBe('The summary paragraph is this one.');
  });

  it('joins a lead-in TL;DR continued in the next paragraph of its callout, not of the article body', () => {
    expect(extractTldr(doc('<article><div class="callout"><p><strong>TL;DR:</strong> First part of it.</p><p>Second part of it.</p></div><p>Body text.</p></article>'))).toBe('First part of it. Second part of it.');
    expect(extractTldr(doc('<article><div class="entry-content"><p><strong>TL;DR:</strong> The first part of the summary.</p><p>The article starts here.</p></div></article>'))).toBe('The first part of the summary.');
  });

  it('drops an AI-summary disclaimer line, in its own paragraph or in the same block', () => {
    expect(extractTldr(doc(`<article><section class="ai-summary"><h2>Article summary</h2><p>${SUM}</p><p class="note"><small>This summary was generated with the help of AI and reviewed by an editor. <a href="/ai">Learn how we use AI</a>.</small></p></section><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><div class="tldr"><strong>TL;DR</strong> ${SUM} AI-generated summary. Was this summary helpful?</div></article>`))).toBe(SUM);
  });

  it('reads labels inside an article whose class looks like boilerplate ("newsletter-post")', () => {
    expect(extractTldr(doc(`<article class="newsletter-post"><p><strong>Short answer:</strong> ${SUM}</p><p>Body.</p></article>`))).toBe(SUM);
  });

  it('a newsletter\'s "In today\'s issue:" lead-in is its summary', () => {
    expect(extractTldr(doc(`<article><p>Good morning!</p><p><strong>In today’s issue:</strong> ${SUM}</p><h2>Story one</h2><p>Body.</p></article>`))).toBe(SUM);
  });

  it('a quote opening with a summary label over a list is no TL;DR; an arrow inside prose does not make one a list', () => {
    expect(extractTldr(doc('<article><blockquote><p><b>TL;DR</b>:</p><ul><li>Prices fall by half for API users</li><li>Margins hold thanks to in-house chips</li></ul></blockquote><p>Body.</p></article>'))).toBeNull();
    expect(extractTldr(doc('<article><p><b>TL;DR:</b> Moving from GPT-4 → GPT-5 halved our costs and kept the quality where it was.</p><p>Body.</p></article>'))).toBe('Moving from GPT-4 → GPT-5 halved our costs and kept the quality where it was.');
  });

  it('a summary box holding a paragraph and a list: the paragraph is the TL;DR; a definition list is no TL;DR', () => {
    expect(extractTldr(doc(`<article><div class="tldr"><strong>TL;DR</strong><p>${SUM}</p><ul><li>Prices fall by half</li><li>Margins hold</li></ul></div><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc('<article><section><h2>At a glance</h2><dl><dt>What</dt><dd>Prices fall by half for API users</dd><dt>Why</dt><dd>Margins hold thanks to chips</dd></dl></section><p>Body.</p></article>'))).toBeNull();
  });

  it('reads a box\'s whole abstract (four paragraphs), and labels inside a wrapper whose class only sounds like a module', () => {
    const ps = ['First part.', 'Second part.', 'Third part.', 'Fourth part.'];
    expect(extractTldr(doc(`<article><div class="abstract"><h2>Abstract</h2>${ps.map((p) => `<p>${p}</p>`).join('')}</div><p>Body.</p></article>`))).toBe(ps.join(' '));
    const P = '<p>This paragraph is long enough to be the body of the article, with enough words in it to count as real prose here.</p>';
    expect(extractTldr(doc(`<div class="newsletter-body"><h1>T</h1><p><strong>TL;DR:</strong> ${SUM}</p>${P}${P}${P}</div>`))).toBe(SUM);
    expect(extractTldr(doc(`<article>${P}<div class="newsletter-signup"><p><strong>TL;DR:</strong> get our newsletter every single week for free, really.</p><form><input></form></div></article>`))).toBeNull();
  });

  it('a "Summary" column header of a data table is no label', () => {
    expect(extractTldr(doc(`<article><table><tr><th>Model</th><th>Summary</th><th>Price</th></tr><tr><td>A</td><td>A fast model that does a lot of things well enough.</td><td>$1</td></tr></table><p>Body.</p></article>`))).toBeNull();
  });

  it('a short CJK TL;DR (under 20 characters) is one', () => {
    expect(extractTldr(doc('<article><p>【要約】新モデルは速くて安い。品質も同等。</p><p>本文。</p></article>'))).toBe('新モデルは速くて安い。品質も同等。');
  });

  it('returns plain text only from hostile markup', () => {
    const t = extractTldr(doc(`<article><blockquote><p><b>TL;DR:</b> Safe <script>alert(1)</script><img src=x onerror="alert(2)">text <style>p{}</style>stays plain here.</p></blockquote></article>`));
    expect(t).toBe('Safe text stays plain here.');
  });

  it('ignores a "tl;dr" mentioned in passing', () => {
    expect(extractTldr(doc('<article><p>Can someone give me the tl;dr of this thread? I read it twice and still do not get it.</p></article>'))).toBeNull();
  });

  it('ignores a summary label in comments and navigation', () => {
    expect(extractTldr(doc(`<nav><p>TL;DR: ${SUM}</p></nav><div class="comments"><p>TL;DR: ${SUM}</p></div><article><p>Body only.</p></article>`))).toBeNull();
  });

  it('prefers a paragraph TL;DR over an "At a glance" list', () => {
    const d = doc(`<article><p><strong>At a glance:</strong> Prices fall by half · Margins hold · Rivals follow within a day</p><div class="tldr"><span>TLDR</span> ${SUM}</div></article>`);
    expect(extractTldr(d)).toBe(SUM);
  });

  it('survives a 3,000-deep DOM', () => {
    const deep = '<div>'.repeat(3000) + `<p><b>TL;DR:</b> ${SUM}</p>` + '</div>'.repeat(3000);
    expect(extractTldr(doc(deep))).toBe(SUM);
  }, 60_000);

  it('"Short on time?" heading; two short paragraphs set off by a rule are one TL;DR', () => {
    expect(extractTldr(doc(`<article><h3>Short on time?</h3><p>${SUM}</p><p>Last month I sent a survey to sixty hiring managers.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><h2><span>In a nutshell</span></h2><p>${SUM}</p><p>Second part of it.</p><div class="d"><hr></div><p>Every spring we promise ourselves to do better.</p></article>`))).toBe(`${SUM} Second part of it.`);
  });

  it('"The short answer:" opening a plain paragraph is prose; set in bold it is a label', () => {
    expect(extractTldr(doc(`<article><p>We spent three weeks trying to reproduce published results.</p><p>The short answer: ${SUM}</p><h2>Sandboxes</h2><p>Body.</p></article>`))).toBeNull();
    expect(extractTldr(doc(`<article><p><strong>The short answer:</strong> ${SUM}</p><p>Body.</p></article>`))).toBe(SUM);
    // in other languages, with their article ("La respuesta corta", "Die kurze Antwort")
    expect(extractTldr(doc(`<article><div class="box"><h2>La respuesta corta</h2><p>${SUM}</p></div><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><p><strong>Die kurze Antwort:</strong> ${SUM}</p><p>Body.</p></article>`))).toBe(SUM);
    // a toggle's title written as an <a> that goes nowhere is a label, not a link to another page
    expect(extractTldr(doc(`<article><div class="elementor-toggle-item"><div class="elementor-tab-title" role="button"><a class="elementor-toggle-title" tabindex="0">Zusammenfassung</a></div><div class="elementor-tab-content" role="region"><p>${SUM}</p></div></div><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><ul class="toc"><li><a href="#summary">Summary</a></li></ul><p>${SUM}</p><p>Body.</p></article>`))).toBeNull();
    // a logo's home link named like a label ("TLDR") opens the header, not a summary
    expect(extractTldr(doc(`<header class="flex"><a href="https://tldr.tech/" class="font-bold">TLDR</a><nav class="space-x-4">${['Tech', 'AI', 'Web Dev', 'InfoSec', 'Product', 'DevOps', 'Advertise'].map((x) => `<a href="/${x}">${x}</a>`).join('')}</nav></header><article><p>${SUM}</p></article>`))).toBeNull();
    // a TL;DR box's other rows (read time, share button, audio player, jump link) are not its text
    expect(extractTldr(doc(`<article><div class="tldr-box" role="note"><div class="top"><span class="label">TL;DR</span><span class="meta">Read time: 4 min</span><button>Share this summary</button></div><p class="text">${SUM}</p><div class="audio"><span>Listen to this post</span><audio controls src="a.mp3">Your browser does not support audio.</audio><span>3:58</span></div><a href="#more">Jump to: what we would measure instead</a></div><p>Body.</p></article>`))).toBe(SUM);
    // a lead-in paragraph set in italics goes on in the next italic paragraph; a bold sub-heading after it is not part of it
    const more = 'The reason is less about quality than about contracts and where the model runs.';
    expect(extractTldr(doc(`<article><p><em><strong>TL;DR:</strong> ${SUM}</em></p><p><em>${more}</em></p><p>Body text of the article starts here and goes on.</p></article>`))).toBe(`${SUM} ${more}`);
    expect(extractTldr(doc(`<article><p><strong>TL;DR: ${SUM}</strong></p><p><strong>Background</strong></p><p>Body text of the article starts here and goes on.</p></article>`))).toBe(SUM);
    // a pull quote signed with the label at its foot: the quote is the TL;DR, without its label
    expect(extractTldr(doc(`<article><figure class="wp-block-pullquote"><blockquote><p>${SUM}</p><cite>まとめ</cite></blockquote></figure><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><blockquote><p>${SUM}</p><cite>Jane Doe, CEO</cite></blockquote><p>Body.</p></article>`))).toBeNull();
    // a whole paragraph set in bold italics is set off too
    expect(extractTldr(doc(`<article><p class="in-short"><strong><em>In short: ${SUM}</em></strong></p><p>Body.</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><blockquote><p>Bottom line: ${SUM}</p></blockquote><p>Body.</p></article>`))).toBe(SUM);
  });

  it('a table of contents entry named "Summary" is not the label; the heading it links to is', () => {
    expect(extractTldr(doc(`<article><div class="blog-toc"><ul><li><a href="#intro">Intro</a></li><li><a href="#summary">Summary</a></li></ul></div><p>I have been running models at home for a year, mostly on a loud desktop GPU.</p><h2 id="summary">Summary</h2><p>${SUM}</p></article>`))).toBe(SUM);
  });

  it('a summary-only label wins over one that may name either ("The bottom line:" over "The big picture:"); Forbes\' "Topline"', () => {
    expect(extractTldr(doc(`<article><p><strong>The big picture:</strong> Washington has tightened chip export rules four times since 2022.</p><p>Body.</p><p><strong>The bottom line:</strong> ${SUM}</p></article>`))).toBe(SUM);
    expect(extractTldr(doc(`<article><h2><strong>Topline</strong></h2><p>${SUM}</p><h2>Key Facts</h2><ul><li>One</li><li>Two</li></ul></article>`))).toBe(SUM);
  });

  it('an AI summary box\'s list, title, badge and disclaimer are no TL;DR', () => {
    const box = '<section class="summary-box ai-summary"><h2 class="summary-box__title">Takeaways <span>by Bloomberg AI</span></h2><ul class="summary-box__list"><li>Anthropic is in early talks to raise new funding.</li><li>Two sovereign funds held talks.</li></ul><p class="summary-box__disclaimer">This summary was generated by AI and reviewed by journalists. <a href="/ai">Learn more</a>.</p></section>';
    expect(extractTldr(doc(`<article>${box}<p>Body of the story.</p></article>`))).toBeNull();
    const ko = '<div class="ai-summary-box"><strong>핵심 요약</strong><ul><li>삼성전자가 HBM4를 공급한다.</li><li>점유율 회복의 발판이다.</li></ul><p class="ai-summary-notice">※ 이 요약은 AI가 기사 본문을 바탕으로 생성했습니다.</p></div>';
    expect(extractTldr(doc(`<article>${ko}<p>본문.</p></article>`))).toBeNull();
  });

  it('a toggle\'s title over its panel (Divi): the panel\'s summary, not the article after it', () => {
    const d = doc(`<article><div class="et_pb_toggle">\n   <h5 class="et_pb_toggle_title">TL;DR</h5>\n   <div class="et_pb_toggle_content">\n    <p>${SUM}</p>\n   </div>\n  </div><div class="et_pb_text"><p>The first paragraph of the article itself, which is long and is not the summary.</p></div></article>`);
    expect(extractTldr(d)).toBe(SUM);
  });

  it('a commenter\'s "Zusammenfassung:" in a thread headed "Kommentare (48)" (no comment class) is not the page\'s', () => {
    const d = doc(`<main><article><h1>Bahn startet Prognose</h1><p>${SUM} Und noch ein langer Absatz über die Bahn und ihre neue Prognose für Verspätungen.</p></article><section class="np-forum"><h3>Kommentare (48)</h3><div class="np-forum__post"><b>zugfahrer_77</b><p>Zusammenfassung: Die Bahn weiß jetzt offiziell, dass sie zu spät ist.</p></div></section></main>`);
    expect(extractTldr(d)).toBeNull();
  });

  it('a summary heading over the article\'s last two paragraphs: both; over the first of many: the first', () => {
    const A = 'Aragón quiere seguir atrayendo centros de datos, pero sin que compitan con la agricultura.';
    const B = 'El decreto obliga a reciclar el agua de refrigeración en los nuevos proyectos desde 2027.';
    const body = '<p>Un párrafo largo del artículo que explica los detalles del decreto y su contexto.</p>';
    expect(extractTldr(doc(`<article><div class="td-post-content">${body}${body}${body}${body}${body}<h3>En resumen</h3><p>${A}</p><p>${B}</p></div><div class="share"><a href="https://x.com/share">X</a></div></article>`))).toBe(`${A} ${B}`);
    expect(extractTldr(doc(`<article><div class="td-post-content"><h3>En resumen</h3><p>${A}</p><p>${B}</p>${body}${body}${body}${body}</div></article>`))).toBe(A);
  });

  it('an AI widget\'s "✨ Summary generated by AI" header and "Key points · AI-generated" line are labels', () => {
    const d = doc(`<article><h1>Kinetica 1.0</h1><section class="aiSummary_card__9fK"><div class="aiSummary_header__a1"><span>✨ Summary generated by AI</span><button aria-label="About AI summaries">ⓘ</button></div><p>${SUM}</p><div class="aiSummary_pointsLabel__f5">Key points · AI-generated</div><ul><li>Version 1.0 freezes the APIs.</li><li>Each release gets three years of fixes.</li></ul></section><p>The body of the story, which is long and is not the summary at all.</p></article>`);
    expect(extractTldr(d)).toBe(SUM);
    expect(extractTakeaways(d)).toEqual(['Version 1.0 freezes the APIs.', 'Each release gets three years of fixes.']);
  });

  it('"太长不看版：" in a quote is the TL;DR, not a product card\'s "Summary："', () => {
    const T = '把 Kindle 和微信读书的划线导出成 Markdown，再接一个 7B 的本地模型做问答。';
    expect(extractTldr(doc(`<article><blockquote><p><strong>太长不看版：</strong>${T}</p></blockquote><p>三年下来，我在 Kindle 和微信读书里留下了一万多条划线，但真正回头翻的不到一成。</p><div class="app-card"><p>Summary：基于本地 Markdown 文件的知识管理工具，支持双向链接与插件。</p></div></article>`))).toBe(T);
  });
  it('Axios\'s "The big picture:" lead-in is the body\'s context, not a TL;DR; as a heading over prose it is one', () => {
    const body = `<p>Why it matters: Japan is one of the fastest-growing markets for enterprise AI tools this year.</p><p><strong>The big picture:</strong> ${SUM}</p><p>Zoom in: more details follow in this paragraph of the story.</p>`;
    expect(extractTldr(doc(`<article>${body}</article>`))).toBeNull();
    expect(extractTldr(doc(`<article><h2>The big picture</h2><p>${SUM}</p><h2>Details</h2><p>More text here.</p></article>`))).toBe(SUM);
  });

  it('a postmortem\'s "What happened" heading opens its first section; "What happened:" as a bold lead-in sums up', () => {
    expect(extractTldr(doc(`<article><h2>What happened</h2><p>${SUM}</p><h2>Timeline</h2><p>At 10:04 the gateway started returning errors.</p></article>`))).toBeNull();
    expect(extractTldr(doc(`<article><p><strong>What happened:</strong> ${SUM}</p><p>Body.</p></article>`))).toBe(SUM);
  });

  it('a collapsed "AI-generated summary" holding a disclaimer and a list has takeaways, no TL;DR', () => {
    const page = `<article><div class="ai-summary-module"><button aria-expanded="false">✦ AI-generated summary</button><div class="ai-summary-content" hidden><p class="ai-summary-disclaimer">Yahoo is using AI to generate takeaways from this article. This means the info may not always match.</p><ul><li>Microsoft says its next PCs will run a 14-billion-parameter model on the device.</li><li>The machines will need at least 32GB of memory and a fast NPU.</li></ul></div></div><p>Microsoft wants your next laptop to be smart even when it is offline, it said on Friday.</p></article>`;
    expect(extractTldr(doc(page))).toBeNull();
    expect(extractTakeaways(doc(page))).toHaveLength(2);
  });
  it('"De belangrijkste punten" (Dutch, with its article) over a list is takeaways', () => {
    const page = `<article><p>De voorwaarden gelden voor alle algoritmes met impact, zei de staatssecretaris vorige week.</p><h2>De belangrijkste punten</h2><ul><li>Een impacttoets is verplicht vóór de aanbesteding.</li><li>De uitkomst wordt binnen zes weken gepubliceerd.</li></ul><h2>Zorgen</h2><p>Niet iedereen is enthousiast over de nieuwe regels.</p></article>`;
    expect(extractTakeaways(doc(page))).toEqual(['Een impacttoets is verplicht vóór de aanbesteding.', 'De uitkomst wordt binnen zes weken gepubliceerd.']);
  });
  it('a summary heading\'s section ends at the next heading of its rank; a CMS excerpt break (<!--more-->) ends it sooner', () => {
    const P2 = 'The key ingredients were aggressive augmentation of the camera views and a little pretraining.';
    const INTRO = 'In April we asked 412 support leaders how they use AI agents, and we ran the same survey last year.';
    expect(extractTldr(doc(`<article><h2>Executive summary</h2><p>${SUM}</p><p>${P2}</p><h2>Key findings</h2><p>Ten institutions received most of the hours, and nine of them are research universities.</p><p>More body text.</p></article>`))).toBe(`${SUM} ${P2}`);
    expect(extractTldr(doc(`<article><h2>Summary</h2><p>${SUM}</p><!--more--><p>${INTRO}</p><h2>Deflection</h2><p>The median team reports that 29% of conversations are resolved by an agent.</p></article>`))).toBe(SUM);
  });
});

