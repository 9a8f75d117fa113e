/**
 * Fill a brief's missing TL;DR / takeaways with the local summarizer, marked "generated".
 * For synchronous callers that have the Document at hand (the `extract` command in Node); the
 * extension's side panel uses `summarize()` from index.ts instead (engine choice, Chrome's model).
 *
 * A page's own TL;DR or takeaways always win: only empty fields are filled, each on its own.
 * Non-articles are returned unchanged. Imports Readability (via article-text.ts): not for the
 * always-on content script.
 */
import type { Brief } from '../brief';
import { mainText } from './article-text';
import { summarizeText } from './local';

export function fillGenerated(brief: Brief, doc: Document): Brief {
  if (!brief.isArticle) return brief;
  const needTldr = !brief.tldr;
  const needTakeaways = brief.takeaways.length === 0;
  if (!needTldr && !needTakeaways) return brief;
  const a = mainText(doc);
  // With both generated, ask for one more takeaway: the TL;DR usually repeats the first one.
  const s = summarizeText(a.text, { lang: brief.lang ?? a.lang ?? undefined, title: brief.title || a.title, count: needTldr ? 4 : 3 });
  const out: Brief = { ...brief };
  if (needTldr && s.tldr) {
    out.tldr = s.tldr;
    out.tldrOrigin = 'generated';
  }
  if (needTakeaways && s.takeaways.length) {
    const rest = out.tldrOrigin === 'generated' && out.tldr ? s.takeaways.filter((t) => !out.tldr!.includes(t)) : s.takeaways;
    out.takeaways = rest.length >= 3 ? rest : s.takeaways.slice(0, Math.max(rest.length, 3));
    out.takeawaysOrigin = 'generated';
  }
  return out;
}
