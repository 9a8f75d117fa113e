/**
 * Page metadata: canonical URL, language, title, site name, byline, publication date, word count.
 *
 * Conventions (the `extract` contract and fixtures rely on them):
 * - lang: the primary language subtag only, lower case ("en-US" -> "en", "zh_CN" -> "zh").
 * - title: the headline without the site's name (" | Site", " - Site", "Site: ", ...); the page's
 *   h1 wins when it agrees with the metadata title, since it is what the reader sees.
 * - byline: person names as a reader would write them: "A", "A and B", "A, B and C"; never a URL,
 *   a leading "By", or the site name when a person is known.
 * - publishedAt: the publication date (never "updated"/"modified") as a UTC ISO string; a date
 *   without time is midnight UTC; a time without zone is read as UTC.
 * - wordCount: word equivalents of the main text (text.ts: CJK characters count half a word).
 */
import { cleanUrl } from '../url';
import { jsonLdNodes, ldArticle, ldNames, ldText, ldTypes, type LdNode } from './jsonld';
import { collapse, mainText } from './text';

export interface Metadata {
  url: string; lang: string | null; title: string; siteName: string | null;
  byline: string | null; publishedAt: string | null; wordCount: number;
}

const metaSel = (names: string[]): string =>
  names.map((n) => `meta[property="${n}" i], meta[name="${n}" i], meta[itemprop="${n}" i]`).join(', ');

function metaContent(doc: Document, names: string[]): string | null {
  const els = doc.querySelectorAll(metaSel(names));
  // Honour the order of `names`, not document order.
  for (const n of names) {
    for (let i = 0; i < els.length && i < 50; i++) {
      const el = els[i];
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const v = collapse(el.getAttribute('content') ?? '');
      if (key === n.toLowerCase() && v) return v;
    }
  }
  return null;
}

const norm = (s: string): string => s.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const hostCore = (host: string): string => host.replace(/^(www\d?|m|amp|mobile)\./, '');
const sameSite = (a: string, b: string): boolean => {
  const x = hostCore(a);
  const y = hostCore(b);
  return x === y || x.endsWith('.' + y) || y.endsWith('.' + x);
};
const isUrlish = (s: string): boolean => /^(https?:|www\.|\/\/)|\.(com|org|net)\b/i.test(s);

function pageUrl(doc: Document, url: string): string {
  let base: URL | null = null;
  try {
    base = new URL(url);
  } catch { /* keep as given */ }
  const cands = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of cands) {
    const u = cleanUrl(c, base?.href);
    if (u && base && /^https?:$/.test(base.protocol) && sameSite(new URL(u).hostname, base.hostname)) return u;
    if (u && base && !/^https?:$/.test(base.protocol)) return u;
  }
  return cleanUrl(url) ?? url;
}

function normLang(v: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(v ?? '');
  return m ? m[1].toLowerCase() : null;
}

// Separators between a headline and the site name in <title>/og:title.
const SEPS = [' | ', ' || ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: ', ' » ', ' / ', '_', '｜', ' ｜ '];

/** Does `s` name the site (its known name, or its host: "Ars Technica" ~ arstechnica.com)? */
function namesSite(s: string, site: string | null, host: string): boolean {
  const n = norm(s);
  if (!n) return false;
  const close = (x: string): boolean => !!x && x.length > 2 && (n === x || (n.length > 3 && x.includes(n)) || (n.includes(x) && n.length <= x.length + 8));
  const labels = host.split('.');
  const reg = labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2] ?? '';
  return close(site ? norm(site) : '') || close(norm(reg));
}

/** The site name at the end (or start) of a title, and the title without it. */
function splitTitle(title: string, site: string | null, host: string): { title: string; site: string | null } {
  const t = collapse(title);
  const hits: [number, string][] = [];
  for (const sep of SEPS) {
    const i = t.lastIndexOf(sep);
    if (i > 0 && i + sep.length < t.length) hits.push([i, sep]);
  }
  hits.sort((a, b) => b[0] - a[0]);
  for (const [i, sep] of hits) {
    const tail = t.slice(i + sep.length).trim();
    if (namesSite(tail, site, host)) return { title: t.slice(0, i).trim(), site: tail };
  }
  if (hits.length) {
    // No tail names the site: drop a short last segment ("Headline | Site", "Headline – My blog").
    const [i, sep] = hits[0];
    const head = t.slice(0, i).trim();
    const tail = t.slice(i + sep.length).trim();
    const hard = !/^ ?[-–—/] ?$/.test(sep);
    if (tail.split(' ').length <= (hard ? 5 : 3) && head.split(' ').length >= (hard ? 1 : 3) && head.length >= tail.length) {
      return { title: head, site: hard ? tail : null };
    }
  }
  // Prefix: "Site: Headline", "Site | Headline".
  const m = /^(.{2,40}?)(?:: | \| | - | – | — )(.+)$/.exec(t);
  if (m && namesSite(m[1], site, host)) return { title: m[2], site: m[1] };
  return { title: t, site: null };
}

