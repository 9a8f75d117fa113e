/**
 * Metadata rules for pages the extractor has never seen: written dates in several languages and
 * updates skipped, bylines cut at job titles and sentence ends, organisation authors yielding to
 * people, site names without taglines / legal suffixes / platform names, the home link as a last resort.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { monthOf, textDate } from '../../lib/extract/dates';
import { extractMetadata } from '../../lib/extract/metadata';

const URL0 = 'https://www.example-news.com/2025/03/03/story';
function meta(head: string, body = '', url = URL0) {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { url });
  return extractMetadata(dom.window.document, url);
}
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('textDate', () => {
  it.each([
    ['March 3, 2025', '2025-03-03'],
    ['Mar. 3rd, 2025', '2025-03-03'],
    ['3 March 2025', '2025-03-03'],
    ['Publié le 3 mars 2025 par X', '2025-03-03'],
    ['Madrid, 3 de marzo de 2025', '2025-03-03'],
    ['3. März 2025', '2025-03-03'],
    ['Von A · 03.03.2025', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['2025/3/3', '2025-03-03'],
    ['2025年3月3日', '2025-03-03'],
    ['2025년 3월 3일', '2025-03-03'],
    ['3 maggio 2025', '2025-05-03'],
    ['1 juillet 2025', '2025-07-01'],
  ])('%s', (text, want) => {
    expect(textDate(text)).toBe(want);
  });
  it('skips dates marked as updates', () => {
    expect(textDate('Updated March 5, 2025')).toBeNull();
    expect(textDate('By A | Updated March 5, 2025 · Published March 3, 2025')).toBe('2025-03-03');
    expect(textDate('03.03.2025 · Aktualisiert am 05.03.2025')).toBe('2025-03-03');
    expect(textDate('mis à jour le 6 mars 2025')).toBeNull();
  });
  it('keeps a time after the date: zoneless as UTC, a known zone as its offset, an unknown zone not at all', () => {
    expect(textDate('08.04.2015 12:46')).toBe('2015-04-08T12:46:00Z');
    expect(textDate('March 3, 2025 at 9:05 pm')).toBe('2025-03-03T21:05:00Z');
    expect(textDate('March 3, 2025, 9:00 a.m. ET')).toBe('2025-03-03T09:00:00-05:00');
    expect(textDate('March 3, 2025, 9:00 a.m. XYZT')).toBe('2025-03-03');
  });
  it('no month, no date', () => {
    expect(textDate('Lists of films by 12 people 2025')).toBeNull();
    expect(monthOf('jui')).toBe(0);
    expect(monthOf('Sept.')).toBe(9);
  });
});

describe('byline rules', () => {
  it('stops at a job title: what follows describes the person', () => {
    const body = '<h1>T</h1><div class="byline"><a href="/profile/dkg">Dan Kay</a>, Senior Staff Technologist, Civil Liberties Project</div>';
    expect(meta(ld({ '@type': 'Article', author: [{ '@type': 'Person', name: 'Dan Kay' }] }), body).byline).toBe('Dan Kay');
    expect(meta('', '<h1>T</h1><div class="byline">By Ann Lee, Reporter, City Desk</div>').byline).toBe('Ann Lee');
  });
  it('cuts at a sentence end, keeps "Prof." and initials', () => {
    expect(meta('', '<h1>T</h1><footer><p>Posted by Alon Ze. Retweet this article!</p></footer>').byline).toBe('Alon Ze');
    expect(meta('<meta name="author" content="Prof. Ada Byron">').byline).toBe('Prof. Ada Byron');
    expect(meta('<meta name="author" content="J. R. Hart">').byline).toBe('J. R. Hart');
  });
  it('an Organization author yields to a person in microdata, meta or text', () => {
    const head = ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Wire Desk' } });
    const body = '<h1>T</h1><span itemprop="author" itemscope><span itemprop="name">Priya N</span>, Health Correspondent</span>';
    expect(meta(head, body).byline).toBe('Priya N');
    expect(meta(head, '<h1>T</h1><p>No person here.</p>').byline).toBe('Wire Desk');
  });
  it('"by" in running text is not a byline; a date label is not a name', () => {
    expect(meta('', '<h1>T</h1><div>Categories: Lists of films by common content</div>').byline).toBeNull();
    expect(meta('', '<h1>T</h1><div class="author-date">Last Updated: January 7, 2025</div>').byline).toBeNull();
  });
  it('reads a header wrapper line by line: byline <p>, then dateline <p>', () => {
    const body = '<h1>T</h1><div class="meta"><p>Por María López y Andrés Gil</p><p>Madrid, 3 de marzo de 2025</p></div>';
    const m = meta('', body);
    expect(m.byline).toBe('María López y Andrés Gil');
    expect(m.publishedAt).toBe('2025-03-03T00:00:00.000Z');
  });
  it('the update in a byline line is not the publication date', () => {
    const body = '<h1>T</h1><div><p class="byline">By A Bee and C Dee | Updated March 5, 2025</p><p>Published March 3, 2025</p></div>';
    expect(meta('', body).publishedAt).toBe('2025-03-03T00:00:00.000Z');
  });
});

describe('site name rules', () => {
  it('drops a tagline and a legal suffix', () => {
    expect(meta('<meta property="og:site_name" content="Northwind Tribune — Independent journalism since 1921">').siteName).toBe('Northwind Tribune');
    expect(meta('<meta property="og:site_name" content="Spiceworks Inc">').siteName).toBe('Spiceworks');
    expect(meta('<meta property="og:site_name" content="Ars: Technica">').siteName).toBe('Ars: Technica');
  });
  it('a platform name yields to the JSON-LD publisher', () => {
    const head = `<meta property="og:site_name" content="Medium">${ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Inference Notes' } })}`;
    expect(meta(head, '', 'https://medium.com/inference-notes/x-1').siteName).toBe('Inference Notes');
  });
  it('a publisher that does not name the host yields to the title suffix that does', () => {
    const head = `<title>Time loops - Wikipedia</title>${ld({ '@type': 'Article', name: 'Time loops', publisher: { '@type': 'Organization', name: 'Wikimedia Foundation, Inc.' } })}`;
    expect(meta(head, '', 'https://en.wikipedia.org/wiki/Time_loops').siteName).toBe('Wikipedia');
  });
  it('resolves a publisher given as an @id reference', () => {
    const g = { '@graph': [{ '@type': 'Article', headline: 'H', publisher: { '@id': '#org' } }, { '@type': 'Organization', '@id': '#org', name: 'Example News' }] };
    expect(meta(ld(g)).siteName).toBe('Example News');
  });
  it('falls back to the header link to the home page', () => {
    expect(meta('<title>Just a headline</title>', '<header><a class="site-title" href="/">Quiet Gradients</a></header><h1>Just a headline</h1>').siteName).toBe('Quiet Gradients');
    expect(meta('<title>Just a headline</title>', '<header><a class="logo" href="https://www.example-news.com/"><img alt="Example News" src="/l.png"></a></header>').siteName).toBe('Example News');
    expect(meta('<title>Just a headline</title>', '<header><a class="logo" href="/about">About us</a></header>').siteName).toBeNull();
  });
});

describe('more rules', () => {
  it('CJK and Korean update labels; a time after 日 and a weekday in brackets', () => {
    expect(textDate('更新日：2025/03/05 公開日：2025/03/03')).toBe('2025-03-03');
    expect(textDate('입력 2025.03.03 10:30 | 수정 2025.03.05 11:00')).toBe('2025-03-03T10:30:00Z');
    expect(textDate('2025年3月3日(月) 10:30')).toBe('2025-03-03T10:30:00Z');
    expect(textDate('Updated on Monday, March 3, 2025')).toBeNull();
  });
  it("the story's one h1, reworded in og:title, is the title; a listing's h1 or a \"Title:\" label is not", () => {
    const head = '<title>Northwind Labs opens its Nairobi hub | Northwind Labs</title><meta property="og:title" content="Northwind Labs opens Nairobi research hub">';
    const text = '<p>Today we are opening a research hub in Nairobi, our first outside Europe and North America, with a team of 24.</p>';
    expect(meta(head, `<main><h1>Opening our Nairobi research hub for African-language speech</h1>${text}</main>`).title).toBe('Opening our Nairobi research hub for African-language speech');
    const teasers = Array.from({ length: 4 }, (_, i) => `<article><h2><a href="/p/${i}">Nairobi research hub story ${i}</a></h2><p>${'A teaser about the research hub and its staff. '.repeat(2)}</p></article>`).join('');
    expect(meta(head, `<main><h1>Results for: Nairobi research hub</h1>${teasers}</main>`).title).toBe('Northwind Labs opens Nairobi research hub');
  });
  it('a site name read after the headline in <title> loses its tagline ("Wikinews, the free news source")', () => {
    const t = 'Dutch court orders chipmaker to disclose water use';
    const m = meta(`<title>${t} - Wikinews, the free news source</title><meta property="og:title" content="${t} - Wikinews, the free news source">`, `<h1>${t}</h1><p>The court in Den Bosch ruled on Tuesday that the company must publish its figures.</p>`, 'https://en.wikinews.org/wiki/Dutch_court');
    expect(m.siteName).toBe('Wikinews');
  });
  it('the metadata\'s short form of a name the page writes out ("Camille R.-D."): as written out', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Person', name: 'Camille R.-D.' } });
    const body = '<h1>T</h1><p class="byline">Par Camille Rousseau-Diallo</p><p>La région a présenté mardi son plan pour les centres de données et leur consommation.</p>';
    expect(meta(head, body).byline).toBe('Camille Rousseau-Diallo');
    expect(meta(head, '<h1>T</h1><p class="byline">Par Camille Martin</p><p>La région a présenté mardi son plan pour les centres de données.</p>').byline).toBe('Camille R.-D.');
  });
  it('Substack\'s <title> "… - by Priya Raman" names the author when nothing else does', () => {
    const body = '<h1>The benchmark is not the product</h1><p>Every quarter a new leaderboard crowns a new model, and every quarter buyers learn the same lesson again.</p>';
    expect(meta('<title>The benchmark is not the product - by Priya Raman</title><meta property="og:title" content="The benchmark is not the product">', body).byline).toBe('Priya Raman');
    expect(meta('<title>The benchmark is not the product - Inference Gap</title>', body).byline).toBeNull();
  });
  it('the CMS account that published the page ("vireo-admin") names no author', () => {
    const body = '<h1>T</h1><p>Vireo Systems today announced a new imaging product for hospitals across Europe.</p>';
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Person', name: 'vireo-admin' } }), body).byline).toBeNull();
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Person', name: 'jdoe_2' } }), body).byline).toBe('jdoe_2');
  });
  it('a role in brackets after the name; a Korean "NAME 기자" line', () => {
    expect(meta('<meta name="author" content="佐藤 美咲（本誌記者）">').byline).toBe('佐藤 美咲');
    expect(meta('<meta name="author" content="Jane Doe (Staff Writer)">').byline).toBe('Jane Doe');
    expect(meta('<meta name="author" content="Richard (R.J.) Eskow">').byline).toBe('Richard (R.J.) Eskow');
    expect(meta('', '<h1>T</h1><ul><li>이하은 기자</li><li>입력 2025.03.03 10:30</li></ul>').byline).toBe('이하은');
    expect(meta('<meta name="author" content="김민지·박준호 기자">').byline).toBe('김민지 and 박준호');
    expect(meta('', '<h1>T</h1><p class="author">本报记者 刘温馨</p><p>截至今年10月底，我国算力总规模突破300EFLOPS，其中智能算力占比超过四成，算力资源正加快向西部集聚。</p>').byline).toBe('刘温馨');
  });
  it('a <time> in the article beats a masthead "today" and rail teasers before it', () => {
    const body = `<div class="top"><time datetime="2025-03-10">today</time></div><div class="rail"><time datetime="2025-03-09">x</time></div>
      <article><h1>T</h1><time datetime="2025-03-03T07:45:00-08:00">March 3</time><div>${'<p>Body text of the article goes on here. </p>'.repeat(8)}</div></article>`;
    expect(meta('', body).publishedAt).toBe('2025-03-03T15:45:00.000Z');
  });
});

describe('dates written in the article head', () => {
  const para = '<p>Body text of the article goes on here, long enough to be the main text of the page. </p>'.repeat(6);
  it('a date-classed element above the text, deep in the page', () => {
    const body = `<article><div class="hero"><div><h1>T</h1></div></div><div class="x"><div class="y"><div class="z"><div class="w"><span class="post-date">Sunday, May 8, 2016</span></div></div></div></div><div class="body">${para}</div></article>`;
    expect(meta('', body).publishedAt).toBe('2016-05-08T00:00:00.000Z');
  });
  it('not a citation or a comment below the text', () => {
    const body = `<article><h1>T</h1><div class="body">${para}</div><ol class="refs"><li><span class="reference-accessdate">Retrieved 1 May 2016</span></li></ol><div class="comments-list"><span class="post-time">2013/12/28 10:28</span></div></article>`;
    // (a URL without a permalink date: that is the last resort)
    expect(meta('', body, 'https://www.example-news.com/story').publishedAt).toBeNull();
  });
  it('byline cut at a dash or a "Published" label', () => {
    expect(meta('', '<h1>T</h1><div class="byline">By Jane Doe — Mar 3, 2025</div>').byline).toBe('Jane Doe');
    expect(meta('', '<h1>T</h1><div class="byline">By Jane Doe Published 3h ago</div>').byline).toBe('Jane Doe');
    expect(meta('', '<h1>T</h1><div class="author-line">Last Updated: January 7, 2025</div>').byline).toBeNull();
  });
});

describe('the article first', () => {
  it('a byline in the article beats author cards in a rail before it', () => {
    const para = '<p>Body text of the article goes on here, long enough to be the main text of the page. </p>'.repeat(6);
    const body = `<div class="rail"><div class="author-card"><a href="/author/ms">Miguel Santos</a></div></div><article><h1>T</h1><p class="post-byline">By <a class="author-link" href="/author/hw">Hannah Weiss</a></p><div>${para}</div></article>`;
    expect(meta('<meta name="author" content="Site"><meta property="og:site_name" content="Site">', body).byline).toBe('Hannah Weiss');
  });
});

describe('the page\'s own JSON-LD article', () => {
  it('among several article nodes, the one whose URL is the canonical or whose headline is the title', () => {
    const teaser = ld({ '@type': 'NewsArticle', headline: 'Other story', url: 'https://www.example-news.com/other', datePublished: '2025-03-09T00:00:00Z', author: { '@type': 'Person', name: 'Omar H' } });
    const own = ld({ '@type': 'NewsArticle', headline: 'Own story', mainEntityOfPage: { '@id': URL0 }, datePublished: '2025-03-04T13:20:00Z', author: { '@type': 'Person', name: 'Grace L' } });
    const m = meta(`<link rel="canonical" href="${URL0}">`, `${teaser}<h1>Own story</h1>${own}`);
    expect(m.byline).toBe('Grace L');
    expect(m.publishedAt).toBe('2025-03-04T13:20:00.000Z');
    const byTitle = meta('<title>Own story | Site</title>', `${teaser}<h1>Own story</h1>${ld({ '@type': 'BlogPosting', headline: 'Own story', author: 'Ann B' })}`);
    expect(byTitle.byline).toBe('Ann B');
  });
});

describe('platform defaults and card metadata', () => {
  it('a platform og:site_name on a custom domain yields to the title suffix', () => {
    expect(meta('<meta property="og:site_name" content="Substack"><title>Why evals drift | The Eval Letter</title>', '', 'https://www.evalletter.com/p/why-evals-drift').siteName).toBe('The Eval Letter');
    expect(meta('<meta property="og:site_name" content="Medium"><title>Notes</title>', '', 'https://medium.com/@someone/notes-1').siteName).toBe('Medium');
  });
  it('Yoast "Written by" card names the author', () => {
    expect(meta('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Marisa Okafor">').byline).toBe('Marisa Okafor');
    expect(meta('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">').byline).toBeNull();
  });
});

describe('roles per person', () => {
  it('"A, Editor and B, Reporter" keeps both names; a trailing affiliation is no person', () => {
    expect(meta('', '<h1>T</h1><div class="byline">By Jane Doe, Senior Editor and John Roe, Reporter</div>').byline).toBe('Jane Doe and John Roe');
    expect(meta('', '<h1>T</h1><div class="byline">By A Bee, C Dee and E Eff</div>').byline).toBe('A Bee, C Dee and E Eff');
    expect(meta('<meta name="author" content="Dan Kay, Senior Staff Technologist, Speech, Privacy, and Technology Project">').byline).toBe('Dan Kay');
  });
});

describe('role words after a name', () => {
  it('drops the role, never the surname', () => {
    expect(meta('<meta name="author" content="Jane Doe Editor">').byline).toBe('Jane Doe');
    expect(meta('<meta name="author" content="Jane Doe Senior Editor">').byline).toBe('Jane Doe');
  });
});

describe('more languages', () => {
  it('Russian month names and update labels', () => {
    expect(textDate('3 марта 2025 г.')).toBe('2025-03-03');
    expect(textDate('Обновлено: 5 марта 2025, опубликовано 3 марта 2025')).toBe('2025-03-03');
  });
  it('byline labels: Text:, Автор:, 文｜, 執筆：', () => {
    expect(meta('', '<h1>T</h1><p>Text: Lena Vogt</p>').byline).toBe('Lena Vogt');
    expect(meta('', '<h1>T</h1><p>Автор: Иван Петров</p>').byline).toBe('Иван Петров');
    expect(meta('', '<h1>T</h1><p>文｜张伟</p>').byline).toBe('张伟');
    expect(meta('', '<h1>T</h1><p>執筆：山田 太郎</p>').byline).toBe('山田 太郎');
    expect(meta('', '<h1>T</h1><p>文字起こしの精度が上がった2025年の話</p>').byline).toBeNull();
  });
});

describe('wire credits', () => {
  it('"Reporting by A; Editing by B" and "with additional reporting by" name the reporter', () => {
    expect(meta('', '<h1>T</h1><p class="byline">Reporting by Jane Doe; Editing by John Roe</p>').byline).toBe('Jane Doe');
    expect(meta('', '<h1>T</h1><p class="byline">By Jane Doe with additional reporting by Ann Lee</p>').byline).toBe('Jane Doe');
  });
});
