import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractTakeaways, splitFlat } from '../../lib/extract/takeaways';
import { extractTldr } from '../../lib/extract/tldr';

const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://news.example.com/a' }).window.document;
const ITEMS = ['Prices fall by half for API users', 'Margins hold thanks to in-house chips', 'Two rivals matched the cut within a day'];

describe('extractTakeaways', () => {
  it.each([
    ['heading + ul', `<h2>Key Takeaways</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul><p>Body paragraph that is not a takeaway at all.</p>`],
    ['heading + ol in a wrapper', `<div class="box"><h3>Key points</h3></div><ol>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ol>`],
    ['flattened with " - "', `<h2>Key Takeaways</h2><p>- ${ITEMS.join(' - ')}</p><p>Long body paragraph follows, and it is clearly not part of the list.</p>`],
    ['flattened with bullets', `<h2>Highlights</h2><p>• ${ITEMS.join(' • ')}</p>`],
    ['flattened with middots after a bold lead-in', `<p><strong>At a glance:</strong> ${ITEMS.join(' · ')}</p>`],
    ['flattened with " * "', `<p><b>What you need to know:</b> * ${ITEMS.join(' * ')}</p>`],
    ['numbered paragraphs', `<h2>Takeaways</h2>${ITEMS.map((i, n) => `<p>${n + 1}. ${i}</p>`).join('')}<p>Serving long prompts is mostly a memory problem, and this paragraph is the body.</p>`],
    ['inline numbering', `<h2>Key takeaways</h2><p>1. ${ITEMS[0]} 2. ${ITEMS[1]} 3. ${ITEMS[2]}</p>`],
    ['intro line before the list', `<h2>What you need to know</h2><p>Here is the short list:</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['br-separated lines', `<h2>Key takeaways</h2><p>${ITEMS.join('<br>')}</p>`],
    ['callout box by class', `<div class="key-takeaways"><div class="title">Our view</div><ul>${ITEMS.map((i) => `<li>✔ ${i}</li>`).join('')}</ul></div>`],
    ['Japanese', `<h2>この記事のポイント</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['Chinese numbered label', `<h2>三大重點</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['German', `<h2>Das Wichtigste in Kürze</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['French', `<h2>Points clés</h2><p>- ${ITEMS.join(' - ')}</p>`],
    ['"The big picture" box of en-dash lines', `<div class="big-picture"><h3>The big picture</h3><p>– ${ITEMS.join('<br>– ')}</p></div><p>Body paragraph.</p>`],
    ['"What we know so far" list', `<section><h2>What we know so far</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></section>`],
    ['a table with a caption and a numbering column', `<table class="t"><caption>Key takeaways</caption><thead><tr><th>#</th><th>Takeaway</th></tr></thead><tbody>${ITEMS.map((i, n) => `<tr><td>${n + 1}</td><td>${i}</td></tr>`).join('')}</tbody></table>`],
    ['emoji bullets, then the body', `<h2>Key takeaways</h2>${ITEMS.map((i) => `<p>📌 ${i}</p>`).join('')}<p>The body starts here, in a short paragraph.</p>`],
    ['"Takeaway 1:" numbering', `<h2>Takeaways</h2>${ITEMS.map((i, n) => `<p><strong>Takeaway ${n + 1}:</strong> ${i}</p>`).join('')}<p>The body starts here, in a short paragraph.</p>`],
    ['"Lessons learned"', `<h2>Lessons learned</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a quote opening with the label, then its list', `<blockquote><p><strong>Key takeaways:</strong></p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></blockquote><p>Body.</p>`],
    ['a quote opening with a summary label, then its list', `<blockquote><p><b>TL;DR</b>:</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></blockquote><p>Body.</p>`],
    ['flattened with leading arrows', `<h2>Key takeaways</h2><p>→ ${ITEMS.join(' → ')}</p>`],
    ['"Five things to know"', `<h2>Five things to know</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['"Story highlights"', `<h2>Story highlights</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['Russian "Основное"', `<h2>Основное</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['an ad slot between the label and the list', `<h2>Key takeaways</h2><div class="ad-container"><div id="div-gpt-ad-1">Advertisement</div></div><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a wrapper of an intro paragraph and the list', `<h2>Key takeaways</h2><div class="kt"><p>After a year of testing across three clouds and many runs, here is what we learned along the way:</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></div><p>The body starts here, in a short paragraph.</p>`],
    ['a run of boxes of one class', ITEMS.map((i) => `<div class="takeaway">${i}</div>`).join('') + '<p>The body starts here, in a short paragraph.</p>'],
    ['blocks of one class under a label, then the body', `<h2>Key takeaways</h2>${ITEMS.map((i) => `<div class="kt-item">${i}</div>`).join('')}<p>The body starts here, in a short paragraph.</p>`],
    ['cards with number badges', `<section><h2>Key takeaways</h2><div class="grid">${ITEMS.map((i, n) => `<div class="card"><span class="num">${n + 1}</span><p>${i}</p></div>`).join('')}</div></section>`],
    ['a list exported one item per <ul> (Notion)', `<h3>Key takeaways</h3>${ITEMS.map((i) => `<ul class="bulleted-list"><li style="list-style-type:disc">${i}</li></ul>`).join('')}<p>The body starts here.</p>`],
    ['a box of one-item lists', `<div class="key-takeaways">${ITEMS.map((i) => `<ul><li>${i}</li></ul>`).join('')}</div>`],
    ['a wrapper of short paragraphs under a label', `<p class="kicker">Key takeaways</p><div class="content">${ITEMS.map((i) => `<p>${i}</p>`).join('')}</div><p>The body starts here, in a short paragraph.</p>`],
    ['Indonesian "Poin penting"', `<h2>Poin penting</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a box of <br> lines after a bold label', `<div class="takeaways"><strong>Key takeaways</strong><br>${ITEMS.join('<br>')}</div>`],
    ['flattened with pipes', `<h2>Key takeaways</h2><p>${ITEMS.join(' | ')}</p>`],
    ['flattened with slashes', `<h2>Key takeaways</h2><p>${ITEMS.join(' / ')}</p>`],
    ['preformatted lines', `<h2>Key takeaways</h2><p style="white-space: pre-line">${ITEMS.join('\n')}</p>`],
    ['"1/" numbering', `<h2>Key takeaways</h2>${ITEMS.map((i, n) => `<p>${n + 1}/ ${i}</p>`).join('')}<p>The body starts here, in a short paragraph that follows.</p>`],
    ['keycap emoji numbering', `<h2>Key takeaways</h2>${ITEMS.map((i, n) => `<p>${n + 1}\uFE0F\u20E3 ${i}</p>`).join('')}<p>The body starts here, in a short paragraph that follows.</p>`],
    ['a box whose label is a span, items divs with icons', `<div class="takeaways"><span class="label">Takeaways</span>${ITEMS.map((i) => `<div class="item"><i class="fa fa-check"></i> ${i}</div>`).join('')}</div>`],
    ['a box of a title block and a body block of paragraphs', `<div class="highlights"><div class="highlights__title">Highlights</div><div class="highlights__body">${ITEMS.map((i) => `<p>${i}</p>`).join('')}</div></div>`],
    ['a heading then a table', `<h2>Key takeaways</h2><table>${ITEMS.map((i) => `<tr><td>${i}</td></tr>`).join('')}</table><p>Body.</p>`],
    ['number word and a trailing phrase', `<h2>Three key takeaways from the earnings call</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['digit count before "key"', `<h3>3 big takeaways</h3><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['"Why this matters"', `<h2>Why this matters</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['French "Ce qu’il faut retenir"', `<h2>Ce qu’il faut retenir</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['German "Das Wichtigste im Überblick"', `<h2>Das Wichtigste im Überblick</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['Spanish "Los puntos clave"', `<h3>Los puntos clave</h3><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['Japanese "3行まとめ"', `<h2>3行まとめ</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['an accordion: the label is a button in a heading', `<div class="accordion"><h3><button aria-expanded="true">Key takeaways</button></h3><div class="panel"><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></div></div>`],
    ['an intro sentence (no colon) before the list', `<h2>Key takeaways</h2><p>Three points stand out from the filing.</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a count after the label', `<h2>Key takeaways (3)</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a chart between the label and the list', `<h2>Key takeaways</h2><figure><img src="c.png" alt=""><figcaption>Chart: prices by quarter</figcaption></figure><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`],
    ['a list written as <div>s', `<h2>Key takeaways</h2><div class="grid">${ITEMS.map((i) => `<div class="card">${i}</div>`).join('')}</div><p>${'A body paragraph of ordinary prose that follows the list. '.repeat(2)}</p>`],
  ])('%s', (_name, html) => {
    expect(extractTakeaways(doc(`<article>${html}</article>`))).toEqual(ITEMS);
  });

  it('takes a list under a summary label ("TL;DR", "Summary") as takeaways, and no TL;DR from it', () => {
    const d = doc(`<article><h2>Summary</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul><p>Body text of the article goes here.</p></article>`);
    expect(extractTakeaways(d)).toEqual(ITEMS);
    expect(extractTldr(d)).toBeNull();
    const d2 = doc(`<article><p><b>TL;DR:</b> • ${ITEMS.join(' • ')}</p></article>`);
    expect(extractTakeaways(d2)).toEqual(ITEMS);
    expect(extractTldr(d2)).toBeNull();
  });

  it('does not take a summary paragraph as takeaways', () => {
    expect(extractTakeaways(doc('<article><h2>Summary</h2><p>The summary is one paragraph.</p><p>The article follows.</p></article>'))).toEqual([]);
  });

  it('does not take a one-paragraph "In brief" as takeaways', () => {
    expect(extractTakeaways(doc('<article><aside><h2>In brief</h2><p>The government picked three providers to supply GPUs.</p></aside></article>'))).toEqual([]);
  });

  it('does not take a list of teaser cards', () => {
    const cards = ITEMS.map((i) => `<li><article><h3><a href="/x">${i}</a></h3></article></li>`).join('');
    expect(extractTakeaways(doc(`<main><h2>Highlights</h2><ol>${cards}</ol></main>`))).toEqual([]);
  });

  it('reads items with a plain heading each, and a definition list as term: description', () => {
    expect(extractTakeaways(doc(`<article><h2>Key takeaways</h2><ol><li><h3>Prices fall</h3><p>By half for API users.</p></li><li><h3>Margins hold</h3><p>Thanks to in-house chips.</p></li></ol></article>`))).toEqual([
      'Prices fall By half for API users.',
      'Margins hold Thanks to in-house chips.',
    ]);
    expect(extractTakeaways(doc(`<article><h2>Key points</h2><dl><dt>Price</dt><dd>Half of last year's.</dd><dt>Speed:</dt><dd>Twice as fast.</dd></dl><p>${'Body prose. '.repeat(5)}</p></article>`))).toEqual([
      "Price: Half of last year's.",
      'Speed: Twice as fast.',
    ]);
  });

  it('takes no takeaways from prose under a label that may also name a TL;DR ("At a glance", "세 줄 요약")', () => {
    const prose = `<p>${'Ordinary body prose follows the summary here. '.repeat(2)}</p>`.repeat(4);
    for (const label of ['At a glance', '세 줄 요약'])
      expect(extractTakeaways(doc(`<article><h2>${label}</h2><p>The model is faster and cheaper than before, the lab says.</p>${prose}</article>`)), label).toEqual([]);
  });

  it('returns plain text', () => {
    const items = extractTakeaways(doc('<article><h2>Key takeaways</h2><ul><li>One <script>x()</script>item</li><li><img src=x onerror=alert(1)>Two <b>items</b></li></ul></article>'));
    expect(items).toEqual(['One item', 'Two items']);
  });
});

describe('splitFlat', () => {
  it('keeps a sentence with a dash whole', () => {
    expect(splitFlat('GPT-5 - the new model from the lab - is out')).toEqual(['GPT-5 - the new model from the lab - is out']);
    expect(splitFlat('A well-known state-of-the-art model')).toEqual(['A well-known state-of-the-art model']);
  });
  it('splits a list shape', () => {
    expect(splitFlat('First item here – Second item here – Third item here')).toEqual(['First item here', 'Second item here', 'Third item here']);
  });
  it('is bounded on huge input', () => {
    expect(splitFlat('- a '.repeat(200000)).length).toBeLessThan(5000);
  });
  it('an "In today\'s issue" list is the issue\'s contents, not takeaways', () => {
    expect(extractTakeaways(doc(`<article><h2>In today’s issue</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul><p>Body.</p></article>`))).toEqual([]);
  });
  it('bold lead-in paragraphs are items whatever their length, until one is not', () => {
    const long = ' and the detail of this point runs on for a good while, longer than any short list item would, to explain itself fully to the reader who wants it';
    const items = ITEMS.map((i) => `${i}:${long}.`);
    const html = `<article><h2>Key takeaways</h2>${ITEMS.map((i) => `<p><strong>${i}:</strong>${long}.</p>`).join('')}<p>The body starts here, in a short paragraph.</p></article>`;
    expect(extractTakeaways(doc(html))).toEqual(items);
  });
  it('CJK bullets and numbering: ・ (not inside a name), ▲, 1、, ①, （1）, 1）; "3줄 요약"', () => {
    const JA = ['価格が半分に下がった', '利益率は維持された', '競合二社が一日で追随した'];
    expect(extractTakeaways(doc(`<article><h2>ポイント</h2><p>・ジョン・スミス氏が${JA[0]} ・${JA[1]} ・${JA[2]}</p></article>`))).toEqual(['ジョン・スミス氏が' + JA[0], JA[1], JA[2]]);
    expect(extractTakeaways(doc(`<article><p><strong>핵심 요약</strong></p><p>▲가격이 절반으로 떨어졌다 ▲마진은 유지됐다</p></article>`))).toEqual(['가격이 절반으로 떨어졌다', '마진은 유지됐다']);
    expect(extractTakeaways(doc(`<article><h2>本文要点</h2><p>1、价格下降一半<br>2、利润率保持稳定</p></article>`))).toEqual(['价格下降一半', '利润率保持稳定']);
    expect(extractTakeaways(doc(`<article><h2>要点</h2><p>①价格下降一半②利润率保持稳定</p></article>`))).toEqual(['价格下降一半', '利润率保持稳定']);
    expect(extractTakeaways(doc(`<article><h2>要点</h2><p>（1）价格下降一半 （2）利润率保持稳定</p></article>`))).toEqual(['价格下降一半', '利润率保持稳定']);
    expect(extractTakeaways(doc(`<article><p><strong>划重点：</strong>1）价格下降一半；2）利润率保持稳定；3）两家对手一天内跟进。</p></article>`))).toEqual(['价格下降一半；', '利润率保持稳定；', '两家对手一天内跟进。']);
    expect(extractTakeaways(doc(`<article><h2>3줄 요약</h2><ul><li>가격이 절반으로 떨어졌다</li><li>마진은 유지됐다</li></ul></article>`))).toEqual(['가격이 절반으로 떨어졌다', '마진은 유지됐다']);
  });
  it('a "Highlights" list of links to other pages is a teaser rail, not takeaways; items linking within the page are kept', () => {
    expect(extractTakeaways(doc(`<article><h2>Highlights</h2><ul>${ITEMS.map((i, n) => `<li><a href="/story-${n}">${i}</a></li>`).join('')}</ul></article>`))).toEqual([]);
    expect(extractTakeaways(doc(`<article><h2>Key takeaways</h2><ul>${ITEMS.map((i, n) => `<li><a href="#s${n}">${i}</a></li>`).join('')}</ul></article>`))).toEqual(ITEMS);
  });
  it('a summary label, a short intro line, then a list: the list is the takeaways and there is no TL;DR', () => {
    for (const lab of ['At a glance', 'Summary', 'TL;DR']) {
      const d = doc(`<article><h2>${lab}</h2><p>Three things stand out.</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul><p>The body starts here.</p></article>`);
      expect(extractTakeaways(d)).toEqual(ITEMS);
      expect(extractTldr(d)).toBeNull();
    }
  });
  it('sub-heading + paragraph pairs under a heading label are one item each (numbered sub-headings alone, their paragraphs the detail); one prose paragraph under a takeaways label is no list', () => {
    const pairs = `<section><h2>Najważniejsze informacje</h2><h3>Skala</h3><p>Co piąty materiał był zmanipulowany.</p><h3>Platformy</h3><p>Najwięcej trafiło na TikToka.</p></section><p>Body.</p>`;
    expect(extractTakeaways(doc(`<article>${pairs}</article>`))).toEqual(['Skala Co piąty materiał był zmanipulowany.', 'Platformy Najwięcej trafiło na TikToka.']);
    const numbered = `<div class="takeaways-wrap"><h2>What you need to know</h2>${['Only new batteries need a passport', 'Replacement packs will carry one'].map((h, i) => `<h4>${i + 1}. ${h}</h4><p>Detail sentence number ${i + 1} about the rule.</p>`).join('')}</div><h2>Next</h2><p>Body.</p>`;
    expect(extractTakeaways(doc(`<article>${numbered}</article>`))).toEqual(['Only new batteries need a passport', 'Replacement packs will carry one']);
    expect(extractTakeaways(doc('<article><h3>Why it matters</h3><p>Credits worth hundreds of millions of dollars can decide which cloud a startup builds on.</p><h3>The other side</h3><p>Body.</p></article>'))).toEqual([]);
  });

  it('"Key points at a glance" over a block editor\'s table (<figure class="wp-block-table">): one item per row, header row left out', () => {
    const rows = [['Risk assessment', 'Write one and review it yearly.'], ['Accountable person', 'Name someone responsible.']];
    const t = `<figure class="wp-block-table"><table><thead><tr><th>Key point</th><th>Detail</th></tr></thead><tbody>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</tbody></table><figcaption>Source: Ofcom.</figcaption></figure>`;
    expect(extractTakeaways(doc(`<article><p>Body.</p><h2>Key points at a glance</h2>${t}</article>`))).toEqual(rows.map(([a, b]) => `${a}: ${b}`));
  });

  it('an AI summary box whose title line carries a badge ("핵심 요약 · AI 요약", "Resumo · gerado por IA"): its list or its numbered cards', () => {
    const ko = ['삼성전자가 2나노 공정 반도체의 첫 양산을 시작했다.', '가동률이 높아질 전망이다.', '수율이 관건으로 보인다.'];
    const naver = `<div class="summary_ai"><div class="summary_ai_head"><strong>핵심 요약</strong> <span class="badge">AI 요약</span></div><ul>${ko.map((i) => `<li>${i}</li>`).join('')}</ul><p class="notice">자동 추출 기술로 요약된 내용입니다.</p></div>`;
    expect(extractTakeaways(doc(`<article>${naver}<p>본문입니다.</p></article>`))).toEqual(ko);
    const pt = ['Operadoras terão de informar que o atendimento é feito por IA.', 'O cliente poderá pedir um atendente humano.', 'As regras passam a valer em julho de 2027.'];
    const cards = `<div class="resumo-ia"><div class="resumo-ia__head"><span aria-hidden="true">✨</span><span>Resumo</span><span class="badge">gerado por IA</span></div><div class="resumo-ia__cards">${pt.map((t, i) => `<div class="card"><span class="num">${i + 1}</span><p>${t}</p></div>`).join('')}</div></div>`;
    const d = doc(`<article>${cards}<p>Corpo do texto da matéria.</p></article>`);
    expect(extractTakeaways(d)).toEqual(pt);
    expect(extractTldr(d)).toBeNull();
  });

  it('a report\'s plain "Findings" / "Conclusions" section over prose is the report, not its takeaways; over a list it is', () => {
    const prose = '<p>The word audit covered everything from a two-page checklist to a six-month statistical study of outcomes.</p><p>Independence was the weakest point: in 45 of 48 cases the team running the system paid for the audit.</p>';
    for (const lab of ['Findings', 'Conclusions']) {
      expect(extractTakeaways(doc(`<article><p>Intro.</p><section><h2>${lab}</h2>${prose}</section></article>`)), lab).toEqual([]);
      expect(extractTakeaways(doc(`<article><p>Intro.</p><h2>${lab}</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>${prose}</article>`)), lab).toEqual(ITEMS);
    }
  });

  it('"Summary" over a paragraph and a list, then the next section: the paragraph is the TL;DR, the list the takeaways', () => {
    const P = '<p>Quantization is judged on English benchmarks, where 4-bit models lose almost nothing; we tested 40 languages and found otherwise.</p>';
    const list = `<ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    const d = doc(`<article><h2>Summary</h2>${P}${list}<h2>Setup</h2><p>Body.</p></article>`);
    expect(extractTakeaways(d)).toEqual(ITEMS);
    expect(extractTldr(d)).toMatch(/^Quantization is judged/);
    // the article going on after the list: the list is the article's
    expect(extractTakeaways(doc(`<article><h2>Summary</h2>${P}${list}<p>The article goes on here with more of its body text.</p></article>`))).toEqual([]);
  });

  it('a summary box with no list: its bulleted lines ("✅ …<br>✅ …") after an intro line are the takeaways', () => {
    const ko = ['하반기 공공 AI 학습데이터 구축에 총 3000억원을 투입한다', '의료 영상과 판결문 데이터를 우선 개방한다', '개인정보 비식별 처리 기준을 새로 마련해 고시한다'];
    const box = `<div class="ai-summary-box"><p class="title"><strong>핵심 요약</strong></p><p>이번 발표에서 알아야 할 세 가지:</p><p>${ko.map((k) => `✅ ${k}`).join('<br>\n')}</p></div>`;
    expect(extractTakeaways(doc(`<article>${box}<p>과학기술정보통신부는 9일 브리핑을 열고 계획을 발표했다.</p></article>`))).toEqual(ko);
  });

  it('a sidebar widget beside the article ("Key points of our methodology") is not its takeaways; a layout wrapper named for its rail is no sidebar', () => {
    const widget = `<aside class="article-sidebar"><div class="widget"><h3>Key points of our methodology</h3><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></div></aside>`;
    expect(extractTakeaways(doc(`<main><article><h1>T</h1><p>Body of the story.</p></article>${widget}</main>`))).toEqual([]);
    const own = `<h2>Key takeaways</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    expect(extractTakeaways(doc(`<div class="b-right-rail-advanced"><div class="main"><article><h1>T</h1>${own}<p>Body.</p></article></div><aside class="rail">x</aside></div>`))).toEqual(ITEMS);
  });

  it('a paragraph opening with a bold "Why it matters:" is a takeaway, one per paragraph, unless the page has a takeaways list', () => {
    const story = (n: number) => `<h2>Story ${n}</h2><p><strong>The news:</strong> A lab released model ${n} today.</p><p><strong>Why it matters:</strong> Model ${n} changes what small teams can run on their own hardware.</p><hr>`;
    expect(extractTakeaways(doc(`<article>${story(1)}${story(2)}</article>`))).toEqual(['Model 1 changes what small teams can run on their own hardware.', 'Model 2 changes what small teams can run on their own hardware.']);
    expect(extractTakeaways(doc('<article><p>Lead paragraph of the story.</p><p><b>Warum das wichtig ist:</b> Die Regel gilt für alle Rechenzentren in der EU.</p></article>'))).toEqual(['Die Regel gilt für alle Rechenzentren in der EU.']);
    // a list wins; a plain (unbolded) sentence that starts so is prose
    expect(extractTakeaways(doc(`<article><p><strong>Why it matters:</strong> The rule turns every cloud into a compliance office.</p><h2>Key takeaways</h2><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></article>`))).toEqual(ITEMS);
    expect(extractTakeaways(doc('<article><p>Why it matters: the rule turns every cloud into a compliance office.</p></article>'))).toEqual([]);
  });

  it('an item\'s sub-list is its detail; a table of contents right after the list is another list', () => {
    expect(extractTakeaways(doc('<article><h2>Highlights</h2><ol><li>Structured output for every provider.<ul><li>Native decoding</li><li>Repair fallback</li></ul></li><li>A new streaming API.</li></ol><p>Body.</p></article>'))).toEqual(['Structured output for every provider.', 'A new streaming API.']);
    expect(extractTakeaways(doc('<article><h3>ポイント</h3><ul><li>文書の整理が効いた</li><li>コストは半分だった</li></ul><ul class="table-of-contents"><li><a href="#a">導入の背景</a></li><li><a href="#b">まとめ</a></li></ul><h3 id="a">導入の背景</h3><p>本文。</p></article>'))).toEqual(['文書の整理が効いた', 'コストは半分だった']);
  });

  it('finds the label of an indented box (<p><strong>…</strong></p> over a list, whitespace between tags)', () => {
    const d = doc(`<article><div class="box-x">\n            <p><strong>Das Wichtigste in Kürze</strong></p>\n            <ul>\n                <li>Die Bundesnetzagentur wird zuständig.</li>\n                <li>Die BaFin bleibt für Finanzprodukte zuständig.</li>\n            </ul>\n        </div><p>Das Bundeskabinett hat am Dienstag den Gesetzentwurf beschlossen, sagte die Regierung in Berlin.</p></article>`);
    expect(extractTakeaways(d)).toEqual(['Die Bundesnetzagentur wird zuständig.', 'Die BaFin bleibt für Finanzprodukte zuständig.']);
    expect(extractTldr(d)).toBeNull();
  });

  it.each(['Key insights', 'What this means for you', 'Need-to-know', 'Die wichtigsten Erkenntnisse', 'Ce qu’il faut savoir', 'Las claves', 'Punti principali', 'O essencial', 'この記事でわかること', '关键要点', 'Выводы', 'Kernpunten', 'मुख्य बातें'])('a list under "%s"', (label) => {
    expect(extractTakeaways(doc(`<article><h3>${label}</h3><ul><li>First point of the story</li><li>Second point of the story</li></ul><p>Body of the article goes on here.</p></article>`))).toEqual(['First point of the story', 'Second point of the story']);
  });

  it('"Recap" / "Zusammengefasst" over prose is the TL;DR, over a list the takeaways', () => {
    const p = 'The council approved the plan after a long debate over cameras and privacy rules.';
    expect(extractTldr(doc(`<article><h3>Recap</h3><p>${p}</p><p>Body.</p></article>`))).toBe(p);
    expect(extractTakeaways(doc('<article><h3>Zusammengefasst</h3><ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul><p>Text.</p></article>'))).toEqual(['Erster Punkt', 'Zweiter Punkt']);
  });

  it('items set wholly in bold end at the first line that is not', () => {
    expect(extractTakeaways(doc('<article><h2>Key takeaways</h2><p><strong>Start with twenty hand-labelled examples.</strong></p><p><strong>Put your evals in CI.</strong></p><p>If you want the template we use, it is in this gist. Thanks to Irene.</p></article>'))).toEqual(['Start with twenty hand-labelled examples.', 'Put your evals in CI.']);
  });

  it('sentences on <br> lines under a TL;DR label are its prose; bulleted lines are a list', () => {
    const d = doc('<article><p><span>⚡ TL;DR</span></p><p>Visa and Mastercard launched agent payments.<br>Limits are set by you, not the agent.<br>Retailers are split on agent traffic.</p><p>Body of the issue.</p></article>');
    expect(extractTakeaways(d)).toEqual([]);
    expect(extractTldr(d)).toBe('Visa and Mastercard launched agent payments. Limits are set by you, not the agent. Retailers are split on agent traffic.');
    expect(extractTakeaways(doc('<article><p><b>TL;DR</b></p><p>• Visa launched agent payments.<br>• Limits are set by you.</p><p>Body.</p></article>'))).toEqual(['Visa launched agent payments.', 'Limits are set by you.']);
  });

  it('"<strong>Highlights</strong><br>• a • b • c": a label line over one line of bullets is the list', () => {
    expect(extractTakeaways(doc(`<article><p>Intro paragraph of the story that is long enough to be the article text itself.</p><p><strong>Highlights</strong><br>• ${ITEMS.join(' • ')}</p><p>The story goes on after the highlights with more text.</p></article>`))).toEqual(ITEMS);
  });

  it('a plain "Here’s what you need to know:" paragraph over a list', () => {
    expect(extractTakeaways(doc(`<article><p>I tried six embedding models on my notes and measured recall on a fixed set of questions.</p><p>Here’s what you need to know:</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul><p>The long version follows, with every number and chart.</p></article>`))).toEqual(ITEMS);
  });

  it('"Auf einen Blick" over a <dl> whose dt/dd pairs are wrapped in <div> rows: one "Term: value" item per row', () => {
    const rows = [['Preis', '1.299 Euro'], ['Gewicht', '1,29 Kilogramm'], ['Stärken', 'Laufzeit, leiser Betrieb']];
    const d = doc(`<article><h1>Test</h1><aside class="glance-box"><h2>Auf einen Blick</h2><dl>${rows.map(([t, v]) => `<div class="row"><dt>${t}</dt><dd>${v}</dd></div>`).join('')}</dl></aside><p>Seit gut einem Jahr versprechen Hersteller von Notebooks mit ARM-Prozessoren vor allem eines.</p></article>`);
    expect(extractTakeaways(d)).toEqual(rows.map(([t, v]) => `${t}: ${v}`));
  });

  it('a podcast page: "Episode summary" is the TL;DR, "Key moments" the takeaways without their timestamps', () => {
    const d = doc(`<article><h1>Ep. 87</h1><section><h2>Episode summary</h2><p>Jonas Berg explains why memory bandwidth, not compute, decides which models are usable on a phone.</p></section><section><h2>Key moments</h2><ul>${ITEMS.map((t, i) => `<li><span class="ts">0${i}:12</span> ${t}</li>`).join('')}</ul></section><h2>Transcript</h2><p>Rachel: Welcome back to the show, today we talk about phones.</p></article>`);
    expect(extractTldr(d)).toBe('Jonas Berg explains why memory bandwidth, not compute, decides which models are usable on a phone.');
    expect(extractTakeaways(d)).toEqual(ITEMS);
  });
});