function h1Texts(doc: Document): string[] {
  const hs = doc.getElementsByTagName('h1');
  const out: string[] = [];
  for (let i = 0; i < hs.length && i < 5; i++) {
    const t = collapse((hs[i].textContent ?? '').slice(0, 500));
    if (t.length > 1) out.push(t);
  }
  return out;
}

function joinNames(names: string[]): string | null {
  if (!names.length) return null;
  if (names.length === 1) return names[0];
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

const ROLE = /\b(editor|reporter|writer|correspondent|staff|contributor|columnist|technologist|director|professor|senior|chief|analyst|producer|manager|officer|fellow|project|intern|associate|photographer|journalist|md|phd|ma)\b/i;
const ROLE_TAIL = /(\s+[A-Z][a-z]+)?\s+(Editor|Reporter|Writer|Correspondent|Contributor|Columnist|Producer)$/;

/** "By Jane Doe | Updated May 3" -> "Jane Doe"; null for things that are not names. */
function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = collapse(raw.slice(0, 400));
  s = s.replace(/^(written |posted |reported )?(by|par|von|por|di|door|av|af|przez|от|автор)[:\s]+/i, '');
  s = s.split(/\s+[|•·]\s+|\s+(?:on|updated|published|posted)\s+\w+\.? \d|\s+\d{1,2}(?:st|nd|rd|th)? \w+ \d{4}|\s+\w+ \d{1,2}, \d{4}|\s+\d{4}-\d\d-\d\d/i)[0];
  // Cut at a date/time ("2 hours ago", weekdays) and drop job titles after commas.
  s = s.split(/\s+(?=\d)|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i)[0];
  s = s
    .split(/\s*,\s*/)
    .filter((part, i) => i === 0 || (part.split(' ').length <= 4 && !ROLE.test(part)))
    .join(', ');
  s = s.replace(ROLE_TAIL, '');
  s = s.replace(/\s+(and|&)\s+/gi, ' and ').replace(/[,;:|\s]+$/, '').trim();
  if (!s || s.length > 100 || isUrlish(s) || !/\p{L}/u.test(s)) return null;
  if (/^(follow|share|posted|written|by|admin|author|staff|editor|unknown|anonymous)$/i.test(s)) return null;
  return s;
}

function metaAuthors(doc: Document): string | null {
  const all = doc.querySelectorAll('meta[name="author" i], meta[property="author" i], meta[property="article:author" i]');
  const names: string[] = [];
  for (let i = 0; i < all.length && i < 10; i++) {
    for (const part of (all[i].getAttribute('content') ?? '').split(/\s*;\s*/)) {
      const n = cleanByline(part);
      if (n && !names.includes(n)) names.push(n);
    }
  }
  return names.length ? joinNames(names) : cleanByline(metaContent(doc, ['parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name']));
}

function bylineFromDom(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[itemprop~="author" i], [rel~="author" i], .byline, .author, .article-author, .post-author, [class*="byline" i], [class*="author-name" i], [data-testid*="byline" i]',
  );
  for (let i = 0; i < els.length && i < 30; i++) {
    const el = els[i];
    if (el.closest('.comment, .comments, #comments, footer, aside, nav')) continue;
    // Names marked up inside the byline (itemprop=name, author links) beat its whole text.
    const named = el.querySelectorAll('[itemprop="name"], a[rel~="author"], a[href*="/author"], a[href*="/people/"], a[href*="/profile"], a[href*="/staff/"]');
    const names: string[] = [];
    for (let k = 0; k < named.length && k < 6; k++) {
      const n = cleanByline(named[k].getAttribute('content') ?? named[k].textContent);
      if (n && !names.includes(n)) names.push(n);
    }
    const v = names.length ? joinNames(names) : cleanByline(el.getAttribute('content') ?? el.textContent);
    if (v && v.split(' ').length <= 12) return v;
  }
  return null;
}

const PUB_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date', 'date', 'article_date_original',
];

/** A date string as a UTC ISO string (see the conventions above), or null. */
export function normDate(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim();
  if (!s) return null;
  let d: Date;
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, da, h = '00', mi = '00', se = '00', frac = '', tz] = iso;
    let zone = 'Z';
    if (tz && tz.toUpperCase() !== 'Z') zone = tz.length === 3 ? `${tz}:00` : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    d = new Date(`${y}-${mo}-${da}T${h}:${mi}:${se}.${(frac + '000').slice(0, 3)}${zone}`);
  } else if (/^\d{10,13}$/.test(s)) {
    d = new Date(Number(s) * (s.length === 10 ? 1000 : 1));
  } else {
    const hasZone = /(Z|GMT|UTC|[+-]\d\d:?\d\d)\b/i.test(s);
    d = new Date(hasZone ? s : `${s} UTC`);
    if (isNaN(d.getTime())) d = new Date(s);
  }
  const y = d.getUTCFullYear();
  if (isNaN(d.getTime()) || y < 1990 || d.getTime() > Date.now() + 366 * 86400_000) return null;
  return d.toISOString();
}

