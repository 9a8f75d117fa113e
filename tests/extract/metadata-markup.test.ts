/**
 * Metadata rules for dates and titles written in markup the text does not show in full: the
 * publication instant in microdata / RDFa / hAtom beside a zoneless or time-only text, a date-only
 * value completed by a machine-readable instant of that day, a modified <time> inside a "posted-on"
 * wrapper, a metadata title that adds a kicker before the h1.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';

const URL0 = 'https://www.example-site.org/news/story';
function meta(head: string, body = '', url = URL0, lang = 'en') {
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { url });
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
