import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzePage } from '@/lib/extract';
import { clampBrief, parseBrief } from '@/lib/messaging';
import { hostilePages } from '../support/hostile-pages';

const BEACON = 'http://127.0.0.1:9/beacon';
const URL_ = 'https://hostile.example/post';

describe.each(hostilePages(BEACON).map((p) => [p.name, p] as const))('hostile page %s', (_name, page) => {
  const doc = new JSDOM(page.html, { url: URL_ }).window.document;
  const brief = analyzePage(doc, URL_);

  it('gives only http(s) links', () => {
    for (const s of brief.sources) expect(s.url).toMatch(/^https?:\/\//);
    for (const t of brief.ticker) if (t.url !== null) expect(t.url).toMatch(/^https?:\/\//);
    expect(brief.url).toMatch(/^https?:\/\//);
  });

  // Metadata strings (og:title, JSON-LD) are text by definition, however they look; they are
  // rendered as text (tests/components/BriefView.test.tsx). What comes from the body must be the
  // visible text only: no element markup, no script bodies.
  it('gives plain text from the body, without the payloads\' markup or script bodies', () => {
    const text = [brief.tldr, ...brief.takeaways, ...brief.sources.map((s) => s.title), ...brief.ticker.map((t) => t.title)].join('\n');
    expect(text).not.toMatch(/<(script|img|svg|iframe|style)\b/i);
    expect(text).not.toContain('fetch(');
    expect(text).not.toContain(BEACON);
  });

  it('fits, once clamped, the caps the background enforces', () => {
    expect(parseBrief(clampBrief(brief))).not.toBeNull();
  });

  it('is not fooled into prototype pollution', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
