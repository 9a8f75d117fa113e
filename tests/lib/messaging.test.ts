import { describe, expect, it } from 'vitest';
import { parseMessage, parseBrief, senderAllowed, LIMITS } from '@/lib/messaging';
import { makeBrief } from '../support/make-brief';

const EXT = 'lede-id';
const ORIGIN = 'chrome-extension://lede-id';

describe('parseMessage', () => {
  it('accepts a well-formed page brief and copies only known fields', () => {
    const brief = { ...makeBrief(), extra: '<script>' };
    const msg = parseMessage({ type: 'page-brief', brief, also: 1 });
    expect(msg).toEqual({ type: 'page-brief', brief: makeBrief() });
    expect(msg && 'brief' in msg && 'extra' in msg.brief).toBe(false);
  });

  it.each([
    ['null', null],
    ['a string', 'page-brief'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a brief without a url', { type: 'page-brief', brief: { ...makeBrief(), url: undefined } }],
    ['a javascript: url', { type: 'page-brief', brief: makeBrief({ url: 'javascript:alert(1)' }) }],
    ['a javascript: source', { type: 'page-brief', brief: makeBrief({ sources: [{ url: 'javascript:alert(1)', title: 'x' }] }) }],
    ['a data: ticker link', { type: 'page-brief', brief: makeBrief({ ticker: [{ title: 'x', url: 'data:text/html,hi' }] }) }],
    ['isArticle as a string', { type: 'page-brief', brief: { ...makeBrief(), isArticle: 'yes' } }],
    ['takeaways as a string', { type: 'page-brief', brief: { ...makeBrief(), takeaways: 'a, b' } }],
    ['an unparsable date', { type: 'page-brief', brief: makeBrief({ publishedAt: 'yesterday' }) }],
    ['a bad origin', { type: 'page-brief', brief: { ...makeBrief(), tldrOrigin: 'server' } }],
    ['a negative word count', { type: 'page-brief', brief: makeBrief({ wordCount: -1 }) }],
    ['too many sources', { type: 'page-brief', brief: makeBrief({ sources: Array.from({ length: LIMITS.sources + 1 }, (_, i) => ({ url: `https://a.example/${i}`, title: 't' })) }) }],
    ['a huge title', { type: 'page-brief', brief: makeBrief({ title: 'x'.repeat(LIMITS.shortText + 1) }) }],
    ['a message over the byte cap', { type: 'page-brief', brief: makeBrief(), pad: 'x'.repeat(LIMITS.messageBytes) }],
    ['a page brief whose complete flag is not a boolean', { type: 'page-brief', brief: makeBrief(), complete: 'no' }],
    ['save-tab with a fractional tab id', { type: 'save-tab', tabId: 1.5 }],
    ['save-tab with tags that are not strings', { type: 'save-tab', tabId: 1, tags: [1, 2] }],
    ['save-url with a file: url', { type: 'save-url', url: 'file:///etc/passwd' }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('rejects cyclic objects instead of throwing', () => {
    const raw: Record<string, unknown> = { type: 'save-tab', tabId: 1 };
    raw.self = raw;
    expect(parseMessage(raw)).toBeNull();
  });

  it('keeps null metadata fields', () => {
    const brief = makeBrief({ byline: null, siteName: null, publishedAt: null, lang: null, tldr: null, tldrOrigin: null });
    expect(parseBrief(brief)).toEqual(brief);
  });
});

describe('senderAllowed', () => {
  const brief = { type: 'page-brief' as const, brief: makeBrief() };
  const save = { type: 'save-tab' as const, tabId: 3 };
  it('lets a content script in a tab report its page', () => {
    expect(senderAllowed(brief, { id: EXT, url: 'https://news.example.com/a', tab: { id: 3 }, frameId: 0 }, EXT, ORIGIN)).toBe(true);
  });
  it('refuses briefs from subframes, other extensions and extension pages', () => {
    expect(senderAllowed(brief, { id: EXT, url: 'https://ads.example/x', tab: { id: 3 }, frameId: 7 }, EXT, ORIGIN)).toBe(false);
    expect(senderAllowed(brief, { id: 'other', url: 'https://news.example.com/a', tab: { id: 3 }, frameId: 0 }, EXT, ORIGIN)).toBe(false);
    expect(senderAllowed(brief, { id: EXT, url: `${ORIGIN}/popup.html` }, EXT, ORIGIN)).toBe(false);
  });
  it('lets only extension pages ask for saves', () => {
    expect(senderAllowed(save, { id: EXT, url: `${ORIGIN}/sidepanel.html` }, EXT, ORIGIN)).toBe(true);
    expect(senderAllowed(save, { id: EXT, url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 }, EXT, ORIGIN)).toBe(false);
  });
});
