/**
 * Metadata patterns common on the web: numeric dates in US or day-first order, times with local
 * zones, relative dates backed by an absolute one (never invented), all-caps and wire bylines,
 * <address> bylines, site names on home/section pages (logo, aria-label, title, copyright line).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textDate } from '../../lib/extract/dates';
import { extractMetadata } from '../../lib/extract/metadata';
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

const URL0 = 'https://www.example-news.com/2025/03/03/story';
function meta(head: string, body = '', lang = 'en-US', url = URL0) {
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { url });
  return extractMetadata(dom.window.document, url);
}
const para = '<p>Body text of the article goes on here, long enough to be the main text of the page. </p>'.repeat(6);
const article = (head: string): string => `<article><h1>Council approves the new budget</h1>${head}<div class="body">${para}</div></article>`;

describe('numeric dates: month or day first', () => {
  it('US order on US-English pages, day first elsewhere; a part over 12 decides', () => {
    expect(textDate('03/04/2025', { monthFirst: true })).toBe('2025-03-04');
    expect(textDate('03/04/2025')).toBe('2025-04-03');
    expect(textDate('13/04/2025', { monthFirst: true })).toBe('2025-04-13');
    expect(textDate('04/13/2025')).toBe('2025-04-13');
    expect(textDate('3-4-2025', { monthFirst: true })).toBe('2025-03-04');
    expect(textDate('1/2/2025-ish')).toBeNull();
  });
  it('the page decides: en-US and plain en on a .com are month first; en-GB, .co.uk and other languages day first', () => {
    const body = article('<p class="date">Published 03/04/2025</p>');
    expect(meta('', body, 'en-US').publishedAt).toBe('2025-03-04T00:00:00.000Z');
    expect(meta('', body, 'en').publishedAt).toBe('2025-03-04T00:00:00.000Z');
    expect(meta('', body, 'en-GB').publishedAt).toBe('2025-04-03T00:00:00.000Z');
    expect(meta('', body, 'en', 'https://www.example.co.uk/news/1').publishedAt).toBe('2025-04-03T00:00:00.000Z');
    expect(meta('', body, 'fr').publishedAt).toBe('2025-04-03T00:00:00.000Z');
  });
});

describe('times with local zones', () => {
  it.each([
    ['March 3, 2025, 9:15 a.m. ET', '2025-03-03T09:15:00-05:00'],
    ['July 3, 2025, 9:15 a.m. ET', '2025-07-03T09:15:00-04:00'],
    ['Nov. 12, 2025 4:30 PM PT', '2025-11-12T16:30:00-08:00'],
    ['9:15 a.m. ET March 3, 2025', '2025-03-03T09:15:00-05:00'],
    ['Published 10:30 AM EDT, Mon June 2, 2025', '2025-06-02T10:30:00-04:00'],
    ['3 June 2025 14:30 BST', '2025-06-03T14:30:00+01:00'],
    ['3 March 2025, 14:30 CET', '2025-03-03T14:30:00+01:00'],
    ['3 March 2025, 14:30 (GMT+2)', '2025-03-03T14:30:00+02:00'],
    ['2025-03-03 14:30 +05:30', '2025-03-03T14:30:00+05:30'],
    ['March 3, 2025 at 9 pm', '2025-03-03T21:00:00Z'],
    ['14:30 03.03.2025', '2025-03-03T14:30:00Z'],
  ])('%s', (text, want) => {
    expect(textDate(text)).toBe(want);
  });
  it('an update time before its date is still an update', () => {
    expect(textDate('Updated 10:30 AM EDT, Mon June 2, 2025')).toBeNull();
    expect(textDate('Updated 9:15 a.m. ET June 4, 2025 · Published June 2, 2025')).toBe('2025-06-02');
  });
  it('in a dateline under the headline', () => {
    expect(meta('', article('<p class="dateline">March 3, 2025 9:15 a.m. ET</p>')).publishedAt).toBe('2025-03-03T14:15:00.000Z');
  });
});

describe('relative dates', () => {
  it('the absolute date in a title or data attribute behind "3 days ago"', () => {
    expect(meta('', article('<p class="meta"><span class="date" title="March 3, 2025 9:15 AM">3 days ago</span></p>')).publishedAt).toBe('2025-03-03T09:15:00.000Z');
    expect(meta('', article('<p class="post-meta">By Jane Doe · <span data-timestamp="1741000000">2 hours ago</span></p>')).publishedAt).toBe(new Date(1741000000 * 1000).toISOString());
  });
  it('no absolute date anywhere: null, never a date computed from now', () => {
    expect(textDate('3 days ago')).toBeNull();
    expect(meta('', article('<p class="meta">By Jane Doe · <span class="date">2 hours ago</span></p>'), 'en-US', 'https://www.example-news.com/story/council-budget').publishedAt).toBeNull();
  });
});

describe('bylines as sites write them', () => {
  it('all caps in title case, acronyms kept', () => {
    expect(meta('', article('<p class="byline">BY JANE DOE AND JOHN O\'BRIEN</p>')).byline).toBe("Jane Doe and John O'Brien");
    expect(meta('', article('<p class="byline">By AFP</p>')).byline).toBe('AFP');
  });
  it('a wire agency after the name is no co-author; a wire agency alone is the byline', () => {
    expect(meta('', article('<div class="byline">By Jane Doe, Associated Press</div>')).byline).toBe('Jane Doe');
    expect(meta('', article('<div class="byline">By ZEKE MILLER Associated Press</div>')).byline).toBe('Zeke Miller');
    expect(meta('', article('<div class="byline">By Jane Doe (Reuters)</div>')).byline).toBe('Jane Doe');
    expect(meta('', article('<div class="byline">By The Associated Press</div>')).byline).toBe('The Associated Press');
    expect(meta('', article('<div class="byline">By Reuters</div>')).byline).toBe('Reuters');
  });
  it('"Story by", an <address> in the article, never the footer\'s postal address', () => {
    expect(meta('', article('<p>Story by Jane Doe</p>')).byline).toBe('Jane Doe');
    expect(meta('', `${article('<address><a href="/u/jane">Jane Doe</a></address>')}<footer><address>1 Main St, Springfield</address></footer>`).byline).toBe('Jane Doe');
    expect(meta('', `${article('')}<footer><address>Jane Doe Media, 1 Main St</address></footer>`).byline).toBeNull();
  });
});

describe('site names on home and section pages', () => {
  it('the logo link: alt, aria-label, without "logo" or "home"', () => {
    expect(meta('<title>Breaking news, sport and weather</title>', '<header><a href="/"><img src="/l.svg" alt="Example News logo"></a></header><h1>Top stories</h1>').siteName).toBe('Example News');
    expect(meta('<title>Breaking news</title>', '<header><a href="https://www.example-news.com/" aria-label="Example News home"><svg></svg></a></header>').siteName).toBe('Example News');
    expect(meta('<title>Breaking news</title>', '<header><a href="/"><img src="/l.svg" alt="Menu"></a></header>').siteName).toBeNull();
  });
  it('a title that is the site name alone', () => {
    expect(meta('<title>Example News</title>', '<h1>Top stories</h1>').siteName).toBe('Example News');
  });
  it('the footer copyright line when it names the host, not a parent company', () => {
    expect(meta('<title>Top stories</title>', '<h1>Top stories</h1><footer><p>© 2025 Example News. All rights reserved.</p></footer>').siteName).toBe('Example News');
    expect(meta('<title>Top stories</title>', '<h1>Top stories</h1><footer><p>Copyright © 2019–2025 Acme Media Group, Inc. All rights reserved.</p></footer>').siteName).toBeNull();
  });
});

describe('credit lines', () => {
  it('"Words and photos by", "Text und Fotos von" name the writer', () => {
    expect(meta('', article('<p class="byline">Words and photos by Tom Ashworth</p>')).byline).toBe('Tom Ashworth');
    expect(meta('', article('<p class="autor">Text und Fotos von Lena Vogt</p>'), 'de').byline).toBe('Lena Vogt');
  });
  it('a written date in a title attribute is read in the page\'s order', () => {
    expect(meta('', article('<p class="meta"><span class="entry-date" title="12/03/2025 14:30">2 days ago</span></p>'), 'en-GB').publishedAt).toBe('2025-03-12T14:30:00.000Z');
  });
});

describe('local time of the site', () => {
  it('a time written without a zone is the local time of the page\'s country or one-zone language', () => {
    expect(meta('', article('<p class="date">2026年03月04日 14時02分 公開</p>'), 'ja').publishedAt).toBe('2026-03-04T05:02:00.000Z');
    expect(meta('', article('<p class="date"><time>04/03/2026 14h02</time></p>'), 'pt-BR').publishedAt).toBe('2026-03-04T17:02:00.000Z');
    expect(meta('<meta name="publishdate" content="2026-03-04 10:30:00">', article(''), 'zh-CN').publishedAt).toBe('2026-03-04T02:30:00.000Z');
    // Central European time, summer time from the last Sunday of March.
    expect(meta('', article('<p class="datum">12.11.2026, 14:20 Uhr</p>'), 'de').publishedAt).toBe('2026-11-12T13:20:00.000Z');
    expect(meta('', article('<p class="datum">12.07.2026, 14:20 Uhr</p>'), 'de').publishedAt).toBe('2026-07-12T12:20:00.000Z');
  });
  it('a written zone wins; countries over several zones keep UTC; a date alone stays a date', () => {
    expect(meta('', article('<p class="date">2026年03月04日 14:02 UTC</p>'), 'ja').publishedAt).toBe('2026-03-04T14:02:00.000Z');
    expect(meta('', article('<p class="date">March 4, 2026 2:02 PM</p>'), 'en-US').publishedAt).toBe('2026-03-04T14:02:00.000Z');
    expect(meta('', article('<p class="date">2026年03月04日</p>'), 'ja').publishedAt).toBe('2026-03-04T00:00:00.000Z');
  });
});

describe('the date in the permalink', () => {
  it('a last resort, date only', () => {
    expect(meta('', article(''), 'en', 'https://tokenomics.blog/2026/03/04/notes/').publishedAt).toBe('2026-03-04T00:00:00.000Z');
    expect(meta('', article(''), 'zh', 'https://tech.example.cn/2026-03-04/doc-1.shtml').publishedAt).toBe('2026-03-04T00:00:00.000Z');
    expect(meta('', article('<p class="date">March 2, 2026</p>'), 'en', 'https://tokenomics.blog/2026/03/04/notes/').publishedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(meta('', article(''), 'en', 'https://example.com/2026/03/notes/').publishedAt).toBeNull();
  });
});

describe('more bylines', () => {
  it('a "By" that starts its line beats one inside a dek sentence', () => {
    const body = '<article><h1>Schwarz-Gruppe übernimmt Aleph Alpha</h1><p class="vorspann">Der KI-Anbieter wird Teil von Schwarz Digits.</p><p class="autor">Von <a href="/autoren/jw">Jonas Weber</a></p><div>' + para + '</div></article>';
    expect(meta('', body, 'de').byline).toBe('Jonas Weber');
  });
  it('several rel=author links in one line are all the authors', () => {
    expect(meta('', article('<p class="article__auteur">Par <a href="/auteurs/cr" rel="author">Camille Roux</a> et <a href="/auteurs/yb" rel="author">Yanis Benali</a></p>'), 'fr').byline).toBe('Camille Roux and Yanis Benali');
  });
  it('an author list, citation_author metas ("Last, First"), "Authors:"', () => {
    expect(meta('', article('<ul class="paper-authors"><li><a href="/people/ys">Yuki Sato</a></li><li>Tom Becker</li></ul>')).byline).toBe('Yuki Sato and Tom Becker');
    expect(meta('<meta name="citation_author" content="Lima, Ana"><meta name="citation_author" content="Zhang, Wei">').byline).toBe('Ana Lima and Wei Zhang');
    expect(meta('', article('<div class="authors"><span>Authors:</span><a href="/s?q=a">Ana Lima</a>, <a href="/s?q=w">Wei Zhang</a></div>')).byline).toBe('Ana Lima, Wei Zhang');
  });
  it('a sign-off at the end of the article: wire credit (not the editor), 作者：, 기자', () => {
    const end = (line: string, lang = 'en'): string | null => meta('', `<article><h1>T</h1><div class="body">${para}<p>${line}</p></div></article>`, lang).byline;
    expect(end('Reporting by Sofia Lindqvist in Brussels and Tom Barker in London; Editing by Mark Potter')).toBe('Sofia Lindqvist and Tom Barker');
    expect(end('作者：李明', 'zh')).toBe('李明');
    expect(end('김민수 기자 minsu.kim@example.co.kr', 'ko')).toBe('김민수');
    expect(end('Editing by Mark Potter')).toBeNull();
  });
  it('an editor\'s credit is no byline; a sentence is no byline', () => {
    expect(meta('', article('<p class="show_author">责任编辑：王磊</p>'), 'zh').byline).toBeNull();
    expect(meta('', '<h1>T</h1><p>记者从多家车企获悉，今年以来已有超过十家车企接入大模型。</p>', 'zh').byline).toBeNull();
  });
  it('brackets, a part naming the site, Chinese names separated by spaces', () => {
    expect(meta('<meta property="og:site_name" content="テックビュー NEWS">', article('<div class="byline"><b>[佐藤 花子，テックビュー]</b></div>'), 'ja').byline).toBe('佐藤 花子');
    expect(meta('<meta property="og:site_name" content="Portal Conecta">', article('<p class="author">Por Ana Souza e Pedro Lima, Portal Conecta — Brasília</p>'), 'pt-BR').byline).toBe('Ana Souza e Pedro Lima');
    expect(meta('', article('<span class="author">作者：王思远 李婷</span>'), 'zh-CN').byline).toBe('王思远 and 李婷');
    expect(meta('', article('<span class="author">佐藤 花子</span>'), 'ja').byline).toBe('佐藤 花子');
  });
});

describe('site name written as a domain', () => {
  it('kept ("PreprintHub.org"); a URL is not', () => {
    expect(meta('<meta property="og:site_name" content="PreprintHub.org">').siteName).toBe('PreprintHub.org');
    expect(meta('<meta property="og:site_name" content="https://www.example-news.com/">').siteName).toBeNull();
  });
});

describe('bylines from the wider web', () => {
  it('"Analysis by", "Opinion by"; not a photo credit; a handle next to the name', () => {
    expect(meta('', article('<div class="byline">Analysis by Jane Doe</div>')).byline).toBe('Jane Doe');
    expect(meta('', article('<div class="byline">Opinion by Jane Doe</div>')).byline).toBe('Jane Doe');
    expect(meta('<meta name="author" content="Jane Doe (@janedoe)">').byline).toBe('Jane Doe');
    expect(meta('', article('<div class="byline">Written by Rob Ewaschuk Edited by Betsy Beyer</div>')).byline).toBe('Rob Ewaschuk');
  });
  it('a user name yields to a person\'s name; a handle is not title-cased', () => {
    const head = ld({ '@type': 'Article', headline: 'H', author: 'CC7567' });
    expect(meta(head, article('<span class="author-name">James Akinaka</span>')).byline).toBe('James Akinaka');
    expect(meta(head, article('')).byline).toBe('CC7567');
  });
  it('JSON-LD givenName + familyName', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', givenName: 'Ana', familyName: 'Lima' } })).byline).toBe('Ana Lima');
  });
  it('ordinal day before the month: "3rd March 2025", "the 3rd of March 2025"', () => {
    expect(textDate('3rd March 2025')).toBe('2025-03-03');
    expect(textDate('21st of June 2025')).toBe('2025-06-21');
  });
  it('a section front names its publisher in a WebPage node', () => {
    expect(meta(ld({ '@type': 'CollectionPage', name: 'Business', publisher: { '@type': 'NewsMediaOrganization', name: 'Harbour Times' } }) + '<title>Business</title>').siteName).toBe('Harbour Times');
  });
});

describe('bylines in more languages and places', () => {
  const para2 = para;
  it('author-page links under the headline: /author/, /yazar/, /penulis/, /skribent/; never a photo credit', () => {
    expect(meta('', article('<div class="meta">بقلم: <a href="/author/ahmed-mansour">أحمد منصور</a> — <span>7 نوفمبر 2026</span></div>'), 'ar').byline).toBe('أحمد منصور');
    expect(meta('', article('<div class="haber-meta"><span class="yazar"><a href="/yazar/ayse-yilmaz">Ayşe Yılmaz</a></span> <span>5 saat önce</span></div>'), 'tr').byline).toBe('Ayşe Yılmaz');
    expect(meta('', article('<div class="read__credit"><div>Penulis <a href="/penulis/dimas-pratama">Dimas Pratama</a></div><div>Editor Rina Sari</div></div>'), 'id').byline).toBe('Dimas Pratama');
    expect(meta('', article('<p class="credits">Words by <a href="/contributors/hv">Helena Varga</a> / Photography by <a href="/contributors/mr">Matteo Rossi</a></p>')).byline).toBe('Helena Varga');
    expect(meta('', article('<div class="meta">Av <a href="/skribent/erik-lindqvist/">Erik Lindqvist</a> · Publicerad 13 november 2026</div>'), 'sv').byline).toBe('Erik Lindqvist');
    expect(meta('', article('<div class="byline"><a href="/author/wm">Wanjiku Mwangi</a> <a href="/author/wm">More by this Author</a></div>')).byline).toBe('Wanjiku Mwangi');
    // the editor's link goes to an author page too, labelled by the element before it
    expect(meta('', article('<div class="credit"><div class="credit-title-name"><h6>Penulis</h6> <a href="/penulis/rina-susanti">Rina Susanti</a></div><div class="credit-title-name"><h6>Editor</h6> <a href="/penulis/dimas-pratama">Dimas Pratama</a></div></div>'), 'id').byline).toBe('Rina Susanti');
    // a lab's team pages ("/team/aiko-tanaka"), listed in a plain span
    expect(meta('', article('<div class="mt-6 flex"><span><a href="/team/aiko-tanaka">Aiko Tanaka</a>, <a href="/team/rafael-ortiz">Rafael Ortiz</a>, and <a href="/team/mei-chen">Mei Chen</a></span><span>·</span><span>September 3, 2026</span></div>')).byline?.split(/, | and /)).toEqual(['Aiko Tanaka', 'Rafael Ortiz', 'Mei Chen']);
  });
  it('a desk credit in JSON-LD yields to the person the page names', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Redacción El Diario del Sur' } });
    expect(meta(head, article('<div class="byline-wrapper"><span class="byline-credits">Por <a href="/autores/lf/">Lucía Fernández</a></span></div>'), 'es').byline).toBe('Lucía Fernández');
    expect(meta(head, article(''), 'es').byline).toBe('Redacción El Diario del Sur');
  });
  it('the interviewee named in the headline is not the author when the page shows "Interview by"', () => {
    const head = `<title>Margaret Atwell on AI and the novel | The Maple Review</title><meta name="author" content="Margaret Atwell">`;
    const body = `<article><h1>Margaret Atwell on AI and the novel</h1><p class="credits">Interview by <a href="/contributors/lena-park/">Lena Park</a><br><span>Photographs by Owen Tremblay</span></p><div>${para2}</div></article>`;
    expect(meta(head, body).byline).toBe('Lena Park');
  });
  it('Hebrew names joined by a prefixed vav; shown names beat a transliterated JSON-LD author', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Noa Levi' } });
    expect(meta(head, article('<div class="authors">נועה לוי ויוסי כהן <span class="date">18.11.2026 | 08:20</span></div>'), 'he').byline).toBe('נועה לוי and יוסי כהן');
  });
  it('an author box "About Jane Doe", a bold name closing the article', () => {
    expect(meta('', `${article('')}<div class="author-box"><h4>About Graham Pell</h4><p>Retired telecoms engineer in Ely.</p></div>`).byline).toBe('Graham Pell');
    expect(meta('', `<article><h1>T</h1>${para2}<p style="text-align:right;"><strong>Minh Anh</strong></p></article>`, 'vi').byline).toBe('Minh Anh');
    // with the wires it drew on after it; a bold lead-in of a sentence is no name
    expect(meta('', `<article><h1>T</h1>${para2}<p style="text-align:right;"><strong>Như Tâm</strong> (Theo <em>Reuters</em>, <em>Nikkei Asia</em>)</p></article>`, 'vi').byline).toBe('Như Tâm');
    expect(meta('', `<article><h1>T</h1>${para2}<p><strong>Minh Anh</strong> contributed reporting.</p></article>`, 'vi').byline).toBeNull();
  });
});

describe('dates and site names, continued', () => {
  it('a date-only meta date takes the time written next to that day', () => {
    expect(meta('<meta name="dcterms.date" content="2026-11-04">', article('<div class="field-date">Wednesday 4 November 2026, 9:00am AEDT</div>'), 'en-AU').publishedAt).toBe('2026-11-03T22:00:00.000Z');
    expect(meta('<meta name="citation_publication_date" content="2026/03/04">', `${article('')}<div class="submission-history">[v1] Wed, 4 Mar 2026 18:22:05 UTC (1,204 KB)<br>[v2] Tue, 10 Mar 2026 09:01:44 UTC</div>`).publishedAt).toBe('2026-03-04T18:22:05.000Z');
  });
  it('a comment\'s <time> is not the article\'s', () => {
    expect(meta('', `${article('')}<div class="wp-block-comments"><time datetime="2026-10-23T08:14:00+00:00">23 October 2026</time></div>`, 'en', 'https://example.com/post/radio').publishedAt).toBeNull();
  });
  it('a publication on a platform subdomain is named by its title, not the platform', () => {
    const m = meta('<title>About - The Compiler</title><meta property="og:site_name" content="Substack">', '<h1>About</h1>', 'en', 'https://thecompiler.substack.com/about');
    expect(m.siteName).toBe('The Compiler');
    expect(m.title).toBe('About');
  });
});

describe('credits that name no writer', () => {
  it('"Portrait by", "Powered by" are no byline; a job title after a comma goes; vowel-less acronyms stay', () => {
    expect(meta('', '<h1>T</h1><p><em>Portrait by <a href="http://x.example/">George Del Barrio</a></em></p>', 'en', 'https://example.com/post').byline).toBeNull();
    expect(meta('', '<h1>T</h1><p>Powered by WordPress</p>', 'en', 'https://example.com/post').byline).toBeNull();
    expect(meta('<meta name="author" content="Andrew Hayden, Software Engineer">').byline).toBe('Andrew Hayden');
    expect(meta('', article('<p class="byline">BY TMZ STAFF</p>')).byline).toBe('TMZ Staff');
  });
});

describe('more date and credit forms', () => {
  it('compact dates ("20250303", "202503030915") and more publication metas', () => {
    expect(meta('<meta name="pdate" content="20250303">').publishedAt).toBe('2025-03-03T00:00:00.000Z');
    expect(meta('<meta name="content_PublishedDate" content="2026-11-10 14:15:00">', '', 'id').publishedAt).toBe('2026-11-10T07:15:00.000Z');
    expect(meta('<meta name="publication_date" content="202503030915">').publishedAt).toBe('2025-03-03T09:15:00.000Z');
    expect(meta('<meta name="x" content="1741000000">').publishedAt).not.toBe('x');
  });
  it('a reviewer is not the author', () => {
    expect(meta('', article('<div class="byline">Medically reviewed by Dr. Ann Lee</div><div class="author">Written by Jane Doe</div>')).byline).toBe('Jane Doe');
  });
  it('a name in brackets closing a Japanese story', () => {
    expect(meta('', `<article><h1>T</h1><div>${'<p>本文の段落です。これは記事の本文で、十分な長さがあります。さらに文章が続きます。</p>'.repeat(6)}<p>（山田太郎）</p></div></article>`, 'ja').byline).toBe('山田太郎');
  });
  it('a date-only <time> takes the time its text writes', () => {
    expect(meta('', article('<p class="x"><time datetime="2025-03-03">March 3, 2025 at 9:15 am</time></p>'), 'en-US', 'https://example.com/post').publishedAt).toBe('2025-03-03T09:15:00.000Z');
  });
});

describe('co-credits', () => {
  it('a linked name and an unlinked one in one byline are both authors', () => {
    expect(meta('', article('<p class="byline">By <a href="/author/jd">Jane Doe</a> and John Roe</p>')).byline).toBe('Jane Doe and John Roe');
  });
  it('JSON-LD person + agency shown together on the page ("Jan Novák, ČTK"): the agency is the person\'s, the byline the person', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Jan Novák' }, { '@type': 'Organization', name: 'ČTK' }] });
    expect(meta(head, article('<div class="info">Jan Novák, ČTK · 3. listopadu 2026 8:15</div>'), 'cs').byline).toBe('Jan Novák');
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Katrin Weber' }, { '@type': 'Organization', name: 'dpa' }] }) + '<meta name="author" content="Katrin Weber, dpa">', article('<span class="author">Von <span>Katrin Weber</span>, dpa</span>'), 'de').byline).toBe('Katrin Weber');
    expect(meta(head, article('<div class="info">Jan Novák · 3. listopadu 2026 8:15</div>'), 'cs').byline).toBe('Jan Novák');
  });
  it('"Updated" written before a nested <time> marks it as the update', () => {
    expect(meta('', article('<p class="x">Updated <span><time datetime="2025-03-05T10:00:00Z">March 5</time></span></p><p class="y"><span><time datetime="2025-03-03T09:00:00Z">March 3</time></span></p>')).publishedAt).toBe('2025-03-03T09:00:00.000Z');
  });
});

describe('credit elements and datelines', () => {
  it('hCard names, "posted-by", other languages\' class names; the innermost of nested credits', () => {
    expect(meta('', article('<span class="vcard"><span class="fn">Jane Doe</span></span>')).byline).toBe('Jane Doe');
    // a Hatena entry's footer hCard, under a body classed "header-image-enable" (no picture's credit)
    const hatena = new JSDOM(`<!doctype html><html lang="ja"><body class="page-entry header-image-enable"><article class="entry hentry"><h1>T</h1><div class="entry-content">${para}</div><div class="entry-footer-section"><span class="author vcard"><span class="fn">tanaka_dev</span></span></div></article></body></html>`, { url: URL0 }).window.document;
    expect(extractMetadata(hatena, URL0).byline).toBe('tanaka_dev');
    expect(meta('', `<article><h1>T</h1>${para}<footer class="entry-footer"><span class="posted-by">Posted by <a href="/u/jane">Jane Doe</a></span></footer></article>`).byline).toBe('Jane Doe');
    expect(meta('', article('<div class="firma"><p class="autor">Por María López y Andrés Gil</p><p class="fecha">Madrid, 3 de marzo de 2025</p></div>'), 'es').byline).toBe('María López y Andrés Gil');
    expect(meta('', article('<div class="writer-info"><span class="name">김민수 기자</span> <a href="/list?w=minsu">다른기사 보기</a></div>'), 'ko').byline).toBe('김민수');
  });
  it('an <address> that says "By" outside the article', () => {
    expect(meta('', `<header><address>By Jane Doe</address></header>${article('')}`).byline).toBe('Jane Doe');
  });
  it('a wire agency in the first paragraph\'s dateline, when the page names no author', () => {
    expect(meta('', `<article><h1>T</h1><p>WASHINGTON (AP) — The council approved the new budget on Monday after a long debate about water mains.</p>${para}</article>`).byline).toBe('AP');
    expect(meta('', `<article><h1>T</h1><p class="byline">By Jane Doe</p><p>WASHINGTON (AP) — The council approved the new budget on Monday after a long debate about water mains.</p>${para}</article>`).byline).toBe('Jane Doe');
  });
});

describe('dates: more places', () => {
  const U = 'https://www.example-news.com/news/story-123';
  it('microdata datePublished on any element; a date in the article\'s own footer as a last resort', () => {
    expect(meta('', article('<span itemprop="datePublished" content="2025-03-03T09:15:00Z">March 3</span>'), 'en', U).publishedAt).toBe('2025-03-03T09:15:00.000Z');
    expect(meta('', `<article><h1>T</h1>${para}<footer class="entry-footer">Posted on March 3, 2025</footer></article>`, 'en', U).publishedAt).toBe('2025-03-03T00:00:00.000Z');
    expect(meta('', `<article><h1>T</h1>${para}<div class="comments"><span class="date">March 9, 2025</span></div></article>`, 'en', U).publishedAt).toBeNull();
  });
  it('a dek sentence mentioning a date is no dateline', () => {
    expect(meta('', article('<p class="dek">On March 1, 2025 the whole council met again.</p>'), 'en', U).publishedAt).toBeNull();
  });
  it('a time written with a dot ("09.15 GMT")', () => {
    expect(textDate('Mon 3 Mar 2025 09.15 GMT')).toBe('2025-03-03T09:15:00Z');
    expect(textDate('3 March 2025. 15 people came')).toBe('2025-03-03');
  });
});

describe('other stories\' bylines', () => {
  it('a rail\'s or a related list\'s byline is not the article\'s; no byline then', () => {
    const U = 'https://www.example-news.com/news/story-123';
    expect(meta('', `${article('')}<aside class="related"><div class="teaser"><a href="/x">Other story</a><p class="byline">By Kevin Lambert</p></div></aside>`, 'en', U).byline).toBeNull();
    expect(meta('', `${article('')}<div class="more-from"><p class="byline">By Kevin Lambert</p></div>`, 'en', U).byline).toBeNull();
  });
  it('US zone words: "Eastern", "Pacific Time", "Central Standard Time"', () => {
    expect(textDate('March 3, 2025 9:15 a.m. Eastern')).toBe('2025-03-03T09:15:00-05:00');
    expect(textDate('July 3, 2025 9:15 AM Pacific Time')).toBe('2025-07-03T09:15:00-07:00');
  });
});

describe('small forms', () => {
  it('two-digit years only after a date label; time connectors in more languages', () => {
    expect(textDate('Published 3/4/25', { monthFirst: true })).toBe('2025-03-04');
    expect(textDate('Score 3/4/25 wins')).toBeNull();
    expect(textDate('3 marzo 2025 ore 14:30')).toBe('2025-03-03T14:30:00Z');
    expect(textDate('3 марта 2025 в 14:30')).toBe('2025-03-03T14:30:00Z');
  });
  it('a profile link "/@jane" under the headline', () => {
    expect(meta('', article('<div class="pw"><a href="https://medium.com/@janedoe">Jane Doe</a> · 5 min read</div>'), 'en', 'https://medium.com/some-pub/story-1').byline).toBe('Jane Doe');
  });
});

describe('picture credits', () => {
  it('"Photo: Jane Doe" in a credits element is no byline', () => {
    expect(meta('', article('<p class="credits">Photo: Jane Doe</p>'), 'en', 'https://example.com/post').byline).toBeNull();
  });
});

describe('names joined in other languages; data attributes', () => {
  it('"a", "i", "og", "och", "en" between two names', () => {
    expect(meta('', article('<p class="byline">Jan Novák a Petr Svoboda</p>'), 'cs').byline).toBe('Jan Novák and Petr Svoboda');
    expect(meta('', article('<p class="byline">Ola Nordmann og Kari Hansen</p>'), 'nb').byline).toBe('Ola Nordmann and Kari Hansen');
    expect(meta('', article('<p class="byline">Ana Souza e Pedro Lima</p>'), 'pt').byline).toBe('Ana Souza e Pedro Lima');
  });
  it('a data-published attribute on the article', () => {
    expect(meta('', `<article data-published="2025-03-03T09:15:00Z"><h1>T</h1>${para}</article>`, 'en', 'https://example.com/post').publishedAt).toBe('2025-03-03T09:15:00.000Z');
  });
});
