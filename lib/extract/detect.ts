/**
 * Article detection with reasons. Signals add up to a score; the page is an article at
 * score >= THRESHOLD, except that a clear listing (teaser cards with little body text of its own)
 * is never one, whatever its metadata says.
 *
 * Signals: JSON-LD types (article vs. non-article), OpenGraph, the URL's shape, login forms,
 * paywall markers (a paywalled story cut short is still an article), and the main text block
 * (word equivalents, paragraphs, link density, so CJK pages count fairly; see text.ts).
 */
import type { Brief } from '../brief';
import { jsonLdNodes, ldTypes, ARTICLE_TYPES } from './jsonld';
import { scan } from './text';
import { metaMap } from './jsonld';

export interface Detection { isArticle: boolean; reasons: string[] }

const THRESHOLD = 2;

// Non-article page types, strongest meaning first.
const NON_ARTICLE = /^(Product\w*|\w*Episode|PodcastSeries|Offer|\w*Application|VideoGame|VideoObject|Movie|TVSeries|DiscussionForumPosting|Question|ItemList|JobPosting|Event|Course|Dataset|SoftwareSourceCode|(QA|FAQ|Collection|SearchResults|Profile|Checkout|Contact|About)Page)$/;

// URL path shapes of pages that are not articles.
const URL_RULES: [RegExp, string][] = [
  [/\/(tags?|categor(y|ies)|topics?|sections?|authors?|labels?|people|staff|contributors?|profiles?|users?|u|members?)(\/|$)|^\/@[^/]+\/?$/i, 'a tag, category or author page'],
  // (an item under an archive path, "/archive/issue-87-…/" or The Atlantic's "/archive/2023/09/<slug>/", is the item)
  [/\/archives?(\/(19|20)\d\d(\/\d\d?){0,2})?\/?$/i, 'an archive page'],
  [/\/(search|results)(\/|$)|[?&](q|s|query|search)=/i, 'a search page'],
  [/\/page\/\d+\/?$|[?&]page=\d/i, 'a paginated listing'],
  [/\/(docs?|documentation|reference|manual|api|sdk)(\/|$)/i, 'a documentation page'],
  [/\/(pricing|plans|login|log-in|signin|sign-in|signup|sign-up|register|account|cart|checkout|subscribe|shop|store|products?|download|careers|jobs|dp|gp)(\/|$)/i, 'a product, account or pricing page'],
  [/\/(watch|videos?|shorts|playlist|channel|embed)(\/|$)/i, 'a video page'],
  [/\/(forums?|threads?|t|questions|discussions?|community|comments|issues|pulls?)(\/|$)|\/showthread|viewtopic|\/item\?id=/i, 'a forum or discussion page'],
];
const SINGLE_POST = /(?:^|\s)(?:single-post|post-template(?:-default)?|(?:page-)?node-type-(?:article|story|news\w*|blog\w*|post|commentary|opinion|column|analysis|press\w*))(?:\s|$)/i;
const REPO_HOSTS = /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|npmjs\.com|pypi\.org|huggingface\.co)$/i;

