import type { Brief } from '@/lib/brief';

/** A realistic brief for tests; override what a test is about. */
export function makeBrief(over: Partial<Brief> = {}): Brief {
  return {
    isArticle: true,
    reasons: ['JSON-LD NewsArticle'],
    url: 'https://news.example.com/2026/07/alibaba-claude-code',
    lang: 'en',
    title: 'Alibaba Reportedly Bans Claude Code Over Backdoor Fears',
    siteName: 'Example AI News',
    byline: 'Jane Doe',
    publishedAt: '2026-07-03T09:00:00.000Z',
    tldr: 'Alibaba has reportedly told employees not to use Claude Code.',
    tldrOrigin: 'page',
    takeaways: ['The claim comes from a source.', 'No CVE has been published.'],
    takeawaysOrigin: 'page',
    sources: [{ url: 'https://www.reuters.com/world/china/alibaba', title: 'Reuters report' }],
    ticker: [{ title: 'Claude Skills hit general availability', url: null }],
    wordCount: 812,
    ...over,
  };
}
