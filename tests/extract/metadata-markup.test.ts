/**
 * Metadata rules for dates and titles written in markup the text does not show in full: the
 * publication instant in microdata / RDFa / hAtom beside a zoneless or time-only text, a date-only
 * value completed by a machine-readable instant of that day, a modified <time> inside a "posted-on"
 * wrapper, a metadata title that adds a kicker before the h1.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { analyzePage } from '../../lib/extract';

const URL0 = 'https://www.example-site.org/news/story';
function meta(head: string, body = '', url = URL0, lang = 'en') {
  const dom = new JSDOM(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`, { url });
  return extractMetadata(dom.window.document, url);
}
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const para = '<p>The council voted on Tuesday to open the data feed to everyone, after three seasons of testing showed it was stable enough for public use.</p>';
const instant = (iso: string | null): number => (iso ? Date.parse(iso) : NaN);

describe('publication instant in markup', () => {
  it('Blogger: a date header and "Posted by X at 10:32 AM" with hAtom abbr.published', () => {
    const m = meta(
      '<title>Birder: Ospreys are back</title>',
      `<header><h1><a href="/">Birder</a></h1></header><div class="date-outer"><h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2>
       <div class="post"><h3 class="post-title">Ospreys are back</h3><div class="post-body">${para}${para}</div>
       <div class="post-footer">Posted by <span class="fn">Walt</span> <span class="post-timestamp">at <a class="timestamp-link"><abbr class="published" itemprop="datePublished" title="2025-03-04T19:40:00-05:00">7:40 PM</abbr></a></span></div></div></div>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-03-04T19:40:00-05:00'));
  });
  it('Drupal: RDFa schema:dateCreated content beats the zoneless "Tue, 03/04/2025 - 10:15"', () => {
    const m = meta(
      '<title>Feed open | Lakes Data</title>',
      `<article><h1>Feed open</h1><div class="node__submitted">Submitted by <span property="schema:name">Maria K</span> on
       <span property="schema:dateCreated" content="2025-03-04T16:15:00+00:00">Tue, 03/04/2025 - 10:15</span></div><div>${para}${para}</div></article>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-03-04T16:15:00Z'));
  });
  it('a comment\'s microdata date is not the article\'s', () => {
    const m = meta(
      '<meta name="DC.date.issued" content="2025-03-04">',
      `<article><h1>Feed open</h1><div>${para}${para}</div></article><div class="comments"><span itemprop="datePublished" content="2025-03-04T22:00:00Z">x</span></div>`,
    );
    expect(m.publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
  it('a date-only DC.date.issued takes the time of a <time datetime> of that day', () => {
    const m = meta(
      '<meta name="DC.date.issued" content="2025-03-04">',
      `<article><h1>Agency proposes rule</h1><div class="release-date"><time datetime="2025-03-04T12:00:00Z">March 4, 2025</time></div><div>${para}${para}</div></article>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-03-04T12:00:00Z'));
  });
  it('the written day decides, not the UTC day (an evening post west of UTC)', () => {
    const m = meta(
      '',
      `<article><h1>Agency proposes rule</h1><div class="date">October 22, 2026</div><div>${para}${para}</div><time datetime="2026-10-22T19:40:00-05:00">7:40 PM</time></article>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-10-22T19:40:00-05:00'));
  });
});

describe('modified <time> inside a "posted-on" wrapper', () => {
  it('WordPress: time.updated[itemprop=dateModified] before time.published in span.posted-on', () => {
    const m = meta(
      '',
      `<article><h1>How to choose a laptop</h1><div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2026-11-23T11:20:09+00:00" itemprop="dateModified">23 November 2026</time><time class="entry-date published" datetime="2026-11-19T08:00:00+00:00" itemprop="datePublished">19 November 2026</time></span></div><div>${para}${para}</div></article>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-11-19T08:00:00Z'));
  });
  it('"entry-date published updated" (same times) is the publication time', () => {
    const m = meta(
      '',
      `<article><h1>How to choose a laptop</h1><span class="posted-on"><time class="entry-date published updated" datetime="2026-11-19T08:00:00+00:00">19 November 2026</time></span><div>${para}${para}</div></article>`,
    );
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-11-19T08:00:00Z'));
  });
});

describe('title', () => {
  it('a metadata title with a kicker or episode number before the h1 is the h1', () => {
    expect(meta('<meta property="og:title" content="KI-Verordnung: Was Unternehmen ab Februar beachten müssen">', `<article><h1>Was Unternehmen ab Februar beachten müssen</h1>${para}${para}</article>`, URL0, 'de').title).toBe('Was Unternehmen ab Februar beachten müssen');
    expect(meta('<title>Ep. 112 — A radiologist on what AI changed · Signal</title><meta property="og:title" content="Ep. 112 — A radiologist on what AI changed">', `<article><h1>A radiologist on what AI changed</h1>${para}${para}</article>`).title).toBe('A radiologist on what AI changed');
  });
  it('a headline that merely ends like the h1 without a separator is not cut', () => {
    expect(meta('<meta property="og:title" content="Why the council voted no">', `<article><h1>the council voted no</h1>${para}</article>`).title).not.toBe('the council voted no');
  });
});

describe('dates: more sources', () => {
  it('a date-only <time> takes the instant of a JSON-LD node of another type (PodcastEpisode) that day', () => {
    const m = meta(ld({ '@type': 'PodcastEpisode', name: 'Ep. 1', datePublished: '2025-03-04T05:00:00-05:00' }), `<article><h1>Episode one of the show</h1><div class="credits"><time datetime="2025-03-04">March 4, 2025</time></div>${para}${para}</article>`);
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-03-04T05:00:00-05:00'));
  });
  it('JSON-LD and article:published_time on different days: the one the permalink and the visible date confirm', () => {
    const url = 'https://technopulse.ru/news/2025/03/04/story/';
    const head = `<meta property="article:published_time" content="2025-03-04T11:30:00+03:00">${ld({ '@type': 'NewsArticle', headline: 'Banks check calls', datePublished: '2025-03-01T09:00:00+03:00' })}`;
    const m = meta(head, `<article><h1>Banks check calls</h1><div class="meta"><span class="date">4 марта 2025, 11:30</span></div>${para}${para}</article>`, url, 'ru');
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-03-04T11:30:00+03:00'));
    // Nothing confirms either: JSON-LD stays first.
    const n = meta(head, `<article><h1>Banks check calls</h1>${para}${para}</article>`, 'https://technopulse.ru/news/story/', 'ru');
    expect(instant(n.publishedAt)).toBe(Date.parse('2025-03-01T09:00:00+03:00'));
  });
});

describe('bylines: more forms', () => {
  it('the publisher credited as the JSON-LD author (a press release) is no byline', () => {
    const m = meta(`<meta property="og:site_name" content="Veridian Newsroom">${ld({ '@type': 'NewsArticle', headline: 'Veridian unveils card', publisher: { '@type': 'Organization', name: 'Veridian Semiconductor' }, author: { '@type': 'Organization', name: 'Veridian Semiconductor' } })}`, `<article><h1>Veridian unveils card</h1>${para}${para}</article>`);
    expect(m.byline).toBeNull();
  });
  it('rel=author avatar links name the authors in their alt text', () => {
    const m = meta('', `<article><h1>How we cut our index memory</h1><div><a href="/team/lena-fischer" rel="author"><img src="/a.jpg" alt="Lena Fischer"></a><a href="/team/omar-haddad" rel="author"><img src="/b.jpg" alt="Omar Haddad"></a></div>${para}${para}</article>`, 'https://loomwork.io/blog/x');
    expect(m.byline).toBe('Lena Fischer and Omar Haddad');
  });
  it('a property row "Author" with one name per element (Notion pages)', () => {
    const m = meta('', `<main><h1>Our on-call rotation after the bot</h1><div class="props"><div class="prop"><div class="name-wrap"><div class="name"><span>Author</span></div></div><div class="value"><span><img alt="Grace Liu" src="a.png"><span>Grace Liu</span></span><span><img alt="Mateo Ruiz" src="b.png"><span>Mateo Ruiz</span></span></div></div></div><article>${para}${para}</article></main>`);
    expect(m.byline).toBe('Grace Liu and Mateo Ruiz');
  });
  it('"Autor: Name, role in lower case" closing the text; "Admin" is no name', () => {
    const m = meta('<meta property="article:author" content="Admin">', `<article><h1>AI Act: what changes for small firms</h1><div>${para}${para}<p><em>Autor: Katarzyna Wiśniewska, radca prawny</em></p></div></article>`, 'https://www.kancelaria.pl/post/x', 'pl');
    expect(m.byline).toBe('Katarzyna Wiśniewska');
  });
});

describe('site name: generic and platform names', () => {
  it('a generic og:site_name ("Blog") yields to the title suffix', () => {
    expect(meta('<title>How we cut our vector index memory by 70% | Loomwork Engineering</title><meta property="og:site_name" content="Blog">', `<h1>How we cut our vector index memory by 70%</h1>${para}`, 'https://loomwork.io/blog/x').siteName).toBe('Loomwork Engineering');
  });
  it('a WeChat article is named by its official account, not the platform', () => {
    const m = meta('<meta property="og:site_name" content="微信公众平台"><title>手机里的大模型</title>', `<div id="js_article"><h1 id="activity-name">手机里的大模型</h1><div id="meta_content"><span id="js_author_name">王晓琳</span><span id="profileBt"><a href="javascript:void(0);" id="js_name">芯观察</a></span></div><div id="js_content">${para}</div></div>`, 'https://mp.weixin.qq.com/s/abc', 'zh');
    expect(m.siteName).toBe('芯观察');
  });
});

describe('archive titles', () => {
  it('a WordPress category archive declares "… Archives" over its h1: the declared title, which names it when it is no article', () => {
    const m = meta('<title>Generative AI Archives - The Stack Brief</title><meta property="og:title" content="Generative AI Archives - The Stack Brief"><meta property="og:site_name" content="The Stack Brief">', '<h1 class="cat-title">Generative AI</h1><ul><li><a href="/a">A story</a></li></ul>', 'https://thestackbrief.com/category/generative-ai/');
    expect(m.declaredTitle).toBe('Generative AI Archives');
    const it_ = meta('<title>Intelligenza artificiale Archivi - Il Chip</title><meta property="og:site_name" content="Il Chip">', '<h1 class="page-title">Intelligenza artificiale</h1><ul><li><a href="/a">Una storia</a></li></ul>', 'https://ilchip.it/category/intelligenza-artificiale/', 'it');
    expect(it_.declaredTitle).toBe('Intelligenza artificiale Archivi');
    const page = new JSDOM('<!doctype html><html lang="it"><head><title>Intelligenza artificiale Archivi - Il Chip</title><meta property="og:site_name" content="Il Chip"></head><body><h1 class="page-title">Intelligenza artificiale</h1><ul><li><a href="/a">Una storia</a></li><li><a href="/b">Un\'altra storia</a></li></ul></body></html>', { url: 'https://ilchip.it/category/intelligenza-artificiale/' }).window.document;
    const brief = analyzePage(page, 'https://ilchip.it/category/intelligenza-artificiale/');
    expect(brief.isArticle).toBe(false);
    expect(brief.title).toBe('Intelligenza artificiale Archivi');
  });
});

describe('live pages', () => {
  it('a live page whose JSON-LD author is the organisation takes its "Edited by" credit', () => {
    const head = ld({ '@type': 'LiveBlogPosting', headline: 'Storm Bram: live updates', publisher: { '@type': 'Organization', name: 'BBC News' }, author: { '@type': 'NewsMediaOrganization', name: 'BBC News' } });
    const m = meta(`<meta property="og:site_name" content="BBC News">${head}`, `<main><h1>Storm Bram: live updates</h1><div class="contributors"><h3>Live Reporting</h3><p>Edited by Fiona Mackay and Ciaran Doherty</p></div><article>${para}${para}</article></main>`, 'https://www.bbc.co.uk/news/live/x');
    expect(m.byline).toBe('Fiona Mackay and Ciaran Doherty');
  });
  it('an ordinary article\'s "Edited by" credit is still no byline', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'A story' }), `<article><h1>A story about storms</h1><p>Edited by Fiona Mackay</p>${para}${para}</article>`);
    expect(m.byline).toBeNull();
  });
});

describe('batch g: bylines', () => {
  it('"Published <date> by the X team" is the team\'s credit', () => {
    const m = meta('', `<main><header><h1>Model gateway outage</h1></header><div><div class="hint"><p>Published 3 March 2026 by the Lumen Platform team. This is a blameless post-mortem.</p></div>${para}${para}</div></main>`);
    expect(m.byline).toBe('Lumen Platform team');
  });
  it('a wiki\'s "Contributors to …" organisation credit is no byline', () => {
    const m = meta(ld({ '@type': 'Article', name: 'Transformer', author: { '@type': 'Organization', name: 'Contributors to Wikimedia projects' }, publisher: { '@type': 'Organization', name: 'Wikimedia Foundation, Inc.' } }), `<h1>Transformer (model)</h1><div>${para}${para}</div>`);
    expect(m.byline).toBeNull();
  });
  it('a "byline" element holding only a <time> is a date, not a name; the page\'s script beats JSON-LD\'s', () => {
    const m = meta(ld({ '@type': 'BlogPosting', headline: 'छोटे मॉडल', author: { '@type': 'Person', name: 'Rahul Verma' } }),
      `<h3 class="post-title">छोटे मॉडल</h3><span class="byline post-timestamp"><time class="published" datetime="2026-03-09T18:30:00+05:30">मार्च 09, 2026</time></span><div class="post-body">${para}${para}</div><span class="byline post-author vcard"><span class="byline-label">द्वारा पोस्ट किया गया</span> <span class="fn"><a rel="author" href="https://www.blogger.com/profile/1"><span>राहुल वर्मा</span></a></span></span>`,
      'https://takneek.blogspot.com/2026/03/x.html', 'hi');
    expect(m.byline).toBe('राहुल वर्मा');
  });
  it('the shown names with an honorific beat the same names in metadata', () => {
    const m = meta(`<meta name="citation_author" content="Eze, Amara"><meta name="citation_author" content="Feld, Jonah">${ld({ '@type': 'Report', name: 'Compute governance', author: [{ '@type': 'Person', name: 'Amara Eze' }, { '@type': 'Person', name: 'Jonah Feld' }] })}`,
      `<article><h1>Compute governance</h1><p class="report-authors">Dr. Amara Eze and Jonah Feld</p>${para}${para}</article>`);
    expect(m.byline).toBe('Dr. Amara Eze and Jonah Feld');
  });
  it('an honorific shown in an "Authors" row (<dt>/<dd>) beats the same names in metadata', () => {
    const m = meta(`<meta name="citation_author" content="Lind, Petra"><meta name="citation_author" content="Okafor, Sam">${ld({ '@type': 'Report', name: 'Grid storage', author: [{ '@type': 'Person', name: 'Petra Lind' }, { '@type': 'Person', name: 'Sam Okafor' }] })}`,
      `<article><header><h1>Grid storage in cold climates</h1><dl class="meta"><dt>Authors</dt><dd><a href="/people/petra-lind/">Prof Petra Lind</a>, Research Fellow; <a href="/people/sam-okafor/">Sam Okafor</a>, Analyst</dd><dt>Published</dt><dd>3 March 2026</dd></dl></header>${para}${para}</article>`);
    expect(m.byline).toBe('Prof Petra Lind and Sam Okafor');
  });
  it('a single-author site\'s sidebar "By Owen Hale" when nothing else names the author', () => {
    const m = meta('<title>Bitwise: EU draft</title>', `<div id="Sidebar"><p>By <a href="/colophon">Owen Hale</a></p></div><div id="Main"><div class="article"><h1>EU draft would require model cards</h1>${para}${para}</div></div>`, 'https://bitwise.blog/linked/x');
    expect(m.byline).toBe('Owen Hale');
  });
  it('avatar cards in an "authors" block beat a generic meta author team credit', () => {
    const m = meta('<meta name="author" content="Pipeline team">', `<nav class="md-post__authors"><div class="md-profile"><span class="md-author"><img src="a.png" alt="Inês Ferraz"></span><span><strong>Inês Ferraz</strong><br>Maintainer</span></div><div class="md-profile"><span class="md-author"><img src="b.png" alt="Kwame Asante"></span><span><strong>Kwame Asante</strong><br>Search team</span></div></nav><article><h1>We replaced our embedding model</h1>${para}${para}</article>`);
    expect(m.byline).toBe('Inês Ferraz and Kwame Asante');
  });
  it('an author card with nested name and role lines gives the name only', () => {
    const m = meta(ld({ '@type': 'BlogPosting', headline: 'Суржик', author: { '@type': 'Person', name: 'Олександра Коваленко' } }),
      `<article><h1>Як ми навчили модель</h1><div class="Author_author__x"><img alt="" src="a.jpg"><div><div class="Author_name__y">Олександра Коваленко</div><div class="Author_role__z">ML-інженерка</div></div></div>${para}${para}</article>`, URL0, 'uk');
    expect(m.byline).toBe('Олександра Коваленко');
  });
  it('a signature right after the body block ("Από το Γραφείο Τύπου")', () => {
    const m = meta('', `<article><h1>Ξεκινά η δημόσια διαβούλευση</h1><div class="body"><p>Σε δημόσια διαβούλευση τίθεται από σήμερα ο οδηγός για την υπεύθυνη χρήση συστημάτων τεχνητής νοημοσύνης από τους φορείς.</p><p>Σύμφωνα με το κείμενο, κάθε φορέας που σκοπεύει να αξιοποιήσει τέτοιο σύστημα θα πρέπει να συντάσσει εκτίμηση επιπτώσεων.</p></div><p class="signature">Από το Γραφείο Τύπου</p></article>`, 'https://example.gov.gr/x', 'el');
    expect(m.byline).toBe('Γραφείο Τύπου');
  });
  it('a closing line that merely starts with "By" in a sentence is no signature', () => {
    const m = meta('', `<article><h1>Council votes on data</h1><div class="body">${para}${para}</div><p>By contrast, the county did not.</p></article>`);
    expect(m.byline).toBeNull();
  });
});

describe('batch g: site names', () => {
  it('Blogger "<Blog name>: <og:title>" titles name the blog; a translated "Home" link is no name', () => {
    const m = meta('<title>तकनीक की बात: छोटे एआई मॉडल क्यों ज़रूरी हैं</title><meta property="og:title" content="छोटे एआई मॉडल क्यों ज़रूरी हैं">', `<h3 class="post-title">छोटे एआई मॉडल क्यों ज़रूरी हैं</h3><div>${para}</div><a class="home-link" href="/">मुख्यपृष्ठ</a>`, 'https://takneek.blogspot.com/2026/03/x.html', 'hi');
    expect(m.siteName).toBe('तकनीक की बात');
  });
  it('a Notion site is named by its workspace root in the breadcrumb, not "Notion"', () => {
    const m = meta('<meta property="og:site_name" content="Notion"><meta property="og:title" content="What I learned running evals | Notion"><title>What I learned running evals</title>', `<div class="notion-topbar-breadcrumb"><a href="/Field-Notes-0f9e"><div class="icon">📓</div><div>Field Notes</div></a></div><h1>What I learned running evals</h1>${para}`, 'https://mira.notion.site/What-I-learned-1a2b');
    expect(m.siteName).toBe('Field Notes');
  });
  it('an abbreviated og:site_name yields to the name written out in the title suffix', () => {
    const m = meta('<title>Ny metod avslöjar läckor i testdata - Norrlands tekniska universitet</title><meta property="og:title" content="Ny metod avslöjar läckor i testdata"><meta property="og:site_name" content="NTU">', `<h1>Ny metod avslöjar läckor i testdata</h1>${para}`, 'https://www.ntu.se/nyheter/x', 'sv');
    expect(m.siteName).toBe('Norrlands tekniska universitet');
  });
});

describe('batch g: more', () => {
  it('writers signing below the issue: a line of full names alone after the main text', () => {
    const m = meta('<title>TLDR AI 2026-11-24</title>', `<main><article><h1>TLDR AI 2026-11-24</h1><div class="story">${para}${para}${para}</div></article><div class="after"><p>Love it? Tell your friends and get rewards!</p><p>Marcus Lee &amp; Jenna Ortiz</p></div></main>`, 'https://tldr.tech/ai/2026-11-24');
    expect(m.byline).toBe('Marcus Lee and Jenna Ortiz');
  });
  it('buttons inside the h1 ("copy", "like 1.32k") are not part of the title', () => {
    const m = meta('<title>orbit-labs/Orbit-7B-Instruct · Modelyard</title><meta property="og:title" content="orbit-labs/Orbit-7B-Instruct · Modelyard">', '<header><h1><a href="/orbit-labs">orbit-labs</a><div>/</div><div><a href="/orbit-labs/Orbit-7B-Instruct">Orbit-7B-Instruct</a><button>copy</button></div><div><button>like</button><button>1.32k</button></div></h1></header>', 'https://modelyard.co/orbit-labs/Orbit-7B-Instruct');
    expect(m.title).toBe('orbit-labs/Orbit-7B-Instruct');
  });
});

describe('title around og:title', () => {
  it('"Headline | Section | Site" is not read as one site name', () => {
    const m = meta('<title>Council votes on data | Local | Riverside Courier</title><meta property="og:title" content="Council votes on data">', `<h1>Council votes on data</h1>${para}`, 'https://www.riversidecourier.com/local/x');
    expect(m.siteName).toBe('Riverside Courier');
  });
});

describe('batch i: bylines and dates in unusual layouts', () => {
  it('an "Authors" card grid whose pictures have no alt text: each card\'s name, not its job title', () => {
    const card = (n: string, r: string): string => `<div><img alt="" src="/t.jpg"><div>${n}</div><div>${r}</div></div>`;
    const m = meta('<title>Routing heads — Lab</title>', `<main><h1>Routing heads</h1><p>June 10, 2025</p><section aria-label="Authors">${card('Nadia Osei', 'Research Scientist')}${card('Ben Hartley', 'Head of Applied Research')}</section><article>${para}${para}</article></main>`);
    expect(m.byline).toBe('Nadia Osei and Ben Hartley');
  });
});

describe('batch i: opening credit', () => {
  it('a credit line opening the text ("Tekst: A, zdjęcia: B") names the writer, not the photographer', () => {
    const m = meta('<title>Blog: Pszczoły</title>', `<h1 class="title"><a href="/">Zielony Kwadrat</a></h1><h3 class="post-title">Czy AI pomoże pszczelarzom?</h3><div class="post-body"><p><i>Tekst: Katarzyna Wójcik, zdjęcia: Piotr Nowak</i></p>${para}${para}</div>`, 'https://zk.blogspot.com/2025/03/x.html', 'pl');
    expect(m.byline).toBe('Katarzyna Wójcik');
  });
});

describe('batch i: text split over elements', () => {
  it('a <time> whose date and clock sit in adjacent spans ("September 8, 2025" + "7:42 AM GMT+1")', () => {
    const m = meta('<title>Helium outage | Wire</title>', `<article><h1>Helium outage</h1><div class="toolbar"><time class="date-line__date"><span>September 8, 2025</span><span>7:42 AM GMT+1</span></time></div>${para}${para}</article>`);
    expect(instant(m.publishedAt)).toBe(Date.parse('2025-09-08T06:42:00Z'));
  });
  it('a byline block holding only a date and a reading time names nobody (not "Apr")', () => {
    const m = meta('<title>Nettles</title>', `<article><h1>Nettles</h1><div class="article-byline-content"><time datetime="2025-04-22">Apr 22, 2025</time><span> • 5 min read</span></div>${para}${para}</article>`);
    expect(m.byline).toBeNull();
  });
});

describe('batch i: byline blocks read as laid out', () => {
  it('an author card whose label, name and bio are separate blocks gives the name alone', () => {
    const m = meta('<title>WebGPU report</title>', `<article><h1>WebGPU report</h1>${para}${para}<section class="author-card"><h3>Written by</h3><a href="https://hashnode.com/@kw">Kenji Watanabe</a><p>Frontend engineer in Osaka.</p></section></article>`);
    expect(m.byline).toBe('Kenji Watanabe');
  });
  it('a screen-reader copy of the name and a role line beside it are not part of the name', () => {
    const m = meta('<title>Hiring notes</title>', `<article><h1>Hiring notes</h1><div class="author-card"><a href="/in/rm"><span class="sr-only">Rosa Méndez</span></a><div><h3>Rosa Méndez</h3><h4>Head of Talent at Corvid</h4></div></div>${para}${para}</article>`);
    expect(m.byline).toBe('Rosa Méndez');
  });
  it('an about-the-author greeting ("Hi, I’m Megan!") gives the name', () => {
    const m = meta('<title>Rye loaf</title>', `<article><h1>Rye loaf</h1>${para}${para}</article><div class="about-author"><h3>Hi, I’m Megan!</h3><p>I bake and re-test so you don’t have to.</p></div>`);
    expect(m.byline).toBe('Megan');
  });
});

describe('batch i: more languages\' dates', () => {
  const dated = (line: string, lang: string, url = URL0) => meta('<title>Zpráva</title>', `<article><h1>Zpráva dne</h1><div class="meta"><span class="date">${line}</span></div>${para}${para}</article>`, url, lang);
  it('Czech genitive month with a time: "3. listopadu 2026 8:15" (local time)', () => {
    expect(instant(dated('3. listopadu 2026 8:15', 'cs').publishedAt)).toBe(Date.parse('2026-11-03T08:15:00+01:00'));
  });
  it('Czech: "června" is June and "července" July (a full name wins over a prefix)', () => {
    expect(dated('4. června 2026', 'cs').publishedAt).toBe('2026-06-04T00:00:00.000Z');
    expect(dated('4. července 2026', 'cs').publishedAt).toBe('2026-07-04T00:00:00.000Z');
  });
  it('Greek genitive month: "Αθήνα, 3 Μαρτίου 2026"', () => {
    expect(dated('Αθήνα, 3 Μαρτίου 2026', 'el').publishedAt).toBe('2026-03-03T00:00:00.000Z');
  });
  it('Polish and Turkish month names', () => {
    expect(dated('9 listopada 2026', 'pl').publishedAt).toBe('2026-11-09T00:00:00.000Z');
    expect(dated('4 Mayıs 2026', 'tr').publishedAt).toBe('2026-05-04T00:00:00.000Z');
  });
  it('Korean dotted date with spaces: "2025. 3. 4."', () => {
    expect(dated('2025. 3. 4.', 'ko').publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
  it('Dutch abbreviation month first: "mrt 4, 2025"', () => {
    expect(dated('mrt 4, 2025', 'nl').publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
  it('a Czech "Aktualizováno" date before the published one is skipped', () => {
    expect(instant(dated('Aktualizováno: 12. března 2026, 16:40 · Publikováno: 12. března 2026, 9:15', 'cs').publishedAt)).toBe(Date.parse('2026-03-12T09:15:00+01:00'));
  });
});

describe('batch i: dates below a standfirst, Hindi and dashed dates', () => {
  it('a meta line below a long standfirst under the headline is still read', () => {
    const m = meta('<title>Klarna</title>', `<main><article><h1>Klarna anställer igen</h1><p class="ingress">Två år efter att ha ersatt 700 kundtjänstmedarbetare med en AI-assistent rekryterar Klarna på nytt i två städer.</p><div class="meta">Av <a href="/skribent/erik/">Erik Lindqvist</a> · Publicerad 13 november 2026 kl. 10.12 · Uppdaterad 13 november 2026 kl. 14.30</div><div>${para}${para}${para}</div></article></main>`, 'https://www.example.se/nyheter/x', 'sv-SE');
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-11-13T10:12:00+01:00'));
  });
  it('Hindi month names: "प्रकाशित: 16 नवंबर 2026, 10:30 AM IST" after an updated one', () => {
    const m = meta('<title>समाचार</title>', `<article><h1>नई नीति घोषित</h1><div class="meta"><span>अपडेटेड: 16 नवंबर 2026, 02:15 PM IST</span> | <span>प्रकाशित: 16 नवंबर 2026, 10:30 AM IST</span></div>${para}${para}</article>`, URL0, 'hi');
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-11-16T10:30:00+05:30'));
  });
  it('a dashed day-month-year: "NEWS RELEASE 24-Nov-2026"', () => {
    const m = meta('<title>Release</title>', `<article><h1>Notes model</h1><p class="type">NEWS RELEASE <time>24-Nov-2026</time></p>${para}${para}</article>`);
    expect(m.publishedAt).toBe('2026-11-24T00:00:00.000Z');
  });
});

describe('batch i: author blocks styled apart', () => {
  it('name and role spans written without a space ("Yuki Matsuda" + "API Platform"): the names of every card', () => {
    const card = (n: string, r: string): string => `<div class="BlogPostAuthor"><img src="/a.jpg" alt=""><div><span class="BlogPostAuthor__name">${n}</span><span class="BlogPostAuthor__role">${r}</span></div></div>`;
    const m = meta('<title>Idempotency keys</title>', `<article><h1>Idempotency keys</h1><div class="BlogPost__authors">${card('Yuki Matsuda', 'API Platform')}${card('Ben Okonkwo', 'Developer Relations')}</div>${para}${para}</article>`);
    expect(m.byline).toBe('Yuki Matsuda and Ben Okonkwo');
  });
  it('an article element classed with its author ("hentry author-tom-ashby") is no byline block', () => {
    const m = meta('<title>Heat pumps</title>', `<article class="entry hentry author-tom-ashby"><h1>Is a heat pump worth it in a 1930s semi?</h1><div class="blog-meta-item--author"><a href="/journal?author=5f9" class="blog-author">Tom Ashby</a></div>${para}${para}${para}${para}${para}</article>`);
    expect(m.byline).toBe('Tom Ashby');
  });
});

describe('batch i: Hebrew, Ukrainian and Finnish dates', () => {
  const dated = (line: string, lang: string) => meta('<title>x</title>', `<article><h1>Headline here</h1><div class="meta"><span class="date">${line}</span></div>${para}${para}</article>`, URL0, lang);
  it('Hebrew "in March" and "updated" label, local time in Israel: "עודכן: 9 במרץ 2026, 16:05 · פורסם: 8 במרץ 2026, 11:20"', () => {
    expect(instant(dated('עודכן: 9 במרץ 2026, 16:05 · פורסם: 8 במרץ 2026, 11:20', 'he').publishedAt)).toBe(Date.parse('2026-03-08T09:20:00Z'));
  });
  it('Ukrainian genitive month: "2 березня 2026"', () => {
    expect(dated('2 березня 2026', 'uk').publishedAt).toBe('2026-03-02T00:00:00.000Z');
  });
  it('Finnish month whole words only ("maaliskuuta" March) while "Mar" stays March', () => {
    expect(dated('8. maaliskuuta 2026', 'fi').publishedAt).toBe('2026-03-08T00:00:00.000Z');
    expect(dated('Mar 4, 2025', 'en').publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
});

describe('batch i: author chips and meta rows', () => {
  it('avatars with alt "Author" beside a block whose first line names the writers (beehiiv)', () => {
    const m = meta('<title>Model Weekly</title>', `<main><h1>Three licences changed</h1><div class="flex"><div class="flex -space-x-2"><img src="https://media.beehiiv.com/uploads/user/profile_picture/m.jpg" alt="Author"><img src="https://media.beehiiv.com/uploads/user/profile_picture/a.jpg" alt="Author"></div><div class="flex flex-col"><p class="text-sm">Maya Chen &amp; Arjun Patel</p><div><span>Mar 4, 2025</span></div></div></div><div>${para}${para}</div></main>`);
    expect(m.byline).toBe('Maya Chen and Arjun Patel');
  });
  it('a name ending a "date · reading time · name" row (Hugo PaperMod)', () => {
    const m = meta('<title>Notes</title>', `<main><article><header><h1>Caching embeddings</h1><div class="post-meta"><span title="2026-06-18T08:00:00+02:00">June 18, 2026</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Kira Patel</div></header><div class="post-content">${para}${para}</div></article></main>`);
    expect(m.byline).toBe('Kira Patel');
  });
});

describe('batch i: CJK desks and roles around the name', () => {
  it('Japanese desk before the name and 記者 after it: "経済部　佐藤花子記者"', () => {
    const m = meta('<title>記事</title>', `<article><h1>半導体の輸出が増加</h1><div class="article__byline">経済部　佐藤花子記者</div>${para}${para}</article>`, URL0, 'ja');
    expect(m.byline).toBe('佐藤花子');
  });
  it('Korean author box "김민준 테크라이프 헬스케어 담당 에디터": the name', () => {
    const m = meta('<title>기사</title>', `<article><h1>헬스케어 AI</h1>${para}${para}<div class="view-author"><p><strong>김민준</strong> 테크라이프 헬스케어 담당 에디터</p></div></article>`, URL0, 'ko');
    expect(m.byline).toBe('김민준');
  });
});

describe('batch i: the place after the names', () => {
  it('"Von Jana Weber und Felix Braun, Brüssel": the place a reporter files from is no name', () => {
    const m = meta('<title>EU</title>', `<article><h1>EU einigt sich</h1><p class="byline">Von Jana Weber und Felix Braun, Brüssel</p>${para}${para}</article>`, URL0, 'de');
    expect(m.byline?.replace(/ und /g, ' and ')).toBe('Jana Weber and Felix Braun');
  });
});

describe('batch i: non-ASCII digits', () => {
  const dated = (line: string, lang: string) => meta('<title>x</title>', `<article><h1>Headline here</h1><div class="meta"><span class="date">${line}</span></div>${para}${para}</article>`, 'https://www.example-site.org/news/story', lang);
  it('Arabic-Indic digits and the Gregorian date beside a Hijri one: "الثلاثاء ٤ رمضان ١٤٤٦ هـ - ٤ مارس ٢٠٢٥ م ١٠:١٥ ص"', () => {
    expect(dated('الثلاثاء ٤ رمضان ١٤٤٦ هـ - ٤ مارس ٢٠٢٥ م', 'ar').publishedAt).toBe('2025-03-04T00:00:00.000Z');
    expect(instant(dated('٤ مارس ٢٠٢٥ - ٠٣:١٥ م', 'ar').publishedAt)).toBe(Date.parse('2025-03-04T15:15:00Z'));
  });
  it('full-width digits in a Japanese date: "２０２５年３月４日"', () => {
    expect(dated('２０２５年３月４日', 'ja').publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
});

describe('batch i: date badges', () => {
  it('a date badge of day, month and year spans ("<span>04</span><span>Mar</span><span>2025</span>")', () => {
    const m = meta('<title>Bus app</title>', `<article><h1>Bus app works again</h1><div class="post-date"><span class="day">04</span><span class="month">Mar</span><span class="year">2025</span></div>${para}${para}</article>`);
    expect(m.publishedAt).toBe('2025-03-04T00:00:00.000Z');
  });
  it('an ordinal suffix in its own element stays with its number ("12<sup>th</sup> March 2025")', () => {
    const m = meta('<title>Bus app</title>', `<article><h1>Bus app works again</h1><div class="post-date">12<sup>th</sup> March 2025</div>${para}${para}</article>`);
    expect(m.publishedAt).toBe('2025-03-12T00:00:00.000Z');
  });
});

describe('batch i: author row above the headline', () => {
  it('an avatar row at the top of the article header, above the h1 (dev.to)', () => {
    const m = meta('<title>RAG</title>', `<header class="site"><a href="/"><img src="/logo.png" alt=""></a><div>Site Name</div></header><main><article><header><div class="flex"><a href="/mv" class="crayons-avatar"><img src="/uploads/user/profile_image/1/avatar.png" alt="Marisol Vega profile image"></a><div><a href="/mv">Marisol Vega</a><p>Posted on <time>Jun 22</time></p></div></div><h1>I replaced my RAG pipeline</h1></header><div>${para}${para}</div></article></main>`);
    expect(m.byline).toBe('Marisol Vega');
  });
});

describe('batch i: avatar named in its alt', () => {
  it('a picture whose alt is the name the line beside it repeats (Wix post header)', () => {
    const m = meta('<title>Soil sensors</title>', `<main><h1>What soil sensors taught us</h1><div data-hook="post-header"><div class="post-metadata"><div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/lena.jpg" alt="Lena Hartmann"></div><div class="user-name-container"><span data-hook="user-name">Lena Hartmann</span></div></div></div><div>${para}${para}</div></main>`);
    expect(m.byline).toBe('Lena Hartmann');
  });
});

describe('batch k: site names', () => {
  it('a job board posting: JobPosting hiringOrganization names the site', () => {
    const m = meta(
      `<title>Job Application for Data Engineer at Lumenfold</title><meta property="og:title" content="Data Engineer">${ld({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', datePosted: '2026-03-27', hiringOrganization: { '@type': 'Organization', name: 'Lumenfold' } })}`,
      `<main><h1>Data Engineer</h1><div>${para}${para}</div></main>`,
      'https://jobs.board-host.io/lumenfold/jobs/123',
    );
    expect(m.siteName).toBe('Lumenfold');
  });
});

describe('batch k: no byline', () => {
  it('an agency named as dcterms.creator of its own media release is not its author', () => {
    const m = meta(
      '<title>Draft standard released | Data Standards Agency</title><meta property="og:site_name" content="Data Standards Agency"><meta name="dcterms.creator" content="Data Standards Agency"><meta name="dcterms.issued" content="2026-06-10">',
      `<main><h1>Draft standard released</h1><div class="field--body">${para}${para}</div></main>`,
    );
    expect(m.byline).toBeNull();
  });
  it('a personal site named after its owner keeps the owner as byline', () => {
    const m = meta(
      '<title>Notes on sourdough | Miranda Okoye</title><meta property="og:site_name" content="Miranda Okoye"><meta name="author" content="Miranda Okoye">',
      `<main><h1>Notes on sourdough</h1><div>${para}${para}</div></main>`,
    );
    expect(m.byline).toBe('Miranda Okoye');
  });
});

describe('batch k: hand-written pages', () => {
  it('a layout table whose cell holds the headline: the date line under the h1 is above the text', () => {
    const m = meta(
      '<title>Why I keep a paper notebook</title>',
      `<table width="640"><tr><td><font face="Georgia">Home of a hand-written site that still uses font tags and layout tables for everything on it, like in 1998.
       <hr><h1>Why I keep a paper notebook</h1><small>posted 3 March 2026 by Tom</small>${para}${para}${para}<hr><small>Page last touched 5 March 2026.</small></font></td></tr></table>`,
      'https://www.example-site.org/writing/notebook.html',
      '',
    );
    expect(m.publishedAt).toBe('2026-03-03T00:00:00.000Z');
  });
});

describe('batch k: site name from a breadcrumb', () => {
  it('a breadcrumb trail\'s root link names a site with no metadata ("Tom Haverkamp > writing")', () => {
    const m = meta(
      '<title>Why I keep a paper notebook</title>',
      `<div><a href="/">Tom Haverkamp</a> &gt; <a href="/writing/">writing</a><hr><h1>Why I keep a paper notebook</h1>${para}${para}</div>`,
      'https://www.haverkamp-site.nl/writing/notebook.html',
      '',
    );
    expect(m.siteName).toBe('Tom Haverkamp');
  });
});

describe('batch k: site-builder wrappers', () => {
  it('the date line above a headline alone in its wrapper (Framer rich-text containers)', () => {
    const m = meta(
      '<title>Notes from a voice agent</title>',
      `<div data-framer-name="Article"><div data-framer-name="Header"><div class="framer-rt"><p class="framer-text">Journal · November 8, 2026</p></div><div class="framer-rt"><h1 class="framer-text">Notes from a voice agent</h1></div></div><div data-framer-name="Body">${para}${para}</div></div>`,
    );
    expect(m.publishedAt).toBe('2026-11-08T00:00:00.000Z');
  });
});

describe('batch k: meta row laid out', () => {
  it('a category pill right before the date in a meta row reads apart ("<a>Research</a><div>Nov 13, 2026</div>")', () => {
    const m = meta(
      '<title>Why AI features go unused</title>',
      `<div class="hero"><div class="blog-meta-row"><a href="/blog-categories/research" class="category-pill">Research</a><div class="blog-date">Nov 13, 2026</div><div class="dot-divider">·</div><div class="reading-time">7 min read</div></div><h1>Why AI features go unused</h1></div><div class="body"><div class="rich-text">${para}${para}</div></div>`,
    );
    expect(m.publishedAt).toBe('2026-11-13T00:00:00.000Z');
  });
});

describe('batch k: Notion property rows', () => {
  const row = (label: string, value: string): string =>
    `<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>${label}</span></div></div><div class="notion-property notion-property__person">${value}</div></div>`;
  it('a Korean "작성자" (author) label names the author in the row', () => {
    const m = meta('<title>온디바이스 AI</title>', `<main><h1>온디바이스 AI 스마트폰, 1년 써보니</h1><div class="notion-page__properties">${row('작성자', '<span>김지민</span>')}</div><div>${para}${para}</div></main>`, URL0, 'ko');
    expect(m.byline).toBe('김지민');
  });
  it('a person chip\'s letter avatar is not part of the name', () => {
    const m = meta('<title>Phones</title>', `<main><h1>A year with on-device AI</h1><div class="notion-page__properties">${row('Author', '<span class="individual-with-image"><div class="individual-letter-avatar">J</div><span>Jane Doe</span></span>')}</div><div>${para}${para}</div></main>`);
    expect(m.byline).toBe('Jane Doe');
  });
});

describe('batch k: a site name written as its slug', () => {
  it('a Tumblr title\'s blog handle ("appunti-di-circuiti — …") yields to the header\'s written-out name', () => {
    const m = meta(
      '<title>appunti-di-circuiti — Ho riparato una lavatrice</title><meta property="og:title" content="Ho riparato una lavatrice"><meta property="og:site_name" content="Tumblr">',
      `<div id="header"><a href="/" class="blog-title">appunti di circuiti</a></div><article><h1>Ho riparato una lavatrice</h1>${para}${para}</article>`,
      'https://appunti-di-circuiti.tumblr.com/post/7678/ho-riparato',
      'it',
    );
    expect(m.siteName).toBe('appunti di circuiti');
  });
});

describe('batch k: name and date row', () => {
  it('a row of a name and a date under the headline ("Oskar Bell · January 23, 2026", Buttondown)', () => {
    const m = meta(
      '<title>Issue #87: Small models • Gradient Ledger</title><meta property="og:site_name" content="Gradient Ledger">',
      `<div class="email-detail"><div class="email-detail__header"><h1>Issue #87: Small models</h1><div class="email-detail__meta"><span>Oskar Bell</span> · <date>January 23, 2026</date></div></div><div class="email-body-content">${para}${para}</div></div>`,
    );
    expect(m.byline).toBe('Oskar Bell');
  });
});

describe('batch k: newsletter digest sign-off', () => {
  it('writers signing below a digest\'s <article> of linked stories ("Marcus Lee & Jenna Ortiz")', () => {
    const story = (n: number): string => `<div class="mt-3"><a href="https://source${n}.example/story-${n}"><h3>Story number ${n} is out today (4 minute read)</h3></a><div class="newsletter-html">${para}</div></div>`;
    const m = meta(
      '<title>Models, offices, latency</title><meta property="og:site_name" content="Digest">',
      `<main><div class="text-center"><h1>Models, offices, latency</h1><p>Get the free daily email with summaries of the most interesting stories in startups, tech and programming!</p></div>
       <article><section>${story(1)}${story(2)}</section><section>${story(3)}${story(4)}</section></article>
       <div class="text-center"><p>Love the Digest? Tell your friends and get rewards!</p><p>Marcus Lee &amp; Jenna Ortiz</p></div></main><footer><span>© 2026 Digest</span></footer>`,
    );
    expect(m.byline).toBe('Marcus Lee and Jenna Ortiz');
  });
});

describe('CJK half-day markers before the time', () => {
  it('a Korean "입력 2026.03.05. 오후 3:20" line under the headline is 15:20 Korean time', () => {
    const m = meta('<title>반도체 수출 석 달째 늘어 : 네이버 뉴스</title>',
      `<div class="head"><h2 id="title_area">반도체 수출 석 달째 늘어</h2><div class="info"><span class="term">입력</span> <span class="stamp">2026.03.05. 오후 3:20</span></div></div><div class="body">${para}${para}</div>`,
      'https://n.news.example.com/article/015/0005123', 'ko');
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-03-05T15:20:00+09:00'));
  });
  it('a Japanese "午後3時20分" after the date is the afternoon', () => {
    const m = meta('<title>新工場が稼働</title>', `<article><h1>新工場が稼働</h1><p class="date">2026年3月5日 午後3時20分</p>${para}${para}</article>`, URL0, 'ja');
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-03-05T15:20:00+09:00'));
  });
});

describe('batch p: bylines beside credits', () => {
  it('a Ghost feature image\'s "Photo by <a href=unsplash.com/@…>" is no second author', () => {
    const m = meta('<title>Robot vacuums phone home</title>', `<article><header><h1>Robot vacuums phone home</h1><ul class="author-list"><li><a href="/author/declan/">Declan Ashworth</a></li></ul></header><figure><img src="x.jpg"><figcaption><span>Photo by </span><a href="https://unsplash.com/@kowalskiphoto"><span>Ania Kowalska</span></a><span> / </span><a href="https://unsplash.com/">Unsplash</a></figcaption></figure>${para}${para}</article>`);
    expect(m.byline).toBe('Declan Ashworth');
  });
  it('a Japanese "文・森下 千尋" credit is the name; a Gatsby bio "Written by <strong>X</strong> who lives…" is the name', () => {
    const ja = meta('<title>小さな言語モデル</title>', `<article><h1>小さな言語モデル</h1><p class="author">文・<a href="/about#staff">森下 千尋</a></p><p>本文です。小さな言語モデルが手元の端末で動くようになり、社内の文書検索が変わりつつある。その現場を取材した。</p>${para}</article>`, URL0, 'ja');
    expect(ja.byline).toBe('森下 千尋');
    const g = meta('<title>Streaming tokens | Oskar Lindqvist</title>', `<main><article><header><h1>Streaming tokens</h1><p>April 12, 2026</p></header><section>${para}${para}</section><footer><div class="bio"><p>Written by <strong>Oskar Lindqvist</strong> who lives and works in Gothenburg building boring, reliable things. <a href="https://mastodon.social/@oskarlind">Follow him</a></p></div></footer></article></main>`);
    expect(g.byline).toBe('Oskar Lindqvist');
  });
});

describe('bylines the Readability corpus showed wrong', () => {
  it('a wiki infobox\'s hCard ("<caption class=\\"fn org\\">Mozilla</caption>") names the subject, not an author', () => {
    const m = meta('<title>Mozilla - Wikipedia</title>', `<div id="content"><h1 id="firstHeading">Mozilla</h1><div id="bodyContent"><div class="mw-parser-output"><table class="infobox vcard"><caption class="fn org">Mozilla</caption><tbody><tr><th>Founded</th><td>1998</td></tr></tbody></table>${para}${para}${para}</div></div></div>`);
    expect(m.byline).toBeNull();
  });
  it('an author avatar\'s alt "Steven Musil mugshot" is the name once', () => {
    const m = meta('<title>Story - CNET</title>', `<article><h1>Story</h1><div class="c-byline"><a rel="author" href="/profiles/smusil/"><img src="m.jpg" alt="Steven Musil mugshot"></a> <a rel="author" href="/profiles/smusil/">Steven Musil</a></div>${para}${para}</article>`);
    expect(m.byline).toBe('Steven Musil');
  });
  it('"By <a>Alex Heath</a>, a deputy editor and author of the Command Line newsletter" is one name', () => {
    const m = meta('<title>Hands-on - The Verge</title>', `<article><h1>Hands-on</h1><p class="article-byline"><span>By</span> <span><a href="/authors/alex-heath">Alex Heath</a></span><span>, a deputy editor and author of the Command Line newsletter. He has covered tech for a decade.</span></p>${para}${para}</article>`);
    expect(m.byline).toBe('Alex Heath');
  });
  it('an author\'s note headed "A note from Sleyca" names Sleyca', () => {
    const m = meta('<title>Chapter 102 - Super Supportive | Royal Road</title>', `<div class="chapter"><h1>Chapter 102</h1><div class="portlet author-note-portlet"><h3>A note from Sleyca</h3><p>Thanks for reading!</p></div>${para}${para}</div>`);
    expect(m.byline).toBe('Sleyca');
  });
});

describe('names in a post-meta row', () => {
  it('"Sofia Lindqvist, Dr. Emeka Obi, Jun Park · 22 September 2026 · 9 min" and "30 January 2026 · 7 min · Dr. Amara Singh, Leo Brandt"', () => {
    const a = meta('<title>Sparse probes · Lab</title>', `<main><article><h1>Sparse probes</h1><p class="post-meta">Sofia Lindqvist, Dr. Emeka Obi, Jun Park · <time datetime="2026-09-22">22 September 2026</time> · 9 min</p>${para}${para}</article></main>`);
    expect(a.byline).toBe('Sofia Lindqvist, Dr. Emeka Obi and Jun Park');
    const b = meta('<title>Summary heads · Lab</title>', `<main><article><h1>Summary heads</h1><div class="post-meta"><time datetime="2026-01-30">30 January 2026</time>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;Dr. Amara Singh, Leo Brandt</div>${para}${para}</article></main>`);
    expect(b.byline).toBe('Dr. Amara Singh and Leo Brandt');
  });
});

describe('a title suffix found by the headline', () => {
  it('MkDocs "Квантование - Документация Lampa" over h1 "Квантование" (one-word headline, logo text "Lampa"): title and site name', () => {
    const m = meta('<title>Квантование - Документация Lampa</title><meta property="og:title" content="Квантование - Документация Lampa">', `<header><a href="../.." title="Документация Lampa" class="md-logo">Lampa</a></header><article class="md-content__inner"><h1>Квантование</h1>${para}${para}</article>`, 'https://docs.lampa-ml.ru/guides/quantization/', 'ru');
    expect(m.title).toBe('Квантование');
    expect(m.siteName).toBe('Документация Lampa');
  });
});

describe('Dutch credit', () => {
  it('"Tekst: Anouk de Vries" is the name', () => {
    const m = meta('<title>Onderzoek | Universiteit</title>', `<article><h1>Onderzoek</h1><p class="byline-tekst"><strong>Tekst: Anouk de Vries</strong></p>${para}${para}</article>`, URL0, 'nl');
    expect(m.byline).toBe('Anouk de Vries');
  });
});

describe('a name run straight into its timestamp', () => {
  it('"<a>林秋</a><span>2026/03/28 20:15</span>" is 林秋', () => {
    const m = meta('<title>读书笔记 - 少数派</title>', `<div class="article-header"><div class="title">读书笔记</div><div class="article-author"><a class="nickname" href="/u/linqiu">林秋</a><span class="timer">2026/03/28 20:15</span></div></div><article>${para}${para}</article>`, URL0, 'zh');
    expect(m.byline).toBe('林秋');
  });
});

describe('a Notion export\'s properties table', () => {
  it('"Tác giả | Trần Minh Anh", "Ngày đăng | @2 tháng 11, 2026": byline and date, row by row', () => {
    const m = meta('<title>Chạy mô hình</title>', `<article class="page sans"><header><h1 class="page-title">Chạy mô hình</h1><table class="properties"><tbody><tr class="property-row"><th><span class="icon"></span>Tác giả</th><td><span class="user"><img src="a.png" class="icon">Trần Minh Anh</span></td></tr><tr class="property-row"><th><span class="icon"></span>Ngày đăng</th><td><time>@2 tháng 11, 2026</time></td></tr></tbody></table></header><div class="page-body">${para}${para}</div></article>`, 'https://sotay-ai.vn/bai-viet/chay-mo-hinh.html', '');
    expect(m.byline).toBe('Trần Minh Anh');
    // Super.so's Notion properties, Portuguese "Autora" (the feminine form)
    const pt = meta('<title>Lei de IA</title>', `<main><div class="notion-header"><h1 class="notion-header__title">O que a nova lei de IA muda</h1><div class="notion-collection-page-properties"><div class="notion-property notion-property__person"><span class="notion-property__title">Autora</span><span class="notion-property__person-name">Beatriz Nogueira</span></div><div class="notion-property notion-property__date"><span class="notion-property__title">Publicado em</span><span>12 de novembro de 2026</span></div></div></div><article>${para}${para}</article></main>`, 'https://exemplo.com.br/artigos/lei-ia', '');
    expect(pt.byline).toBe('Beatriz Nogueira');
    expect(m.publishedAt).toMatch(/^2026-11-02/);
  });
});

describe('the declared title beside the headline', () => {
  it('og:title "Искусственный интеллект — новости и статьи" over h1 "Искусственный интеллект": the title is the h1, the declared title is kept for a non-article', () => {
    const m = meta('<title>Искусственный интеллект — новости и статьи | Техносфера</title><meta property="og:title" content="Искусственный интеллект — новости и статьи"><meta property="og:site_name" content="Техносфера">', '<h1 class="rubric-title">Искусственный интеллект</h1><ul><li><a href="/a">Статья</a></li></ul>', 'https://technosfera.ru/rubric/ai/', 'ru');
    expect(m.title).toBe('Искусственный интеллект');
    expect(m.declaredTitle).toBe('Искусственный интеллект — новости и статьи');
  });
});

describe('an h1 that shows the whole declared title', () => {
  it('"Axios AI+: Chip tariffs, a model recall and a robotaxi strike" in the h1 and <title>: kept whole', () => {
    const t = 'Axios AI+: Chip tariffs, a model recall and a robotaxi strike';
    const m = meta(`<title>${t}</title><meta property="og:site_name" content="Axios">`, `<main><h1>${t}</h1>${para}${para}</main>`, 'https://www.axios.com/newsletters/axios-ai-plus-2026-11-20');
    expect(m.title).toBe(t);
  });
});

describe('a live tag before the declared title', () => {
  it('"DIRECT. Sommet de Paris …" over the h1 "Sommet de Paris …": the h1', () => {
    const h = "Sommet de Paris sur l'IA : les chefs d'État adoptent une déclaration";
    const m = meta(`<title>DIRECT. ${h} – Le Courrier du Rhône</title><meta property="og:title" content="DIRECT. ${h}">`, `<main><h1>${h}</h1>${para}${para}</main>`, 'https://www.courrierdurhone.fr/monde/direct-sommet', 'fr');
    expect(m.title).toBe(h);
  });
});

describe('a site name with its kana reading', () => {
  it('og:site_name "note（ノート）" is note', () => {
    const m = meta('<title>記事｜山田｜note</title><meta property="og:site_name" content="note（ノート）">', `<article><h1>記事</h1>${para}${para}</article>`, 'https://note.com/yamada/n/n1234', 'ja');
    expect(m.siteName).toBe('note');
  });
});

describe('a press release\'s boilerplate', () => {
  it('"<p><b>About Helix Dynamics</b></p>" closing the release names no writer', () => {
    const m = meta('<title>Helix Dynamics releases Helix-R1</title>', `<article><h1>Helix Dynamics releases Helix-R1</h1>${para}${para}<p><b>About Helix Dynamics</b></p><p>Founded in 2022 and headquartered in Pittsburgh, Helix Dynamics builds AI software for robots.</p></article>`);
    expect(m.byline).toBeNull();
  });
});

describe('a date-only meta and a marked-up instant of that day', () => {
  it('pubdate "20261119" and "<span property=\\"dc:date dc:created\\" content=\\"…T14:05:00-08:00\\">Nov. 19, 2026, 2:05 p.m.</span>": the marked-up instant', () => {
    const m = meta('<title>Drone recall – Gazette</title><meta name="pubdate" content="20261119">', `<div class="node"><h1><span property="dc:title">Drone recall</span></h1><div class="submitted"><span class="field-byline">Gazette Staff</span> | <span property="dc:date dc:created" content="2026-11-19T14:05:00-08:00" datatype="xsd:dateTime">Nov. 19, 2026, 2:05 p.m.</span></div><div class="field-item">${para}${para}</div></div>`);
    expect(instant(m.publishedAt)).toBe(Date.parse('2026-11-19T14:05:00-08:00'));
  });
});
