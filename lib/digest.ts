/**
 * A week as a Markdown digest: its ticker headlines (with links and sites) and the articles saved
 * that week (savedAt within the week, in the reader's time zone) with their TL;DRs.
 *
 * Everything from pages is text: Markdown's special characters are escaped, so a headline cannot
 * inject a link, an image, HTML or a heading; only http(s) links come out.
 */
import { headlinesForWeek } from './db/headlines';
import type { ArticleRow, LedeDB } from './db/schema';
import { safeHttpUrl } from './url';
import { weekLabel, weekRange } from './weeks';

/** Escapes text for Markdown inline content (one line). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-=])/, '\\$1')
    .replace(/&(?=[a-zA-Z#]\w*;)/g, '&amp;');
}

/** An http(s) URL made safe for a Markdown link destination, or null. */
export function markdownUrl(href: string | null | undefined): string | null {
  const safe = safeHttpUrl(href);
  if (!safe) return null;
  return safe.replace(/[()<> \u0000-\u001f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

function link(text: string, href: string | null | undefined): string {
  const url = markdownUrl(href);
  const t = escapeMarkdown(text) || (url ? escapeMarkdown(url) : '');
  return url ? `[${t}](${url})` : t;
}

export interface DigestOptions {
  timeZone?: string;
  locale?: string;
}

export async function weekDigestMarkdown(db: LedeDB, week: string, opts: DigestOptions = {}): Promise<string> {
  const { start, end } = weekRange(week, opts.timeZone);
  const [headlines, articles] = await Promise.all([
    headlinesForWeek(db, week),
    db.articles.where('savedAt').between(start, end, true, false).toArray() as Promise<ArticleRow[]>,
  ]);
  articles.sort((a, b) => a.savedAt - b.savedAt);

  const out: string[] = [];
  out.push(`# This week in AI: ${week} (${weekLabel(week, opts.locale ?? 'en-US')})`, '');
  out.push(`## Headlines (${headlines.length})`, '');
  if (!headlines.length) out.push('_No ticker headlines collected this week._');
  for (const h of headlines) {
    const sites = h.sites.map(escapeMarkdown).join(', ');
    const seen = h.count > 1 ? `, seen ${h.count} times` : '';
    out.push(`- ${link(h.title, h.url)}${sites ? ` — ${sites}` : ''}${seen}`);
  }
  out.push('', `## Saved this week (${articles.length})`, '');
  if (!articles.length) out.push('_Nothing saved this week._');
  for (const a of articles) {
    const site = a.siteName || hostOf(a.url);
    out.push(`### ${link(a.title || a.url, a.url)}`);
    const meta = [site, a.byline].filter((x): x is string => Boolean(x)).map(escapeMarkdown).join(' · ');
    if (meta) out.push('', meta);
    if (a.tldr) out.push('', `> **TL;DR:** ${escapeMarkdown(a.tldr)}`);
    if (a.takeaways?.length) {
      out.push('');
      for (const t of a.takeaways) out.push(`- ${escapeMarkdown(t)}`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** File name for a week's digest download. */
export function digestFileName(week: string): string {
  return `lede-digest-${week}.md`;
}