// Not toLocaleString: its first call initializes ICU, ~13 ms on every page.
const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `credit`: what metadata.ts found, where the caller has it (a story signed and dated is a strong sign). */
export function detectArticle(doc: Document, url: string, credit?: Pick<Brief, 'byline' | 'publishedAt'>): Detection {
  const metas = metaMap(doc);
  const meta = (name: string): string | null => metas.get(name)?.toLowerCase() ?? null;
  const m = scan(doc);
  const plus: [number, string][] = [];
  const add = (w: number, why: string): void => void plus.push([w, why]);

  // JSON-LD
  const nodes = jsonLdNodes(doc);
  const types = nodes.flatMap(ldTypes);
  const art = types.find((t) => ARTICLE_TYPES.test(t));
  const non = types.find((t) => NON_ARTICLE.test(t));
  const forum = types.find((t) => /^(DiscussionForumPosting|QAPage|Question)$/.test(t));
  if (art) add(art === 'TechArticle' ? 3 : 4, `JSON-LD ${art}`);
  if (forum) add(-4, `JSON-LD ${forum}`);
  else if (non && !art) add(-3, `JSON-LD ${non}`);
  // Scholarly pages (arXiv, journals) describe their paper in Highwire Press tags, which Google Scholar
  // reads: as telling as a JSON-LD ScholarlyArticle. Their text is the abstract: short is no sign against.
  const scholarly = metas.has('citation_title') && (metas.has('citation_author') || metas.has('citation_authors'));
  const paywalled =
    nodes.some((n) => n.isAccessibleForFree === false || String(n.isAccessibleForFree).toLowerCase() === 'false') ||
    /^(locked|metered|subscriber)/.test(meta('article:content_tier') ?? '') ||
    m.paywall;

  // OpenGraph
  const og = meta('og:type');
  const published = meta('article:published_time');
  if (og === 'article' || og === 'og:article') add(published ? 2 : 1, published ? 'og:type=article with article:published_time' : 'og:type=article');
  else if (og && /^(video|music|profile|product|book|object|place|business|books\.|game)/.test(og)) add(-3, `og:type=${og}`);
  else if (og === 'website') add(-1, 'og:type=website');

  // URL
  const beforeUrl = plus.length;
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch { /* not a URL: no URL signals */ }
  if (u) {
    const path = u.pathname;
    const rest = path + u.search;
    if (path === '/' || /^\/(index\.\w+|home|[a-z]{2}(-[a-z]{2})?)\/?$/i.test(path)) add(-3, 'URL is a home page');
    // a site's own pages at its root ("/about/", "/de/impressum"): a post's slug sits deeper or says more
    else if (/^\/([a-z]{2}(-[a-z]{2})?\/)?(about(-us)?|contact(-us)?|imprint|impressum|privacy(-policy)?|terms(-of-(service|use))?|legal|cookie-policy)\/?$/i.test(path)) add(-4, 'URL is an about, contact or legal page');
    else if (/^(docs|developers?|help|support|api|learn|wiki)\./.test(u.hostname)) add(-3, 'URL looks like a documentation page');
    else if (REPO_HOSTS.test(u.hostname) && !/\/(blog|posts?|news)\//.test(path)) add(-4, `URL is on ${u.hostname}`);
    else {
      const rule = URL_RULES.find(([re]) => re.test(rest));
      if (rule) add(-3, `URL looks like ${rule[1]}`);
      else if (/^\/[a-z]+\/?$/i.test(path)) add(-1, 'URL looks like a section front');
      else if (/\/(19|20)\d\d\/\d\d?\/|\/(19|20)\d\d-\d\d-\d\d|\/(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\/|[a-z0-9]+(-[a-z0-9]+){3,}(\.html?)?\/?$|\/\d{6,}(\.html?)?$/i.test(path)) add(1, 'URL has an article slug or date');
    }
  }

  // (does the address say this is no article: a home, About, docs, tag or search page?)
  const urlAgainst = plus.slice(beforeUrl).some(([w]) => w < 0);

  // Login forms
  // Structure. A login form matters on a page that has little else.
  if (m.words < 250 && m.password) add(-4, 'login form (password field)');
  const h1 = doc.getElementsByTagName('h1').length;
  const text = `main text ${fmt(m.words)} words in ${m.paragraphs} paragraph${m.paragraphs === 1 ? '' : 's'}`;
  // One long block of <br>-separated text (div soup) counts as a few paragraphs.
  const paras = Math.max(m.paragraphs, Math.min(Math.floor(m.words / 100), 4));
  if (m.words >= 400 && paras >= 4) add(3, text);
  else if (m.words >= 200 && paras >= 3) add(2, text);
  else if (m.words >= 120 && paras >= 2) add(paywalled ? 0 : 1, text);
  else if (!paywalled && !(scholarly && m.words >= 50)) add(m.words < 50 ? -3 : -1, `little text: ${text}`);
  if (paywalled) add(art || og === 'article' ? 2 : 1, 'paywall marker (story may be cut short)');
  // A short news brief is still an article: one headline, signed and dated, over a few paragraphs
  // of its own (not a feed of signed posts, not a listing: both counted below).
  if (credit?.byline && credit.publishedAt && h1 <= 1 && m.words >= 30 && m.paragraphs >= 1 && m.times.length < 5) add(2, 'one story, signed and dated');
  // Dated but unsigned (a company newsroom's post, an agency's release): a story of some length under
  // one headline, at an address that says nothing against it (an "About" page is dated too).
  else if (credit?.publishedAt && !credit.byline && !urlAgainst && h1 === 1 && m.words >= 200 && m.paragraphs >= 3 && m.times.length < 3 && m.teasers < 3) add(1, 'one dated story');
  if (scholarly) add(4, 'scholarly article metadata (citation_title, citation_author)');
  // The CMS's own word: WordPress, Ghost and Drupal mark a single post's page in the body's classes
  // (an archive, a tag page or a plain page has other classes).
  if (SINGLE_POST.test(doc.body?.className ?? '')) add(2, 'the CMS marks it a single post (body class)');
  // The page's one headline and its main text inside its one <article>: a story, set out as one.
  const arts = doc.getElementsByTagName('article');
  if (h1 === 1 && arts.length === 1 && m.container && arts[0].contains(m.container) && arts[0].contains(doc.getElementsByTagName('h1')[0])) add(1, 'headline and text in one <article>');
  if (m.linkDensity > 0.5 && m.words > 0) add(-2, `main text is ${Math.round(m.linkDensity * 100)}% links`);
  if (h1 > 3) add(-1, `${h1} h1 headings`);

  // A live blog is one story told in many dated posts: not a feed, not a listing of teasers.
  const live = types.includes('LiveBlogPosting');
  // Pages of many dated, signed posts are feeds or forum threads.
  if (!live && m.times.length >= 5 && m.bylines.length >= 5) add(-2, `${m.times.length} dated posts (a feed or forum thread)`);

  // Listing: many teaser cards, little body text of their own.
  const listing = !live && m.teasers >= 5 && (m.words < 150 || m.paragraphs < 2);
  if (listing) add(-6, `listing page: ${m.teasers} teaser cards`);
  else if (m.teasers >= 8 && m.teaserWords > m.words) add(-2, `${m.teasers} teaser cards with more text than the main block`);

  const score = plus.reduce((s, [w]) => s + w, 0);
  const isArticle = score >= THRESHOLD && !listing;
  const reasons = plus
    .filter(([w]) => (isArticle ? w > 0 : w < 0))
    .sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))
    .map(([, why]) => why);
  if (!reasons.length) reasons.push(isArticle ? 'enough article signals' : `weak article signals (score ${score})`);
  return { isArticle, reasons };
}
