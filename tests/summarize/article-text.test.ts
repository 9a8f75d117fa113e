import { describe, expect, it } from 'vitest';
import { mainText, paragraphsOf } from '../../lib/summarize/article-text';
import { summarizeText } from '../../lib/summarize/local';

const TOPICS = [
  'The lab in Porto trained its open model on licensed books and public code over four months.',
  'A grant from a regional fund paid for most of the chips, which were rented from a cloud provider.',
  'Engineers said the model answers questions in twelve languages and runs on an ordinary laptop.',
  'Early testers found it slower than cloud services but accurate enough for drafting and search.',
  'The weights are free for commercial use under a permissive license published with the release.',
  'Regulators in Brussels are watching open releases closely as they draft new transparency rules.',
  'The founders plan to publish the full training recipe, including data filters, next month.',
  'Competitors are expected to answer with smaller models of their own before the end of the year.',
];
const para = (i: number) => `<p>Paragraph ${i}. ${TOPICS[i - 1]}</p>`;

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Lab ships laptop model | Example News</title></head><body>
<header><nav><a href="/">Home</a> <a href="/ai">AI</a></nav></header>
<main><article>
  <h1>Lab ships laptop model</h1>
  <p class="byline">By Ana Ruiz</p>
  <figure><img src="x.jpg" alt=""><figcaption>Photo: the lab's office in Porto.</figcaption></figure>
  ${Array.from({ length: 8 }, (_, i) => para(i + 1)).join('\n')}
  <p>Share this</p>
</article>
<aside><h2>Most read</h2><p>Another story entirely about something else that happened elsewhere today.</p></aside>
</main>
<footer><p>Copyright Example News. We use cookies.</p></footer>
<script>window.tracking = 1;</script>
</body></html>`;

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('mainText', () => {
  it('returns the article paragraphs, title and lang via Readability', () => {
    const d = doc(PAGE);
    const a = mainText(d);
    expect(a.via).toBe('readability');
    expect(a.lang).toBe('en-GB');
    expect(a.title).toContain('Lab ships laptop model');
    expect(a.paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(8);
    expect(a.text).toBe(a.paragraphs.join('\n'));
    expect(a.text).not.toContain('Photo:');
    expect(a.text).not.toContain('Home');
    expect(a.text).not.toContain('tracking');
    expect(a.text).not.toContain('Another story');
  });

  it('does not modify the page', () => {
    const d = doc(PAGE);
    const before = d.documentElement.outerHTML;
    mainText(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the body paragraphs when Readability finds no article', () => {
    const d = doc('<html><body><div><p>One short line here for you.</p><nav><p>Menu item</p></nav><p>Second line of it.</p></div></body></html>');
    const a = mainText(d);
    expect(a.via).toBe('paragraphs');
    expect(a.paragraphs).toEqual(['One short line here for you.', 'Second line of it.']);
    expect(a.lang).toBeNull();
  });

  it('gives empty text for an empty page', () => {
    expect(mainText(doc('<html><body></body></html>'))).toMatchObject({ text: '', paragraphs: [], via: 'none' });
  });

  it('feeds the summarizer', () => {
    const a = mainText(doc(PAGE));
    const s = summarizeText(a.text, { lang: a.lang ?? undefined, title: a.title });
    expect(s.takeaways).toHaveLength(3);
    expect(s.takeaways.join(' ')).not.toMatch(/Share this|By Ana/);
  });
});

describe('paragraphsOf', () => {
  it('splits at block boundaries and skips captions, headings and scripts', () => {
    const d = doc('<div><h2>Sub</h2>Lead text <b>bold</b>.<p>Para two.</p><figure><figcaption>Cap</figcaption></figure><ul><li>Item one.</li><li>Item two.</li></ul><script>x()</script></div>');
    expect(paragraphsOf(d.body)).toEqual(['Lead text bold.', 'Para two.', 'Item one.', 'Item two.']);
  });
});