function dateFromDom(doc: Document): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"], time[pubdate], time[class*="publish" i], [class*="publish" i] time, time[data-testid*="publish" i]');
  const v = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? null;
  const got = normDate(v);
  if (got) return got;
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < 20; i++) {
    const t = times[i];
    const ctx = `${t.className} ${t.parentElement?.className ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.parentElement?.textContent?.slice(0, 80) ?? ''}`;
    if (/updat|modif|edited|comment/i.test(ctx) || t.closest('.comment, .comments, #comments, aside, footer, nav')) continue;
    const d = normDate(t.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

function ldSiteName(nodes: LdNode[], art: LdNode | null): string | null {
  const pub = art ? ldText((art.publisher as LdNode | undefined)?.name ?? art.publisher) : null;
  if (pub && !isUrlish(pub)) return pub;
  for (const n of nodes) if (ldTypes(n).includes('WebSite')) {
    const v = ldText(n.name);
    if (v && !isUrlish(v)) return v;
  }
  return null;
}

export function extractMetadata(doc: Document, url: string): Metadata {
  const nodes = jsonLdNodes(doc);
  const art = ldArticle(nodes);
  const canonical = pageUrl(doc, url);
  let host = '';
  try {
    host = new URL(canonical).hostname;
  } catch { /* no host */ }

  const lang =
    normLang(doc.documentElement?.getAttribute('lang')) ??
    normLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normLang(metaContent(doc, ['og:locale', 'dc.language', 'language', 'content-language'])) ??
    normLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    normLang(ldText(art?.inLanguage));

  let siteName =
    metaContent(doc, ['og:site_name']) ?? ldSiteName(nodes, art) ?? metaContent(doc, ['application-name', 'apple-mobile-web-app-title']);
  if (siteName && isUrlish(siteName) && !/\s/.test(siteName)) siteName = null;
  // "Site - Tagline" -> "Site"
  if (siteName) {
    const m = /^(.+?)(?: [-–—|:] )(.+)$/.exec(siteName);
    if (m && namesSite(m[1], null, host)) siteName = m[1];
  }
  if (!siteName) {
    for (const n of nodes) if (ldTypes(n).some((t) => /Organization$/.test(t))) {
      const v = ldText(n.name);
      if (v && namesSite(v, null, host)) {
        siteName = v;
        break;
      }
    }
  }

  // Title
  const docTitle = collapse(doc.title ?? '');
  const headline = ldText(art?.headline) ?? ldText(art?.name);
  const ogTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'title']);
  const fromDoc = splitTitle(docTitle, siteName, host);
  if (!siteName && fromDoc.site) siteName = fromDoc.site;
  const cands = [headline, ogTitle, docTitle]
    .filter((x): x is string => !!x)
    .map((t) => splitTitle(t, siteName, host).title)
    .filter((t) => t.length > 1 && (!siteName || norm(t) !== norm(siteName)));
  const h1s = h1Texts(doc);
  let title = '';
  const agrees = (h: string, c: string): boolean => {
    const a = norm(h);
    const b = norm(c);
    return a.length > 3 && (a === b || (a.length >= b.length * 0.6 && b.startsWith(a)) || (b.length >= a.length * 0.6 && a.startsWith(b)));
  };
  for (const h of h1s) if (cands.some((c) => agrees(h, c))) {
    title = h;
    break;
  }
  if (!title) title = cands[0] ?? h1s[0] ?? docTitle;

  // Byline
  const ldAuthors = art ? ldNames(art.author ?? art.creator).filter((n) => !isUrlish(n)) : [];
  const people = [
    ldAuthors.length ? joinNames(ldAuthors) : null,
    metaAuthors(doc),
    bylineFromDom(doc),
  ];
  const known = people.filter((p): p is string => !!p);
  const bySite = (p: string): boolean => !!siteName && norm(p) === norm(siteName);
  const byline = known.find((p) => !bySite(p)) ?? known[0] ?? null;

  // Date
  const publishedAt =
    normDate(ldText(art?.datePublished)) ??
    normDate(metaContent(doc, PUB_META)) ??
    dateFromDom(doc) ??
    normDate(ldText(art?.dateCreated)) ??
    nodes.map((n) => normDate(ldText(n.datePublished))).find(Boolean) ??
    null;

  return {
    url: canonical,
    lang,
    title,
    siteName: siteName ? collapse(siteName) : null,
    byline,
    publishedAt,
    wordCount: mainText(doc).words,
  };
}
