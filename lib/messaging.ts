/**
 * The one message protocol between Lede's contexts. Every message that arrives is untrusted until
 * `parseMessage` accepts it: a page can talk to its content script's world, and a compromised or
 * buggy context can send anything. Anything that does not fit is dropped (null), never stored.
 */
import { PAGE_HTML_MAX_CHARS } from './page-html';
import type { Brief, Origin, Source, TickerItem } from './brief';
import { safeHttpUrl } from './url';

export type Message =
  /**
   * content script → background: the brief of the page in the sender's tab. `complete: false`
   * means the content script's cheap triage found the page may be an article or carry a ticker:
   * the background injects /analyze.js for the full brief, detection included.
   */
  | { type: 'page-brief'; brief: Brief; complete?: boolean }
  /** extension page → background: save the page open in a tab (with an offline copy). */
  | { type: 'save-tab'; tabId: number; tags?: string[] }
  /** extension page → background: save a URL the reader has not opened. */
  | { type: 'save-url'; url: string; title?: string; tags?: string[] }
  /** extension page → background: the main text of the article in a tab, to summarize it on the device. */
  | { type: 'tab-text'; tabId: number };

/** The main text of a page, as read from its HTML outside the page (lib/read-html.ts). */
export interface ArticleText {
  text: string;
  paragraphs: string[];
  title: string;
  lang: string | null;
}

export type TabTextResult = ({ ok: true } & ArticleText) | { ok: false; error: string };

export type SaveResult = { ok: true; id: number; offline: boolean } | { ok: false; error: string };

/** What the background answers to each message type. */
export interface Responses {
  'page-brief': { ok: boolean };
  'save-tab': SaveResult;
  'save-url': SaveResult;
  'tab-text': TabTextResult;
}

/** Caps: generous for real pages, small enough that no page can flood the database. */
export const LIMITS = {
  url: 4096,
  shortText: 1000,
  longText: 10_000,
  reasons: 20,
  takeaways: 20,
  sources: 300,
  ticker: 60,
  tags: 50,
  tag: 100,
  /** Article text handed to the summarizer. */
  articleText: 400_000,
  paragraphs: 2000,
  /** A page's HTML as /snapshot.js and /page-html.js write it (lib/page-html.ts PAGE_HTML_MAX_CHARS). */
  pageHtml: PAGE_HTML_MAX_CHARS,
  /** The whole serialized message. */
  messageBytes: 512 * 1024,
} as const;

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number): v is string | null => v === null || str(v, max);
const httpUrl = (v: unknown): v is string => str(v, LIMITS.url) && safeHttpUrl(v) === v;

function strArray(v: unknown, maxItems: number, maxLen: number): v is string[] {
  return Array.isArray(v) && v.length <= maxItems && v.every((s) => str(s, maxLen));
}

function origin(v: unknown): v is Origin {
  return v === null || v === 'page' || v === 'generated';
}

function isSource(v: unknown): v is Source {
  return isRec(v) && httpUrl(v.url) && str(v.title, LIMITS.shortText);
}

function isTickerItem(v: unknown): v is TickerItem {
  return isRec(v) && str(v.title, LIMITS.shortText) && v.title.trim() !== '' && (v.url === null || httpUrl(v.url));
}

