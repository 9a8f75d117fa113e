/**
 * Injected into a tab only when the side panel needs to summarize it (the page has no TL;DR or
 * takeaways of its own): the article's main text, found with Readability. Plain data out.
 */
import { mainText } from '@/lib/summarize/article-text';

export default defineUnlistedScript(() => {
  const { text, paragraphs, title, lang } = mainText(document);
  return { text: text.slice(0, 400_000), paragraphs: paragraphs.slice(0, 2000), title: title.slice(0, 1000), lang: lang ? lang.slice(0, 35) : null };
});
