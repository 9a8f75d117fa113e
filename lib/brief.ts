/**
 * The brief of one page: what `analyzePage` returns, what the content script sends, what the
 * `extract` command prints (the contract in docs/design.md). Plain data only, so it can cross
 * every context boundary and be stored as is.
 */
export type Origin = 'page' | 'generated' | null;

export interface Source {
  /** Absolute http(s) URL, tracking parameters removed. */
  url: string;
  title: string;
}

export interface TickerItem {
  title: string;
  /** Absolute http(s) URL, or null where the site gave no link. */
  url: string | null;
}

export interface Brief {
  isArticle: boolean;
  /** Human-readable reasons for the isArticle decision, strongest first. */
  reasons: string[];
  /** Canonical URL when the page declares one (same site), else the page's URL. */
  url: string;
  lang: string | null;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601, the publication date (not "updated"). */
  publishedAt: string | null;
  tldr: string | null;
  tldrOrigin: Origin;
  takeaways: string[];
  takeawaysOrigin: Origin;
  sources: Source[];
  ticker: TickerItem[];
  wordCount: number;
}

export function emptyBrief(url: string): Brief {
  return {
    isArticle: false,
    reasons: [],
    url,
    lang: null,
    title: '',
    siteName: null,
    byline: null,
    publishedAt: null,
    tldr: null,
    tldrOrigin: null,
    takeaways: [],
    takeawaysOrigin: null,
    sources: [],
    ticker: [],
    wordCount: 0,
  };
}