const cut = (s: string | null, max: number) => (s !== null && s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The sender's side of the caps: a page with a 200,000-character title still gets a brief, cut
 * to what the background accepts, instead of one the background must drop.
 */
export function clampBrief(b: Brief): Brief {
  return {
    ...b,
    reasons: b.reasons.slice(0, LIMITS.reasons).map((r) => cut(r, LIMITS.shortText)!),
    url: b.url,
    lang: b.lang && b.lang.length <= 35 ? b.lang : null,
    title: cut(b.title, LIMITS.shortText)!,
    siteName: cut(b.siteName, LIMITS.shortText),
    byline: cut(b.byline, LIMITS.shortText),
    publishedAt: b.publishedAt && b.publishedAt.length <= 64 ? b.publishedAt : null,
    tldr: cut(b.tldr, LIMITS.longText),
    takeaways: b.takeaways.slice(0, LIMITS.takeaways).map((t) => cut(t, LIMITS.longText)!),
    sources: b.sources.filter((s) => s.url.length <= LIMITS.url).slice(0, LIMITS.sources).map((s) => ({ url: s.url, title: cut(s.title, LIMITS.shortText)! })),
    ticker: b.ticker.filter((t) => t.url === null || t.url.length <= LIMITS.url).slice(0, LIMITS.ticker).map((t) => ({ url: t.url, title: cut(t.title, LIMITS.shortText)! })),
  };
}

/** Validates a brief field by field; returns a fresh object holding only the known fields. */
export function parseBrief(v: unknown): Brief | null {
  if (!isRec(v)) return null;
  const ok =
    typeof v.isArticle === 'boolean' &&
    strArray(v.reasons, LIMITS.reasons, LIMITS.shortText) &&
    httpUrl(v.url) &&
    strOrNull(v.lang, 35) &&
    str(v.title, LIMITS.shortText) &&
    strOrNull(v.siteName, LIMITS.shortText) &&
    strOrNull(v.byline, LIMITS.shortText) &&
    strOrNull(v.publishedAt, 64) &&
    (v.publishedAt === null || !Number.isNaN(Date.parse(v.publishedAt as string))) &&
    strOrNull(v.tldr, LIMITS.longText) &&
    origin(v.tldrOrigin) &&
    strArray(v.takeaways, LIMITS.takeaways, LIMITS.longText) &&
    origin(v.takeawaysOrigin) &&
    Array.isArray(v.sources) && v.sources.length <= LIMITS.sources && v.sources.every(isSource) &&
    Array.isArray(v.ticker) && v.ticker.length <= LIMITS.ticker && v.ticker.every(isTickerItem) &&
    typeof v.wordCount === 'number' && Number.isFinite(v.wordCount) && v.wordCount >= 0;
  if (!ok) return null;
  return {
    isArticle: v.isArticle as boolean,
    reasons: [...(v.reasons as string[])],
    url: v.url as string,
    lang: v.lang as string | null,
    title: v.title as string,
    siteName: v.siteName as string | null,
    byline: v.byline as string | null,
    publishedAt: v.publishedAt as string | null,
    tldr: v.tldr as string | null,
    tldrOrigin: v.tldrOrigin as Origin,
    takeaways: [...(v.takeaways as string[])],
    takeawaysOrigin: v.takeawaysOrigin as Origin,
    sources: (v.sources as Source[]).map((s) => ({ url: s.url, title: s.title })),
    ticker: (v.ticker as TickerItem[]).map((t) => ({ title: t.title, url: t.url })),
    wordCount: Math.round(v.wordCount as number),
  };
}

function tagsOk(v: unknown): v is string[] | undefined {
  return v === undefined || strArray(v, LIMITS.tags, LIMITS.tag);
}

function tooBig(v: unknown): boolean {
  try {
    return JSON.stringify(v).length > LIMITS.messageBytes;
  } catch {
    return true; // cycles, BigInt: not a message we sent
  }
}

/** Accepts a raw message only if it is exactly one of ours; otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRec(raw) || tooBig(raw)) return null;
  switch (raw.type) {
    case 'page-brief': {
      const brief = parseBrief(raw.brief);
      if (!brief || (raw.complete !== undefined && typeof raw.complete !== 'boolean')) return null;
      return raw.complete === false ? { type: 'page-brief', brief, complete: false } : { type: 'page-brief', brief };
    }
    case 'save-tab':
      return Number.isInteger(raw.tabId) && (raw.tabId as number) >= 0 && tagsOk(raw.tags)
        ? { type: 'save-tab', tabId: raw.tabId as number, tags: raw.tags as string[] | undefined }
        : null;
    case 'save-url':
      return httpUrl(raw.url) && (raw.title === undefined || str(raw.title, LIMITS.shortText)) && tagsOk(raw.tags)
        ? { type: 'save-url', url: raw.url as string, title: raw.title as string | undefined, tags: raw.tags as string[] | undefined }
        : null;
    case 'tab-text':
      return Number.isInteger(raw.tabId) && (raw.tabId as number) >= 0 ? { type: 'tab-text', tabId: raw.tabId as number } : null;
    default:
      return null;
  }
}

/** The main text read from a page's HTML was computed from page content: validate it like a message. */
export function parseArticleText(v: unknown): ArticleText | null {
  if (!isRec(v)) return null;
  if (!str(v.text, LIMITS.articleText) || !str(v.title, LIMITS.shortText) || !strOrNull(v.lang, 35)) return null;
  if (!strArray(v.paragraphs, LIMITS.paragraphs, LIMITS.articleText)) return null;
  return { text: v.text, paragraphs: [...v.paragraphs], title: v.title, lang: v.lang };
}

/** Which contexts may send which message: content scripts speak only for their own tab. */
export function senderAllowed(
  msg: Message,
  sender: { id?: string; url?: string; tab?: { id?: number }; frameId?: number },
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (msg.type === 'page-brief') {
    return !fromExtensionPage && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
  }
  return fromExtensionPage;
}

/** What /snapshot.js and /page-html.js return: the page's HTML (or null when too big) and its URL. */
export function parsePageHtmlResult(v: unknown): { html: string | null; url: string } | null {
  if (!isRec(v) || !httpUrl(v.url)) return null;
  return { html: str(v.html, LIMITS.pageHtml) ? v.html : null, url: v.url };
}
