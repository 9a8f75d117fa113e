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
 *   without time is midnight UTC; a time without zone is the site's local time when its language
 *   or country has one zone (dates.ts localZone: ja, de, pt-BR…), else UTC.
 * - wordCount: word equivalents of the main text (text.ts: CJK characters count half a word).
 *
 * Sources, the first that gives a value wins:
 * - siteName: og:site_name, the JSON-LD publisher / WebSite name, application-name; a title suffix
 *   naming the host beats a publisher that does not (parent companies), a publisher beats a
 *   platform default ("Medium"; "Substack" on x.substack.com); then an Organization naming the
 *   host, the title suffix or prefix, a title that is the site's name alone, the header's link to
 *   the home page (text, logo alt, aria-label), the footer's copyright line naming the host.
 *   Taglines and legal suffixes ("Inc") are dropped.
 * - byline: JSON-LD Person authors of the page's own article node, meta authors (citation_author
 *   too), byline elements in the article (h1 + main text), <address>, then anywhere but rails and
 *   teasers, credit elements (hCard, "posted-by", autor/auteur/firma…), "By …" lines around the
 *   h1 (a line starting with its "By" first), author-page links under the headline, a sign-off at
 *   the end ("Reporting by …", 作者：, NAME 기자, a bold name), JSON-LD Organization authors, a wire
 *   agency in the dateline. A person beats the site name, a desk credit or a user name; an
 *   interviewee named in the headline yields to the shown byline; a later source listing the same
 *   people and more (co-authors) wins. Never an editor's, reviewer's or photographer's credit.
 * - publishedAt: JSON-LD datePublished, date metas, a WebPage's datePublished, <time> in the
 *   article then anywhere (not a comment's), dates written around the h1 or in date-classed
 *   elements above the article's first paragraph (dates.ts: many languages, numeric dates in the
 *   page's day/month order, times with zones; never one labelled "Updated"; a relative date only
 *   through the absolute one in its title/data attribute), microdata, meta date, dateCreated, any
 *   node's datePublished, the article's own footer, the permalink's /yyyy/mm/dd/. A date-only
 *   value takes the time the page writes next to that same day, or a machine-readable instant
 *   written for that day (<time datetime>, microdata/RDFa/hAtom, any JSON-LD node). Microdata,
 *   RDFa and hAtom instants come before dates read from text; JSON-LD and article:published_time
 *   on different days are settled by the permalink's or the visible date.
 * - Layout: byline blocks are read as laid out (blocks and a capital after another element's
 *   lower-case letter start new lines; label lines and screen-reader copies dropped), dates with a
 *   space where another element's number or word starts ("04|Mar|2025", "…2025|7:42 AM"). Also
 *   bylines from an "Authors" card grid, an avatar chip under the headline, a "date · N min · Name"
 *   row, a credit line opening the text ("Tekst: …, zdjęcia: …"); a meta line below a long
 *   standfirst is still above the text; a reporter's place after the names is dropped.
 * - Also: a publisher credited as its own author, a wiki's "Contributors to …", a generic
 *   og:site_name ("Blog") and platform names (Notion, 微信公众平台) are no names; a live page's
 *   "Edited by" credit is its byline when no writer is named.
 */
import { cleanUrl } from '../url';
import { ARTICLE_TYPES, jsonLdNodes, ldArticle, ldNames, ldText, ldTypes, metaMap, type LdNode } from './jsonld';
import { localZone, monthOf, normDate, textDate, type DateOrder } from './dates';
import { collapse, scan } from './text';

export { normDate };

export interface Metadata {
  url: string; lang: string | null; title: string; siteName: string | null;
  byline: string | null; publishedAt: string | null; wordCount: number;
  /** The page's declared title (og:title, else <title>) without the site's name, when it extends the title
   * above ("Искусственный интеллект — новости и статьи" over the h1 "Искусственный интеллект"): a
   * non-article page is named by what it declares, an article by its headline. */
  declaredTitle?: string;
}

type Metas = Map<string, string>;
/** The first of `names` the page has a <meta> for. */
const metaContent = (metas: Metas, names: string[]): string | null => {
  for (const n of names) {
    const v = metas.get(n);
    if (v) return v;
  }
  return null;
};

const norm = (s: string): string => s.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const hostCore = (host: string): string => host.replace(/^(www\d?|m|amp|mobile)\./, '');
const sameSite = (a: string, b: string): boolean => {
  const x = hostCore(a);
  const y = hostCore(b);
  return x === y || x.endsWith('.' + y) || y.endsWith('.' + x);
};
const isUrlish = (s: string): boolean => /^(https?:|www\.|\/\/)|\.(com|org|net)\b/i.test(s);

function pageUrl(doc: Document, url: string, metas: Metas): string {
  let base: URL | null = null;
  try {
    base = new URL(url);
  } catch { /* keep as given */ }
  let canonical: string | null = null;
  const links = doc.getElementsByTagName('link');
  for (let i = 0, n = Math.min(links.length, 200); i < n && !canonical; i++) {
    if (/(^|\s)canonical(\s|$)/i.test(links[i].getAttribute('rel') ?? '')) canonical = links[i].getAttribute('href');
  }
  const cands = [canonical, metas.get('og:url')];
  for (const c of cands) {
    const u = cleanUrl(c, base?.href);
    if (u && base && /^https?:$/.test(base.protocol) && sameSite(new URL(u).hostname, base.hostname)) return u;
    if (u && base && !/^https?:$/.test(base.protocol)) return u;
  }
  return cleanUrl(url) ?? url;
}

function normLang(v: string | null | undefined): string | null {
  // (a whole tag, "zh-Hant-TW", "en_US": a charset written where the language goes, "utf-8", is none)
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*\s*$/i.exec(v ?? '');
  return m ? m[1].toLowerCase() : null;
}

// Separators between a headline and the site name in <title>/og:title.
const SEPS = [' | ', ' || ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: ', ' » ', ' / ', '_', '｜', ' ｜ '];

// Platforms that give each publication a subdomain.
const PLATFORM_HOST = /^([a-z0-9-]+)\.(?:substack\.com|medium\.com|wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|ghost\.io|hashnode\.dev|github\.io|wixsite\.com|squarespace\.com|weebly\.com|bearblog\.dev|beehiiv\.com|buttondown\.email|micro\.blog|typepad\.com|livejournal\.com|over-blog\.com|hatenablog\.com|note\.com|notion\.site)$/;
/** The publication's label on a platform's subdomain ("thecompiler" for thecompiler.substack.com), or null. */
function platformSub(host: string): string | null {
  const m = PLATFORM_HOST.exec(host.replace(/^www\./, ''));
  return m && m[1] !== 'www' ? m[1] : null;
}

/** Does `s` name the site (its known name, or its host: "Ars Technica" ~ arstechnica.com)? */
function namesSite(s: string, site: string | null, host: string): boolean {
  const n = norm(s);
  if (!n) return false;
  const close = (x: string): boolean => !!x && x.length > 2 && (n === x || (n.length > 3 && x.includes(n)) || (n.includes(x) && n.length <= x.length + 8));
  const labels = host.split('.');
  let reg = labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2] ?? '';
  // A publication on a platform's subdomain (thecompiler.substack.com) is named by its subdomain.
  const sub = platformSub(host);
  if (sub) reg = sub;
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
      return { title: head, site: tail };
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
  for (let i = 0, n = Math.min(hs.length, 5); i < n; i++) {
    // Buttons inside a headline ("copy", "like 1.32k") are controls, not its words.
    let h: Element = hs[i];
    if (h.getElementsByTagName('button').length && (h.textContent ?? '').length < 2000) {
      h = h.cloneNode(true) as Element;
      for (const b of Array.from(h.getElementsByTagName('button')).slice(0, 20)) b.remove();
    }
    const t = collapse((h.textContent ?? '').slice(0, 500));
    if (t.length > 1) out.push(t);
  }
  return out;
}

function joinNames(names: string[]): string | null {
  if (!names.length) return null;
  if (names.length === 1) return names[0];
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

const ROLES = 'editor|reporter|writer|correspondent|contributor|columnist|producer';
const ROLE = new RegExp(`\\b(${ROLES}|staff|technologist|director|professor|senior|chief|analyst|officer|fellow|project|engineer|scientist|researcher|developer|designer|manager|founder|co-founder|ceo|cto|intern|lecturer|student|md|phd|ma)\\b`, 'i');
// "Jane Doe Senior Editor", "Jane Doe Editor" -> "Jane Doe": only role words go, never the surname.
// A desk or newsroom credit, not a person.
const DESK = /\b(?:team|redacci[oó]n|reda[cç][aã]o|r[ée]daction|redaktion|redazione|newsroom|news desk|desk|staff|editorial|equipo|équipe|bureau|wire services?)\b/i;
// A part after a comma naming an outlet or institution, not a person: "Jane Doe, Associated Press".
const AFFILIATION = /\b(press|news|times|post|journal|agency|wire|magazine|daily|herald|tribune|gazette|reuters|afp|bloomberg|media|network|radio|television|broadcasting|university|institute|college|group|foundation|bureau)\b/i;
// An institution's name (an agency, a ministry, a newspaper), not a person's.
const INSTITUTION = new RegExp(`${AFFILIATION.source}|\\b(?:department|ministry|office|council|commission|authority|government|agency|association|society|cent(?:re|er)|service|administration)\\b`, 'i');
// A wire agency written after the name without a separator: "By JANE DOE Associated Press".
const AGENCY_TAIL = /\s+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg news|dpa|efe|ansa|press association)$/i;
// Acronyms kept upper case when an all-caps byline is written in title case.
const ACRONYMS = /^(AP|AFP|UPI|BBC|CNN|DPA|EFE|ANSA|PA|ANI|IANS|PTI|NPR|ABC|NBC|CBS|II|III|IV|USA|UK|US)$/;

/** "JANE DOE" -> "Jane Doe", "O'BRIEN" -> "O'Brien"; a byline with any lower-case letter is kept as written. */
function unshout(s: string): string {
  if (/[a-z\u00DF-\u00FF]/.test(s.replace(/ and /g, ' ')) || !/[A-Z\u00C0-\u00DE]{2}/.test(s)) return s;
  if (!/\s/.test(s.trim()) && s.trim().length <= 5) return s;
  // Whole words of letters only: a handle ("CC7567") is left as it is.
  // Acronyms stay: known ones, and words without a vowel ("TMZ", "NPR").
  return s.replace(/(?<![\w\u00C0-\u00FF])[A-Z\u00C0-\u00DE]{2,}(?![\w\u00C0-\u00FF])/g, (w) => (ACRONYMS.test(w) || !/[AEIOUY\u00C0-\u00DD]/.test(w) ? w : w[0] + w.slice(1).toLowerCase()));
}
const ROLE_TAIL = new RegExp(`(\\s+(?:senior|staff|chief|contributing|managing|associate|deputy|executive|special|lead|guest|science|tech|technology|political|business|health))?\\s+(${ROLES})$`, 'i');

/**
 * A byline in the page's terms: without a part that names the site ("Ana Souza e Pedro Lima,
 * Portal Conecta", "佐藤 花子, テックビュー"); Chinese names separated by spaces ("王思远 李婷") listed
 * as names (Japanese and Korean write a space inside one name, so only for Chinese pages).
 */
function tidyByline(b: string, site: string | null, host: string, lang: string | null): string {
  const parts = b.split(', ');
  while (parts.length > 1 && namesSite(parts[parts.length - 1], site, host)) parts.pop();
  let out = parts.join(', ');
  if (lang === 'zh' && /^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$/.test(out)) out = joinNames(out.split(/\s+/)) ?? out;
  return out;
}

/** "By Jane Doe | Updated May 3" -> "Jane Doe"; null for things that are not names. */
function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = collapse(raw.slice(0, 400));
  // "By", "Story by", "Words and photos by", "Text und Fotos von", "Texte et photos par".
  s = s.replace(/^(?:(?:written|posted|reported|reporting|words|story|text|texte|texto|article|interview)(?:\s+(?:and|&|und|et|y|e)\s+(?:photos?|photographs|pictures|images|video|fotos?|bilder|reporting))?\s+)?(by|par|von|por|di|door|av|af|przez|от|автор|text|texte|texto|tekst|текст|oleh|penulis|yazar|tác giả|लेखक|द्वारा|بقلم|الكاتب|מאת|نویسنده|kirjoittaja)[:\s]+/i, '');
  s = s.replace(/^(?:authors?|autor(?:a|as|es|en)?|auteurs?|autori?|writers?|written by)\s*:\s*/i, '');
  // An author's note titled "A note from Sleyca" (Royal Road, fiction sites): the name.
  s = s.replace(/^an? (?:note|message|word) from\s+(?=\S)/i, '');
  // An author box's greeting: "Hi, I’m Megan!", "Hello, I am Jane Doe."
  s = s.replace(/^(?:hi|hello|hey)(?:\s+there)?[,!]?\s+(?:i[’']m|i am)\s+(\p{Lu}[^!.|]{1,40})[!.]?(?:\s*\|.*)?$/iu, '$1');
  // "Analysis by", "Opinion by", "Commentary by" (a kind of piece, then "by"); a photo or
  // illustration credit names no writer.
  const kind = /^((?:[A-Za-z]+\s+){1,2})by\s+(?=[A-Z\u00C0-\u00DE])/.exec(s);
  if (kind && !/photo|illustrat|graphic|image|video|picture|cartoon|drawing|design|edit|produc|translat|review|check|verif|approv|updat|portrait|powered/i.test(kind[1])) s = s.slice(kind[0].length);
  // A handle next to the name: "Jane Doe (@janedoe)", "Jane Doe @janedoe".
  s = s.replace(/\s*\(@\w{1,30}\)|\s+@\w{1,30}$/g, '');
  s = s.replace(/^(作者|撰文|執筆者?|筆者|著者|文字|文)\s*[:：|｜/／]\s*/, '');
  // "文・森下 千尋" ("words: …"), a Japanese magazine's credit
  s = s.replace(/^文\s*・\s*(?=[\u3040-\u30ff\u4e00-\u9fff])/, '');
  // Korean "글 김민준" ("words: …"); a name followed by its desk and role ("김민준 테크라이프 헬스케어 담당 에디터").
  s = s.replace(/^(?:글|글쓴이|작성자)\s*[:：]?\s+(?=[\uAC00-\uD7A3])/, '');
  const koRole = /^([\uAC00-\uD7A3]{2,4})\s+(?:\S+\s+){0,4}(?:에디터|편집장|특파원|논설위원|칼럼니스트|선임기자|전문기자)$/.exec(s);
  if (koRole) return koRole[1];
  // Chinese: the role before the name ("本报记者 刘温馨", "特约记者 王磊", "通讯员 李明")
  s = s.replace(/^(?:本报|本刊|本台|本网)?(?:特约|首席|实习)?(?:记者|記者|通讯员|通訊員)\s*(?=[\u4e00-\u9fff]{2,4}(?:$|[\s,，、]))/, '');
  // Japanese: a desk before the name and "reporter" after it ("経済部　佐藤花子記者").
  s = s.replace(/^[\u4e00-\u9fff]{1,6}部\s+(?=[\u3040-\u30ff\u4e00-\u9fff])/, '').replace(/(?<=[\u3040-\u30ff\u4e00-\u9fff]{2})(?:記者|特派員|通信員|編集委員)$/, '');
  // Korean: the name before 기자 ("reporter"); what follows is an e-mail or a link label.
  const ko = /^(\S{2,4})\s?기자(?=$|[\s,·|])/.exec(s);
  if (ko) return ko[1];
  // Two or three reporters share the one role ("김민지·박준호 기자").
  const kos = /^([\uAC00-\uD7A3]{2,4}(?:\s*[·ㆍ,]\s*[\uAC00-\uD7A3]{2,4}){1,3})\s?기자(?=$|[\s,|])/.exec(s);
  if (kos) return kos[1].split(/\s*[·ㆍ,]\s*/).join(' and ');
  // A date run straight on after the name ("林秋2026/03/28 20:15": a name link, then a timestamp span)
  s = s.replace(/(?<=\p{L})\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}.*$/u, '');
  // A sentence is no byline ("记者从多家车企获悉，…。").
  if (/[。！？]/.test(s)) return null;
  // "[佐藤 花子，テックビュー]", "【記者 王磊】": a byline in brackets.
  s = s.replace(/^[[【〔(（]\s*([^[\]【】〔〕()（）]{2,80}?)\s*[\]】〕)）]$/, '$1').replace(/\s*[，、]\s*/g, (sep) => (sep.includes('，') ? ', ' : sep));
  // A picture's or a quote's credit: "Photo: Jane Doe", "Image credit: …", "Source: Reuters".
  if (/^(?:photos?|images?|pictures?|fotos?|bild|illustration|credits?|image credit|photo credit|source|quelle|fuente|source image)\s*[:：]/i.test(s)) return null;
  // A reviewer's or editor's credit is not the author's ("Medically reviewed by Dr. X", "Fact-checked by").
  if (/^(?:[A-Za-z]+\s+)?(?:reviewed|fact[- ]checked|checked|verified|approved|updated|edited|illustrated|photographed|translated|produced)\s+by\b/i.test(s)) return null;
  // An editor's credit is not the author's ("责任编辑：王磊", "Edited by", "Editing by").
  if (/^(?:责任编辑|責任編輯|编辑|編輯|編集|审核|校对|editor|edited by|editing by|redaktion)\s*[:：|｜/／]?/i.test(s)) return null;
  // "Last updated", "Published": a date label, not a name.
  if (/^(last |first )?(updated|modified|published|posted on)\b/i.test(s)) return null;
  // A section's own title ("Credits", "Contributors") names nobody.
  if (/^(?:credits?|contributors?|authors?|byline|about the authors?)(?:\s|$)/i.test(s) && !/^authors?\s+\p{Lu}/u.test(s)) return null;
  // Cut at a sentence's end after a name ("Posted by Jane Doe. Retweet this!"; not "Prof. X"), at a
  // separator or a date/time ("| Updated", "on May 3", "2 hours ago", weekdays).
  s = s.split(/(?<=\p{L}{2})(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sen|Rep|Gov|Gen|Capt|Col|Sgt|Rev|Hon))\.\s+/u)[0];
  s = s.split(/\s*;\s*(?:editing|edited|additional|photos?|graphics|produced|reporting)\b|\s+(?:edited|reviewed|fact-checked|illustrated|photographed|translated)\s+by\b|\s*(?:photos?|photographs?|photography|illustrations?|graphics|video)\s+by\b|\s+with\s+(?:additional\s+)?reporting\b|\s+[|•·—–/-]\s|\s+(?:last updated|updated|published|posted on)\b|\s+(?:on|posted)\s+\w+\.? \d|\s+\w+ \d{1,2}, \d{4}|\s+(?=\d)|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+who\s/i)[0];
  // "Alex Heath, a deputy editor and author of …": an apposition describes the person (lower case: no name).
  s = s.split(/,\s+(?:a|an|the|our)\s+(?=\p{Ll})/u)[0];
  // "Jane Doe, Senior Writer, Example Project": what follows a job title describes the person.
  // Each "and"-joined person is cut on its own ("A, Editor and B, Reporter"); a chunk that starts
  // with a role ("... and Technology Project") is no person.
  // Other languages' "and" between two names ("Jan Novák a Petr Svoboda", "Anna Nowak i Jan Kowalski",
  // "Ola Nordmann og Kari Hansen"): " and ", so each name is one (y/e/und/et are kept as written).
  s = s.replace(/(?<=[a-z\u00DF-\u024F\u0430-\u044F]{2})\s+(?:a|i|ja|og|och|en|ve|и|és|și|dan|và)\s+(?=[A-Z\u00C0-\u00DE\u0100-\u017F\u0410-\u042F][a-z\u00DF-\u024F\u0430-\u044F])/g, ' and ');
  // Hebrew joins with a prefixed vav ("נועה לוי ויוסי כהן"): split there when both sides are full names.
  s = s.replace(/^([\u05D0-\u05EA'"]+\s+[\u05D0-\u05EA'"]+)\s+ו([\u05D0-\u05EA'"]+\s+[\u05D0-\u05EA'"]+)$/, '$1 and $2');
  const chunks: string[] = [];
  for (const chunk of s.split(/\s+(?:and|&)\s+/i).slice(0, 8)) {
    // "Sofia Lindqvist in Brussels": the place a reporter files from.
    const parts = chunk.replace(/\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?$/, '').split(/\s*,\s*/).filter(Boolean);
    if (!parts.length || (chunks.length && ROLE.test(parts[0]))) continue;
    const kept = [parts[0]];
    for (let i = 1; i < parts.length && i < 12; i++) {
      // A part in lower case describes the person ("radca prawny", "avocate"): names are capitalised.
      if (parts[i].split(' ').length > 4 || ROLE.test(parts[i]) || AFFILIATION.test(parts[i]) || (/^\p{Ll}/u.test(parts[i]) && /\p{Lu}/u.test(parts[0]))) break;
      // The place a reporter files from, one word after a full name ("Jana Weber und Felix Braun, Brüssel").
      if (i === parts.length - 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[i]) && !/^(?:Jr|Sr|Esq)$/i.test(parts[i]) && parts[0].includes(' ')) break;
      kept.push(parts[i]);
    }
    const name = kept.join(', ').replace(ROLE_TAIL, '');
    const person = name.replace(AGENCY_TAIL, '');
    chunks.push(person.includes(' ') && !/^the\s/i.test(person) ? person : name);
  }
  s = chunks.join(' and ');
  // A role in brackets after the name: "佐藤 美咲（本誌記者）", "Jane Doe (Staff Writer)".
  s = s.replace(/\s*（[^（）]{1,20}）$/, '').replace(/\s*\(([^()]{1,40})\)$/, (all, inner: string) => (ROLE.test(inner) || AFFILIATION.test(inner) || /^[A-Z]{2,5}$/.test(inner) || /記者|编辑|編集|特派員|通信員/.test(inner) ? '' : all));
  // "A & B" -> "A and B"; a sentence's full stop after a name goes.
  s = s.replace(/\s+(?:and|&)\s+/gi, ' and ');
  s = s.replace(/(\p{L}{2})\.$/u, '$1').replace(/[,;:|·•\s]+$/, '').trim();
  if (!s || s.length > 100 || isUrlish(s) || !/\p{L}/u.test(s)) return null;
  if (/^(follow|share|posted|written|by|admin|author|staff|editor|unknown|anonymous|last|updated|published)$/i.test(s)) return null;
  // A date's month cut from a meta row with no name ("Apr 22, 2025 • 5 min read" -> "Apr").
  if (!/\s/.test(s) && monthOf(s) && /^\s*\p{L}{3,10}\.?\s+\d/u.test(raw)) return null;
  // "More by this author", "View all posts", "See all stories by": a link's label, no name.
  if (/^(?:more|all|view|see|read|other|browse)\b.*\b(?:author|posts|articles|stories|writer)s?\b/i.test(s)) return null;
  return unshout(s);
}

function metaAuthors(doc: Document, metas: Metas): string | null {
  // Several <meta name=author> tags: one per author.
  const all = doc.getElementsByTagName('meta');
  const names: string[] = [];
  for (let i = 0, n = Math.min(all.length, 400); i < n; i++) {
    const k = `${all[i].getAttribute('name') ?? ''} ${all[i].getAttribute('property') ?? ''}`.toLowerCase().trim();
    if (k !== 'author' && k !== 'article:author') continue;
    for (const part of (all[i].getAttribute('content') ?? '').split(/\s*;\s*/)) {
      const n = cleanByline(part);
      if (n && !names.includes(n)) names.push(n);
    }
  }
  if (names.length) return joinNames(names);
  // Scholarly pages (Highwire Press tags): one citation_author per author, often "Last, First".
  for (let i = 0, n = Math.min(all.length, 400); i < n && names.length < 30; i++) {
    const k = (all[i].getAttribute('name') ?? all[i].getAttribute('property') ?? '').toLowerCase();
    if (k !== 'citation_author' && k !== 'dc.creator' && k !== 'dcterms.creator') continue;
    const raw = collapse(all[i].getAttribute('content') ?? '');
    const inv = /^([^,]{2,40}),\s*([^,]{1,40})$/.exec(raw);
    const v = cleanByline(inv ? `${inv[2]} ${inv[1]}` : raw);
    if (v && !names.includes(v)) names.push(v);
  }
  if (names.length > 1) return joinNames(names);
  // Yoast's Slack/Twitter card: twitter:label1 "Written by", twitter:data1 the name.
  const card = /^(written by|author)$/i.test(metas.get('twitter:label1') ?? '') ? metas.get('twitter:data1') : null;
  return cleanByline(metaContent(metas, ['parsely-author', 'sailthru.author', 'content_author', 'author_name', 'article:author_name', 'cxenseparse:author', 'dc.creator', 'dcterms.creator', 'byl']) ?? card);
}

const BLOCK_LINE = /^(DIV|P|LI|DD|DT|H[1-6]|SECTION|HEADER|UL|OL|DL|BR|FIGCAPTION|ADDRESS|TR|TD|TABLE)$/;
/**
 * A short element's text as the browser lays it out: blocks on lines of their own, joined with
 * " | " ("<p>Kenji Watanabe</p><p>Staff Engineer</p>" -> "Kenji Watanabe | Staff Engineer", not
 * "Kenji WatanabeStaff Engineer"); a line that is only a label ("Written by", "Author") and a line
 * repeating the one before (a screen-reader copy) dropped. At most 80 nodes.
 */
function shownLines(el: Element): string {
  const raw = el.textContent ?? '';
  if (raw.length > 400 || !el.firstElementChild) return raw;
  const lines: string[] = [''];
  let n = 0;
  let last: Node | null = null;
  const visit = (node: Node): void => {
    if (++n > 80) return;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      // "<span>Yuki Matsuda</span><span>API Platform</span>": a capital right after another
      // element's lower-case letter starts a new line (the page styles them apart).
      if (last && last.parentNode !== node.parentNode && /\p{Ll}$/u.test(lines[lines.length - 1]) && /^\p{Lu}/u.test(v)) lines.push('');
      lines[lines.length - 1] += v;
      if (/\S/.test(v)) last = node;
      return;
    }
    if (node.nodeType !== 1 || NOT_TEXT.test((node as Element).tagName) && (node as Element).tagName !== 'BR') return;
    const block = BLOCK_LINE.test((node as Element).tagName);
    if (block) lines.push('');
    for (let c = node.firstChild; c && n <= 80; c = c.nextSibling) visit(c);
    if (block) lines.push('');
  };
  for (let c = el.firstChild; c && n <= 80; c = c.nextSibling) visit(c);
  const out: string[] = [];
  for (const l of lines) {
    const t = collapse(l);
    if (!t || t === out[out.length - 1] || /^(?:(?:written|posted|story|words)\s+)?by:?$/i.test(t) || AUTHOR_LABEL.test(t)) continue;
    out.push(t);
  }
  return out.join(' | ');
}

function bylineFromDom(els: Element[]): string | null {
  for (let el of els) {
    if (/bio|avatar|image|img|photo/i.test(el.getAttribute('class') ?? '')) continue;
    // The whole article marked with its author's class ("<article class="hentry author-tom-ashby">"): no byline block.
    if (el.getElementsByTagName('h1').length || el.getElementsByTagName('p').length > 4) continue;
    // A "byline" block holding only a <time> (Blogger's "byline post-timestamp") is a date.
    const time = el.getElementsByTagName('time')[0];
    if (time && collapse(time.textContent ?? '') === collapse((el.textContent ?? '').slice(0, 300))) continue;
    // One author link of several in a line ("Par <a rel=author>A</a> et <a rel=author>B</a>"): the line.
    const parent = el.parentElement;
    if (el.tagName === 'A' && parent && parent.querySelectorAll('a').length > 1 && parent.querySelectorAll('a').length <= 6 && (parent.textContent ?? '').length < 200) el = parent;
    // A list of authors ("<ul class=authors><li>A</li><li>B</li>"): one name per item.
    const items = el.tagName === 'UL' || el.tagName === 'OL' ? el.children : null;
    if (items && items.length > 1 && items.length <= 20) {
      const names: string[] = [];
      for (let k = 0; k < items.length; k++) {
        const n = cleanByline(items[k].textContent);
        if (n && !names.includes(n)) names.push(n);
      }
      if (names.length) return joinNames(names);
    }
    // Names marked up inside the byline (itemprop=name, author links) beat its whole text.
    const named = el.querySelectorAll('[itemprop="name"], a[rel~="author"], a[href*="/author"], a[href*="/people/"], a[href*="/profile"], a[href*="/staff/"]');
    const names: string[] = [];
    for (let k = 0, n = Math.min(named.length, 6); k < n; k++) {
      const n = cleanByline(named[k].getAttribute('content') ?? named[k].textContent);
      if (n && !names.includes(n)) names.push(n);
    }
    // An author box titled "About Jane Doe" (its bio follows): the name in the title.
    const about = names.length ? null : el.querySelector('h2, h3, h4, h5, strong');
    const aboutName = about ? /^(?:about|über|à propos de|sobre|acerca de)\s+(.{2,60})$/i.exec(collapse(about.textContent ?? ''))?.[1] : null;
    if (aboutName && !/^(the |this |us\b|me\b)/i.test(aboutName)) names.push(cleanByline(aboutName) ?? '');
    let v = names.filter(Boolean).length ? joinNames(names.filter(Boolean)) : null;
    // A credit block of lines ("<div>Penulis Dimas Pratama</div><div>Editor Rina Sari</div>"): line by line.
    // The lines may sit one or two wrappers down, beside an avatar ("<img><div><div>Name</div><div>Role</div></div>").
    let box: Element = el;
    for (let k = 0; k < 2; k++) {
      const inner = Array.from(box.children).filter((c) => !/^(IMG|PICTURE|SVG|svg|FIGURE|A)$/.test(c.tagName) || c.getElementsByTagName('div').length);
      if (inner.length === 1 && inner[0].tagName === 'DIV' && box.children.length <= 3) box = inner[0];
      else break;
    }
    const lines = v ? [] : Array.from(box.children).filter((c) => /^(DIV|P|LI|DD)$/.test(c.tagName)).slice(0, 6);
    if (lines.length >= 2) for (const c of lines) if ((v = cleanByline(shownLines(c)))) break;
    if (!v && lines.length < 2) v = cleanByline(el.getAttribute('content') ?? shownLines(el));
    // "By <a>Jane Doe</a> and John Roe": the line names more people than its links.
    if (v && names.length && !aboutName) {
      const whole = cleanByline((el.textContent ?? '').slice(0, 300));
      const set = (x: string): string[] => x.split(/, | and /).map(norm);
      if (whole && set(whole).length > set(v).length && set(v).every((n) => set(whole).includes(n)) && whole.split(' ').length <= 12) v = whole;
    }
    if (v && v.split(' ').length <= 12) return v;
  }
  return null;
}

/**
 * A byline that belongs to another story: outside the article, in a rail, a teaser, a sidebar or a
 * list of related or popular stories ("More from").
 */
function teaser(el: Element, scope: Element | null): boolean {
  return !scope?.contains(el) && !!el.closest('aside, nav, [class*="related"], [class*="rail"], [class*="teaser"], [class*="recommend"], [class*="popular"], [class*="trending"], [class*="sidebar"], [class*="widget"], [class*="more-from"], [class*="most-read"]');
}

/**
 * <address> elements of the article: HTML's contact information for the article's author, a
 * byline when the site marks it with no class ("<address>By <a href=/people/x>Jane Doe</a></address>").
 * Not the page footer's postal address, not a comment's.
 */
function addresses(doc: Document, scope: Element | null): Element[] {
  const out: Element[] = [];
  if (scope) {
    const all = scope.getElementsByTagName('address');
    for (let i = 0; i < all.length && i < 4; i++) {
      if (!all[i].closest('footer, [class*="comment"], [id*="comment"]')) out.push(all[i]);
    }
  }
  // Outside the article, an <address> that says "By …" (a header's byline block).
  const any = doc.getElementsByTagName('address');
  const by = new RegExp(`^\\s*${BY}\\S`, 'i');
  for (let i = 0; i < any.length && i < 4; i++) {
    if (!out.includes(any[i]) && !any[i].closest('footer, [class*="comment"], [id*="comment"]') && by.test((any[i].textContent ?? '').slice(0, 200))) out.push(any[i]);
  }
  return out;
}

/**
 * Credit elements the page scan does not mark as bylines: hCard names (".vcard .fn"), "posted-by",
 * "writer", and other languages' class names (autor, auteur, firma, yazar, penulis) in the article.
 */
function creditEls(scope: Element | null): Element[] {
  if (!scope) return [];
  const found = scope.querySelectorAll('.vcard .fn, .vcard.fn, [class*="posted-by"], [class*="writer"], [class*="autor"], [class*="auteur"], [class*="firma"], [class*="yazar"], [class*="penulis"], [class*="credit"]');
  const out: Element[] = [];
  for (let i = 0; i < found.length && i < 20 && out.length < 5; i++) {
    // (an hCard "fn org" names an organisation; an infobox table's vcard, a wiki page's subject)
    if (found[i].classList.contains('org') || found[i].closest('table, caption')) continue;
    // (looked for inside the article only: a body class "header-image-enable" says nothing of the credit)
    const box = found[i].closest('[class*="comment"], [id*="comment"], figure, figcaption, [class*="photo"], [class*="image"]');
    if (!box || !scope.contains(box)) out.push(found[i]);
  }
  // The innermost: a "firma" wrapper holding the "autor" line and the date line is read as that line.
  return out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
}

/** "<headline> - by Jane Doe" (Substack's <title>): the name after " - by ". */
function titleBy(t: string): string | null {
  const m = / [-–—|] by ([^-–—|]{3,60})$/i.exec(t);
  return m ? cleanByline(m[1]) : null;
}

/**
 * A wire agency named in the dateline of the first paragraph ("WASHINGTON (AP) — …", "PARIS (Reuters) -"),
 * the last resort when the page names no author.
 */
function datelineAgency(first: Element | null): string | null {
  const t = (first?.textContent ?? '').slice(0, 120);
  const m = /^\s*[A-ZÀ-Ý][A-ZÀ-Ý .,'-]{1,40}\s*\((AP|AFP|Reuters|dpa|UPI|EFE|ANSA|Bloomberg|PTI|IANS|Kyodo|Xinhua|Yonhap)\)\s*[—–-]/.exec(t);
  return m ? m[1] : null;
}

const CREDIT_NOT_WRITER = /\b(?:photo\w*|portrait|illustrat\w*|image|video|graphics?|pictures?|cartoons?|drawings?|design(?:ed)?|edit(?:ed|ing)|produc\w*|translat\w*|powered|hosted|made|built|theme|sponsored|presented)\s+by\s*$/i;

// "By", "Author:", "Text:", "Автор:", "作者：", "文/", "文｜", "執筆：", "記者" before a name.
const BY = '(?:(?:by|par|von|por|di|door|av|af|oleh|przez|מאת|بقلم|द्वारा)\\s+|(?:author|autor|автор|text|texte|texto|tekst|текст|words)\\s*:\\s*|(?:penulis|yazar|tác giả|लेखक|بقلم|الكاتب|نویسنده|kirjoittaja)\\s*:?\\s*|(?:作者|撰文)\\s*[:：|｜/／]?\\s*|(?:執筆者?|筆者|著者|文字)\\s*[:：|｜/／]\\s*|文\\s*[/／|｜・]\\s*|(?:記者|记者)\\s*)';

// Blocks a meta line may sit in; a wrapper of them (a header holding a byline <p> and a dateline
// <p>, an article body starting with its byline) is read block by block, never as one text.
const LINE_TAGS = /^(P|DIV|UL|OL|LI|DL|DT|DD|SECTION|ADDRESS|HEADER|FOOTER|ARTICLE|H[2-6]|TABLE|TBODY|TR)$/;
const NOT_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|svg|BUTTON|IMG|BR|HR|IFRAME|NAV|ASIDE|FORM|SELECT)$/;

/**
 * The page's headline element: the first h1, else (pages that set their headline in an h2/h3) the
 * first h2/h3 whose text starts the og:title or <title>.
 */
function headline(doc: Document): Element | null {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1) return h1;
  const t = norm(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '');
  if (t.length < 6) return null;
  for (const tag of ['h2', 'h3']) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0; i < hs.length && i < 20; i++) {
      const h = norm((hs[i].textContent ?? '').slice(0, 400));
      if (h.length >= 6 && (t.startsWith(h) || h.startsWith(t))) return hs[i];
    }
  }
  return null;
}

const headlineOf = (doc: Document): Element | null => headline(doc);

/**
 * The short "Posted by Jane Doe on June 12, 2026" lines around the first h1: its next siblings,
 * the siblings of its wrapper (header/hgroup), and the element before it; wrappers are opened
 * (three levels, four blocks each, 40 elements in all).
 */
function metaLines(doc: Document, firstBlock: Element | null = null, body: Element | null = firstBlock): string[] {
  const h1 = headline(doc);
  const out: string[] = [];
  if (!h1) return out;
  const from: (Element | null)[] = [h1.nextElementSibling, h1.previousElementSibling];
  // The wrapper's next sibling, unless the wrapper holds the article's text (what follows it is another story).
  if (h1.parentElement && h1.parentElement.children.length <= 4 && !(body && h1.parentElement.contains(body))) from.push(h1.parentElement.nextElementSibling);
  const by = new RegExp(`(^|\\s)${BY}\\S`, 'i');
  let visits = 0;
  const add = (el: Element, depth: number): void => {
    if (++visits > 40 || out.length >= 12) return;
    // Meta lines sit above the article's text: below it are citations, comments and rails.
    if (firstBlock && el !== firstBlock && firstBlock.compareDocumentPosition(el) & 4) return;
    if (depth < 3) {
      // Own text or inline elements ("By <a>Jane</a> <div>date</div>") make the element one line;
      // otherwise open its blocks.
      const nodes = el.childNodes;
      let own = false;
      const blocks: Element[] = [];
      for (let i = 0, n = Math.min(nodes.length, 30); i < n; i++) {
        const c = nodes[i];
        if (c.nodeType === 3) own ||= /\S/.test(c.nodeValue ?? '');
        else if (c.nodeType !== 1) continue;
        else if (LINE_TAGS.test((c as Element).tagName)) blocks.push(c as Element);
        else if (!NOT_TEXT.test((c as Element).tagName)) own ||= /\S/.test((c.textContent ?? '').slice(0, 200));
      }
      if (!own && blocks.length) {
        for (let i = 0; i < blocks.length && i < 4; i++) add(blocks[i], depth + 1);
        return;
      }
    }
    const raw = el.textContent ?? '';
    const t = raw.length < 3000 ? collapse(raw.length < 600 ? gapText(el, 600) : raw) : '';
    if (t && t.length < 200 && (by.test(t) || KO_REPORTER.test(t) || /\b(19|20)\d\d\b/.test(t))) out.push(t);
  };
  for (let el of from) {
    for (let k = 0; el && k < 3; k++, el = el.nextElementSibling) {
      if (el.tagName === 'H1') break;
      add(el, 0);
    }
  }
  // Site builders (Framer, Webflow) wrap each text element on its own: the line above a headline
  // alone in its wrapper is the wrapper's previous sibling ("<div><p>Journal · November 8, 2026</p></div><div><h1>…").
  const box = h1.parentElement;
  if (box && !h1.previousElementSibling && !h1.nextElementSibling && box.previousElementSibling) add(box.previousElementSibling, 0);
  return out;
}

// Korean bylines put the role after the name: "이하은 기자" ("reporter").
const KO_REPORTER = /(?:^|\s)(\p{L}{2,4})\s?기자(?=$|[\s,·|])/u;

// A line starting with its "By" (after at most a credit word or two); a "By" anywhere in a line.
const BY_START = new RegExp(`^(?:[A-Za-z\\u00C0-\\u024F]+\\s+(?:(?:and|&|und|et|y|e)\\s+[A-Za-z\\u00C0-\\u024F]+\\s+)?)?${BY}(.+)$`, 'i');
const BY_ANYWHERE = new RegExp(`(?:^|\\s)${BY}(.+)$`, 'i');

function bylineLine(doc: Document, body: Element | null): string | null {
  const lines = metaLines(doc, null, body);
  // A line that starts with its "By" (after at most a credit word: "Story by", "Words and photos
  // by") first: a dek's "… wird Teil von Schwarz Digits." is running text.
  for (const re of [BY_START, BY_ANYWHERE]) {
    for (const line of lines) {
      const ko = KO_REPORTER.exec(line);
      if (ko) return ko[1];
      const m = re.exec(line);
      // A credit for a picture or a tool names no writer: "Portrait by", "Powered by", "Designed by".
      if (m && CREDIT_NOT_WRITER.test(line.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[m.length - 1].length))) continue;
      // Names are capitalised: "Lists of films by common content" is not a byline.
      // "by the Lumen Platform team": a team's credit, kept without its article.
      const who = m ? m[1].replace(/^the\s+(?=\p{Lu}\p{Ll}*\s+(?:\p{Lu}\p{Ll}*\s+)*team\b)/u, '') : '';
      const v = m && !/^\p{Ll}/u.test(who) && cleanByline(who.split(/\s+(?:on|le|am|el|il)\s+|\s*[|·•]\s*/i)[0]);
      if (v) return v;
    }
  }
  return null;
}

// Author pages' paths in several languages: /author/jane-doe, /autores/…, /penulis/…, /yazar/…, /@jane (Medium, Substack)
const AUTHOR_PATH = /\/(?:authors?|autor(?:es|en|i)?|auteurs?|autore|penulis|yazar(?:lar)?|writers?|journalists?|reporters?|columnists?|contributors?|redakteur(?:e|in)?|skribent(?:er)?|forfatter|auteur|giornalisti?|people|staff|team|members?|profiles?|by)\/[^/?#]+|^\/@[\w.-]+\/?$/i;

/** An avatar's alt text without what it says of the picture ("Steven Musil mugshot", "Photo of Jane Doe"). */
function avatarAlt(alt: string | null | undefined): string | null {
  if (!alt) return null;
  return alt.replace(/^(?:(?:a )?(?:photo|picture|image|portrait|headshot|avatar) of\s+)/i, '').replace(/(?:['’]s)?\s+(?:mugshot|headshot|avatar|portrait|photo|picture|image|profile (?:photo|picture|image|pic))$/i, '');
}

/**
 * Links to author pages in the article's head, between the headline and the first paragraph
 * ("<span class=yazar><a href=/yazar/ayse-yilmaz>Ayşe Yılmaz</a></span>", "بقلم: <a href=/author/…>"):
 * their texts are the names. At most 40 links looked at.
 */
function authorLinks(doc: Document, scope: Element | null, firstBlock: Element | null): string | null {
  const head = headline(doc);
  const root = scope ?? head?.parentElement?.parentElement ?? null;
  if (!root || !head) return null;
  const links = root.getElementsByTagName('a');
  const names: string[] = [];
  for (let i = 0; i < links.length && i < 40 && names.length < 6; i++) {
    const a = links[i];
    if (!(head.compareDocumentPosition(a) & 4)) continue;
    if (firstBlock && firstBlock.compareDocumentPosition(a) & 4 && !firstBlock.contains(a)) break;
    // (a picture's caption credits its photographer: "Photo by <a href=unsplash.com/@…>")
    if (a.closest('nav, aside, footer, figcaption, [class*="comment"], [class*="related"], [class*="share"]')) continue;
    let path = '';
    try {
      path = new URL(a.getAttribute('href') ?? '', doc.baseURI).pathname;
    } catch {
      continue;
    }
    // rel=author marks an author link whatever its path ("/team/lena-fischer").
    const rel = /(?:^|\s)author(?:\s|$)/i.test(a.getAttribute('rel') ?? '');
    if (!rel && !AUTHOR_PATH.test(path)) continue;
    // "Photography by <a>", "Edited by <a>": a credit that names no writer.
    // (or the label element just before it: "<h6>Editor</h6> <a href=/penulis/…>")
    const prevText = a.previousSibling?.textContent ?? '';
    const before = (prevText.trim() ? prevText : a.previousElementSibling?.textContent ?? '').slice(-40);
    // ("h/t <a>Jonah Kim</a>", "via", "thanks to": a tip's credit, not the writer)
    if (/photo|illustrat|graphic|image|video|picture|edit|produc|translat|fotos?\b|h\/t|hat ?tip|\bvia\b|thanks? to/i.test(before)) continue;
    // An avatar link names its author in the picture's alt text.
    const n = cleanByline(a.textContent) ?? (rel ? cleanByline(avatarAlt(a.querySelector('img')?.getAttribute('alt'))) : null);
    if (n && !names.includes(n) && n.split(' ').length <= 5) names.push(n);
  }
  return names.length ? joinNames(names) : null;
}

// A label naming the authors in a property row ("Author" | names; <dt>Authors</dt><dd>…</dd>).
const AUTHOR_LABEL = /^(?:authors?|written by|autor(?:a|as|en|es)?|auteurs?|autori|tác giả|người viết|yazar|penulis|作者|執筆者?|著者|작성자|글쓴이|저자|필자)\s*[:：]?$/i;

/** A short element's text without its avatars (a person chip's letter avatar: "<div class=avatar>김</div><span>김지민</span>"). */
function textNoAvatar(el: Element): string {
  if (!el.querySelector('[class*="avatar"]')) return el.textContent ?? '';
  const c = el.cloneNode(true) as Element;
  for (const a of Array.from(c.querySelectorAll('[class*="avatar"]')).slice(0, 20)) a.remove();
  return c.textContent ?? '';
}

/**
 * Names in a property row under the headline: a label "Author(s)" in its own element, the names in
 * the element after it (or after its wrapper, two levels up): one name per child element
 * ("<span>Grace Liu</span><span>Mateo Ruiz</span>"), else its text. Notion pages (Super, Potion),
 * <dl> metadata lists, documentation headers. At most 200 elements after the headline are looked at.
 */
function labelledAuthors(doc: Document, firstBlock: Element | null): string | null {
  const head = headline(doc);
  if (!head || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 1);
  walker.currentNode = head;
  for (let n = 0, el = walker.nextNode() as Element | null; el && n < 200; n++, el = walker.nextNode() as Element | null) {
    if (el === firstBlock || el.tagName === 'H1') break;
    // A label is a leaf, or wraps one leaf ("<div><span>Author</span></div>"): no deep text read.
    if (el.childElementCount > 1 || (el.firstElementChild && el.firstElementChild.childElementCount)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 30 || !AUTHOR_LABEL.test(collapse(raw))) continue;
    let value: Element | null = null;
    for (let p: Element | null = el, k = 0; p && !value && k < 3; p = p.parentElement, k++) value = p.nextElementSibling;
    if (!value || (value.textContent ?? '').length > 300) continue;
    const kids = value.children;
    const names: string[] = [];
    if (kids.length >= 2 && kids.length <= 10) {
      for (let i = 0; i < kids.length; i++) {
        const v = cleanByline(textNoAvatar(kids[i]));
        if (v && !names.includes(v)) names.push(v);
      }
    }
    const v = names.length >= 2 ? joinNames(names) : cleanByline(textNoAvatar(value));
    if (v && v.split(' ').length <= 12) return v;
  }
  return null;
}

/**
 * The last resort: a line that is only "By Jane Doe" anywhere on the page (a single-author site's
 * sidebar or masthead), not in a teaser, a list or a comment. The first 300 paragraphs.
 */
function siteByLine(doc: Document, scope: Element | null): string | null {
  const els = doc.getElementsByTagName('p');
  for (let i = 0; i < els.length && i < 300; i++) {
    if (els[i].childElementCount > 2) continue;
    const raw = els[i].textContent ?? '';
    if (raw.length > 60) continue;
    const m = /^By\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u.exec(collapse(raw));
    if (m && !els[i].closest('li, [class*="comment"], [id*="comment"]') && !teaser(els[i], scope)) return cleanByline(m[1]);
  }
  return null;
}

// A personal name as an avatar's alt text: two to four capitalised words.
const ALT_NAME = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;

/**
 * An "authors" block of profile cards (MkDocs Material's "md-post__authors", themes' "post-authors"):
 * one name per card, from its avatar's alt text or its bold name. The first 3 such blocks.
 */
function authorCards(doc: Document): string | null {
  const blocks = doc.querySelectorAll('[class*="authors"], [aria-label="authors" i], [aria-label="author" i], [aria-label="written by" i]');
  for (let i = 0; i < blocks.length && i < 3; i++) {
    const b = blocks[i];
    if (b.closest('[class*="comment"], [id*="comment"], footer') || (b.textContent ?? '').length > 600) continue;
    const names: string[] = [];
    const imgs = b.getElementsByTagName('img');
    for (let k = 0; k < imgs.length && k < 10; k++) {
      const alt = collapse(imgs[k].getAttribute('alt') ?? '');
      if (ALT_NAME.test(alt) && !names.includes(alt)) names.push(alt);
    }
    if (names.length) return joinNames(names);
    // Cards whose pictures have no alt text ("<img alt=""><div>Nadia Osei</div><div>Research
    // Scientist</div>"): each card's first line that is a name, not its job title.
    const cards = b.children;
    for (let k = 0; k < cards.length && k < 12 && cards.length >= 2; k++) {
      const leaves = cards[k].querySelectorAll('div, span, p, strong, b, h3, h4, h5, a');
      for (let j = 0; j < leaves.length && j < 8; j++) {
        if (leaves[j].childElementCount) continue;
        const t = collapse((leaves[j].textContent ?? '').slice(0, 80));
        if (ALT_NAME.test(t) && !ROLE.test(t)) {
          if (!names.includes(t)) names.push(t);
          break;
        }
      }
    }
    if (names.length >= 2) return joinNames(names);
  }
  return null;
}

/**
 * An author chip under the headline: avatar pictures (alt "Author", empty, or an avatar/profile
 * class or path) beside a block whose first line is the names ("<img alt=Author><div><p>Maya
 * Chen &amp; Arjun Patel</p><span>Mar 4, 2025</span></div>", beehiiv, dev.to, Wix). Only between
 * the headline (or the top of its article header) and the first paragraph; at most 40 pictures.
 */
function avatarChip(doc: Document, firstBlock: Element | null): string | null {
  const head = headline(doc);
  if (!head) return null;
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < 40; i++) {
    const img = imgs[i];
    // Below the headline, or above it in the same article header (dev.to's author row).
    const box = head.closest('header, article');
    if (!(head.compareDocumentPosition(img) & 4) && !(box && img.closest('header, article') === box)) continue;
    if (firstBlock && firstBlock.compareDocumentPosition(img) & 4) break;
    const alt = collapse(img.getAttribute('alt') ?? '');
    const marks = `${img.getAttribute('class') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''} ${(img.getAttribute('src') ?? '').slice(0, 200)}`;
    // A picture whose alt is a name counts when the line beside it repeats that name (Wix).
    const named = ALT_NAME.test(alt);
    if (!named && !/^(?:author|avatar|profile(?: picture| image| photo)?)?$/i.test(alt) && !/avatar|profile.?(?:pic|image|photo)/i.test(marks)) continue;
    if (img.closest('[class*="comment"], [id*="comment"], aside, nav, footer, [class*="related"]')) continue;
    for (let p: Element | null = img, k = 0; p && k < 3; p = p.parentElement, k++) {
      const info = p.nextElementSibling;
      if (!info) continue;
      if ((info.textContent ?? '').length > 200) break;
      const first = shownLines(info).split(' | ')[0] ?? '';
      if (first.length <= 80 && (ALT_NAME.test(first) || NAME_LIST.test(first)) && (!named || first === alt || /avatar|profile/i.test(marks))) return cleanByline(first);
      break;
    }
  }
  return null;
}

/**
 * A name ending a meta row of date and reading time under the headline (Hugo PaperMod's "June 18,
 * 2026 · 7 min · Kira Patel"): the last "·"-separated part, when it is a full name and the row
 * has a date; a row of a full name and a date only ("Oskar Bell · January 23, 2026").
 */
function metaRowName(lines: string[], order: DateOrder): string | null {
  const READ = /\b(?:min|mins|minutes?)\b/i;
  for (const line of lines.slice(0, 6)) {
    const parts = line.split(/\s+[·•|]\s+/);
    // "Oskar Bell · January 23, 2026" (Buttondown, Ghost): a full name, then the date alone;
    // "Sofia Lindqvist, Dr. Emeka Obi, Jun Park · 22 September 2026 · 9 min" (Hugo): names, date, reading time.
    const head = parts[0];
    const names = nameList(head);
    const date = parts[1] && textDate(parts[1], order) && parts[1].split(' ').length <= 6;
    if (names && date && !monthOf(head.split(' ')[0]) && (parts.length === 2 || (parts.length === 3 && READ.test(parts[2]) && parts[2].length < 20))) return names;
    if (parts.length < 3 || !textDate(line, order)) continue;
    // "30 January 2026 · 7 min · Dr. Amara Singh, Leo Brandt": the names after the reading time
    const last = nameList(parts[parts.length - 1]);
    if (last && parts.slice(0, -1).some((x) => READ.test(x))) return last;
  }
  return null;
}

/** "A", "A, B and C", "A & B" when each is a name (two to four capitalised words, no role, no digit), else null. */
function nameList(s: string): string | null {
  const names = s.split(/\s*,\s*|\s+(?:and|&)\s+/);
  if (names.length > 6 || !names.every((n) => ALT_NAME.test(n) && n.split(' ').length <= 4 && !ROLE.test(n) && !/\d/.test(n))) return null;
  return joinNames(names);
}

/** "Edited by A and B" in a short paragraph of a live page (the first 300). */
function liveEditors(doc: Document): string | null {
  const els = doc.getElementsByTagName('p');
  for (let i = 0; i < els.length && i < 300; i++) {
    if (els[i].childElementCount > 3) continue;
    const raw = els[i].textContent ?? '';
    if (raw.length > 200) continue;
    const m = /^edited by\s+(.+)$/i.exec(collapse(raw));
    if (m && !els[i].closest('[class*="comment"], [id*="comment"], footer')) return cleanByline(m[1]);
  }
  return null;
}

/**
 * A credit at the end of the article: "Reporting by A in Brussels and B in London; Editing by C"
 * (wire services), "作者：李明", "김민수 기자 minsu@…". The last blocks of the main text only.
 */
function signOff(container: Element | null, lastBlock: Element | null, article: Element | null = null): string | null {
  // The body the last paragraph of the main text sits in (the container may hold the dek and rails too).
  const body = lastBlock?.parentElement && container?.contains(lastBlock.parentElement) ? lastBlock.parentElement : container;
  if (!body) return null;
  const kids = body.children;
  for (let i = kids.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const raw = kids[i].textContent ?? '';
    if (raw.length > 300) continue;
    const t = collapse(raw);
    const wire = /^(?:reporting|reported|written|compiled) by\s+(.+)$/i.exec(t);
    if (wire) return cleanByline(wire[1]);
    if (/^(?:作者|撰文|记者|記者|文)\s*[:：|｜/／]/.test(t)) return cleanByline(t);
    // "Autor: Katarzyna Wiśniewska, radca prawny", "Author: Jane Doe" closing the text.
    const credit = n < 3 ? creditLine(t) : null;
    if (credit) return credit;
    // A name in brackets closing a Japanese or Chinese story: "（山田太郎）", "（记者 李明）", "(文・佐藤花子)".
    const cjk = /^[（(]\s*(?:記者|记者|文|取材・文|文・写真|編集部)?\s*[:：・]?\s*([\u3040-\u30ff\u4e00-\u9fff\s]{2,12})\s*[）)]$/.exec(t);
    if (cjk && n < 3) return cleanByline(cjk[1]);
    const ko = /^(\S{2,4})\s?기자(?=$|[\s,·|])/.exec(t);
    if (ko) return ko[1];
    // The author's name alone in bold as the last line ("<p style="text-align:right"><strong>Minh Anh</strong></p>"),
    // perhaps with the wires it drew on after it ("<strong>Như Tâm</strong> (Theo Reuters, Nikkei Asia)").
    const kid = kids[i];
    const first = kid.firstElementChild;
    const name = first && /^(STRONG|B)$/.test(first.tagName) ? collapse(first.textContent ?? '') : '';
    const rest = name && t.startsWith(name) ? t.slice(name.length).trim() : null;
    if (n < 3 && name && (rest === '' || (rest && /^\((?:theo|according to|with|mit|avec|con|com|via|nguồn:?)\s[^()]{2,80}\)$/i.test(rest))) && !kid.getElementsByTagName('a').length &&
      /^(?:[A-Z\u00C0-\u024F\u1E00-\u1EFF][a-z\u00C0-\u024F\u1E00-\u1EFF'.-]*\s){1,3}[A-Z\u00C0-\u024F\u1E00-\u1EFF][a-z\u00C0-\u024F\u1E00-\u1EFF'.-]*$/.test(name) && name.length <= 40 &&
      !/\b(read|more|share|follow|subscribe|related|source|note|update|editor|photo)|^(?:about|contacts?)\b/i.test(name)) return name;
  }
  // A signature right after the text's block ("<div class=body>…</div><p>Από το Γραφείο Τύπου</p>").
  let next = body.nextElementSibling;
  for (let k = 0; next && k < 2; k++, next = next.nextElementSibling) {
    const raw = next.textContent ?? '';
    const credit = raw.length <= 200 ? creditLine(collapse(raw)) : null;
    if (credit) return credit;
  }
  // Writers signing a newsletter issue below it: a line of two or more full names alone
  // ("Marcus Lee & Jenna Ortiz") among the last lines of the block after the main text, or after
  // the page's one <article> (a digest of linked stories, whose text the scan reads as teasers).
  const ends: Element[] = [];
  for (let p: Element | null = body, k = 0; p && p.tagName !== 'BODY' && k < 3; p = p.parentElement, k++) ends.push(p);
  if (article && !ends.includes(article)) ends.push(article);
  for (const p of ends) {
    const after = p.nextElementSibling;
    if (!after || after.tagName === 'FOOTER' || after.closest('footer') || (after.textContent ?? '').length > 2000) continue;
    const ps = after.querySelectorAll('p, div');
    for (let i = ps.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
      const t = collapse((ps[i].textContent ?? '').slice(0, 120));
      if (NAME_LIST.test(t)) return cleanByline(t);
    }
  }
  return null;
}

/**
 * A credit line opening the article's text, above its first paragraph: "Tekst: Katarzyna Wójcik,
 * zdjęcia: Piotr Nowak", "Author: Jane Doe", "By Jane Doe" (blogs whose theme prints no author,
 * pages whose headline is not an h1). The first four blocks of the main text's body.
 */
function openingCredit(container: Element | null, firstBlock: Element | null): string | null {
  const body = firstBlock?.parentElement && container?.contains(firstBlock.parentElement) ? firstBlock.parentElement : container;
  if (!body) return null;
  const kids = body.children;
  for (let i = 0; i < kids.length && i < 4 && kids[i] !== firstBlock; i++) {
    const raw = kids[i].textContent ?? '';
    if (raw.length > 200 || kids[i].closest('figure, figcaption')) continue;
    const credit = creditLine(collapse(raw));
    if (credit) return credit;
  }
  return null;
}

// Two to four full names joined by commas, "&" or "and": "Marcus Lee & Jenna Ortiz".
const NAME_LIST = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}(?:(?:,\s|\s(?:&|and)\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}){1,3}$/u;

/**
 * A credit line closing a text: "Autor: Katarzyna Wiśniewska, radca prawny", "Author: Jane Doe",
 * a short "By Jane Doe" signature, Greek "Από το Γραφείο Τύπου" ("by the press office").
 */
function creditLine(t: string): string | null {
  const label = /^(?:autor(?:ka)?|author|auteur(?:e)?|autore|autrice|written by|tekst|texto|texte)\s*[:：]\s*(.{2,120})$/i.exec(t);
  if (label) return cleanByline(label[1]);
  const sig = t.length <= 60 ? /^(?:[Bb]y|BY|[Αα]πό|ΑΠΟ)\s+((?:(?:το|τη|την|τον|τους|τις)\s+)?\p{Lu}[^.!?]{1,55})$/u.exec(t) : null;
  return sig ? cleanByline(sig[1].replace(/^(?:το|τη|την|τον|τους|τις)\s+/i, '')) : null;
}

/**
 * An element's text with a space where a number starts right after another element's text, or a
 * word right after another element's number: "<span>September 8, 2025</span><span>7:42 AM
 * GMT+1</span>" reads "September 8, 2025 7:42 AM GMT+1", not "…20257:42"; a date badge
 * "<span>04</span><span>Mar</span><span>2025</span>" reads "04 Mar 2025" (not an ordinal's
 * "12<sup>th</sup>"), and a capital right after another element's lower-case letter ("<a>Research</a><div>Nov
 * 13, 2026</div>" reads "Research Nov 13, 2026"). At most 60 text nodes and `max` characters.
 */
function gapText(el: Element, max = 400): string {
  if (!el.firstElementChild) return (el.textContent ?? '').slice(0, max);
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4);
  let out = '';
  let prev: Node | null = null;
  for (let n = walker.nextNode(), k = 0; n && k < 60 && out.length < max; n = walker.nextNode(), k++) {
    const v = n.nodeValue ?? '';
    if (!v) continue;
    if (prev && prev.parentNode !== n.parentNode && ((/[\p{L}\p{N}]$/u.test(out) && /^\d/.test(v)) || (/\d$/.test(out) && /^\p{L}/u.test(v) && !/^(?:st|nd|rd|th|er|e)\b/i.test(v)) || (/\p{Ll}$/u.test(out) && /^\p{Lu}/u.test(v)))) out += ' ';
    out += v;
    prev = n;
  }
  return out.slice(0, max);
}

const PUB_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date', 'article_date_original',
  'article:published', 'published_time', 'publication_date', 'publication-date', 'published-date', 'pub_date', 'pdate',
  'og:published_time', 'dc.date.published', 'content_publisheddate', 'original-publish-date', 'citation_date', 'release_date',
];

/** A dek or a paragraph, not a meta line: a sentence of six words or more without a date label. */
const sentence = (t: string): boolean =>
  /[.!?。]$/.test(t) && t.split(' ').length >= 6 && !/\b(?:published|posted|updated|veröffentlicht|publié|publicado|pubblicato)\b/i.test(t);

/** A publication date in a data attribute of the article or its header ("<article data-published="2025-03-03T09:15:00Z">"). */
function dataAttrDate(doc: Document, order: DateOrder): string | null {
  const el = doc.querySelector('[data-published], [data-publish-date], [data-pubdate], [data-published-at], [data-date-published], [data-publication-date]');
  if (!el) return null;
  for (const a of ['data-published', 'data-publish-date', 'data-pubdate', 'data-published-at', 'data-date-published', 'data-publication-date']) {
    const v = el.getAttribute(a);
    const d = v ? normDate(v, order.local) ?? normDate(textDate(v, order)) : null;
    if (d) return d;
  }
  return null;
}

/** Microdata on any element: <span itemprop="datePublished" content="…"> / datetime="…" / title="…". */
function microdataDate(doc: Document, order: DateOrder): string | null {
  const el = doc.querySelector('[itemprop="datePublished"]');
  if (!el) return null;
  return normDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title'), order.local) ?? normDate(textDate((el.textContent ?? '').slice(0, 200), order));
}

// Publication dates marked up in the body: microdata, RDFa (Drupal's "schema:dateCreated", older
// Drupal's "dc:date dc:created"), hAtom's <abbr class=published title=…> (Blogger).
const MARKUP_PUB = '[itemprop="datePublished"], [property~="schema:datePublished"], [property~="schema:dateCreated"], [property~="dc:date"], [property~="dc:created"], [property~="dcterms:created"], [property~="dcterms:issued"], abbr.published[title]';
const INSTANT = /^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d/;

/**
 * The machine-readable publication instants in the page's markup (not a comment's, not a rail's):
 * [written value, element], at most 8; only values with a time of day.
 */
function markupInstants(doc: Document): [string, Element][] {
  const els = doc.querySelectorAll(MARKUP_PUB);
  const out: [string, Element][] = [];
  for (let i = 0; i < els.length && i < 20 && out.length < 8; i++) {
    const el = els[i];
    if (el.closest('[class*="comment"], [id*="comment"], aside, nav, [class*="related"], [class*="teaser"], [class*="recommend"]')) continue;
    if (/Comment/i.test(el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype') ?? '')) continue;
    const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title');
    if (v && v.length < 60 && INSTANT.test(v)) out.push([v.trim(), el]);
  }
  return out;
}

/**
 * A publication instant marked up in the body ("<span property="schema:dateCreated"
 * content="2025-03-04T16:15:00+00:00">Tue, 03/04/2025 - 10:15</span>", "<abbr class=published
 * title=2025-03-04T10:32:00-05:00>10:32 AM</abbr>"): it beats the text beside it, whose zone is
 * not written.
 */
function markupDate(doc: Document, order: DateOrder): string | null {
  for (const [v] of markupInstants(doc)) {
    const d = normDate(v, order.local);
    if (d) return d;
  }
  return null;
}

/**
 * The last resort inside the article: a date in its own footer below the text ("Posted on March
 * 3, 2025" in a WordPress .entry-footer), never in comments, references or related links.
 */
function footerDate(scope: Element | null, firstBlock: Element | null, order: DateOrder): string | null {
  if (!scope || !firstBlock) return null;
  const els = scope.querySelectorAll('footer, [class*="entry-footer"], [class*="post-meta"], [class*="date"], [class*="posted"]');
  for (let i = 0, n = 0; i < els.length && n < 6; i++) {
    const el = els[i];
    if (!(firstBlock.compareDocumentPosition(el) & 4) || el.closest('[class*="comment"], [id*="comment"], [class*="related"], [class*="ref"], cite, aside, nav')) continue;
    n++;
    const raw = el.textContent ?? '';
    if (raw.length > 300) continue;
    const d = normDate(textDate(raw, order)) ?? attrDate(el, order);
    if (d) return d;
  }
  return null;
}

/**
 * A date-only publication date (a "dcterms.date" of 2026-11-04) with the time the page writes next
 * to that same day: "Wednesday 4 November 2026, 9:00am AEDT" under the headline, "[v1] Wed, 4 Mar
 * 2026 18:22:05 UTC" in a submission history. Null when no line gives that day with a time.
 */
function sameDayTime(doc: Document, day: string, lines: string[], order: DateOrder): string | null {
  const texts = lines.slice(0, 12);
  const els = doc.querySelectorAll('[class*="date"], [class*="time"], [class*="history"], [class*="submitted"], [class*="dateline"]');
  for (let i = 0, n = 0; i < els.length && i < 40 && n < 8; i++) {
    if (els[i].closest('[class*="comment"], [id*="comment"]')) continue;
    const raw = els[i].textContent ?? '';
    if (raw.length > 800) continue;
    texts.push(collapse(raw));
    n++;
  }
  // (an instant marked up with its offset beats the text beside it, whose zone is not written:
  // "<span property="dc:date" content="…T14:05:00-08:00">Nov. 19, 2026, 2:05 p.m.</span>")
  for (const [v] of markupInstants(doc)) if (v.slice(0, 10) === day.slice(0, 10) && /(?:Z|[+-]\d\d:?\d\d)$/.test(v)) return normDate(v, order.local);
  for (const t of texts) {
    const w = textDate(t, order);
    if (w && w.length > 10 && w.slice(0, 10) === day.slice(0, 10)) return normDate(w);
  }
  // A machine-readable instant written for that day ("<time datetime="2025-03-04T12:00:00Z">March 4,
  // 2025</time>" under a DC.date.issued of 2025-03-04; the written day, not the UTC one).
  const attrs: string[] = markupInstants(doc).map(([v]) => v);
  // JSON-LD of a type not read as an article (PodcastEpisode, Event…) dating the same day.
  for (const n of jsonLdNodes(doc).slice(0, 30)) {
    const v = ldText(n.datePublished);
    if (v && v.length < 60 && INSTANT.test(v)) attrs.push(v.trim());
  }
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < 10; i++) {
    if (times[i].closest('[class*="comment"], [id*="comment"]') || /updat|modif/i.test(`${times[i].getAttribute('class') ?? ''} ${times[i].getAttribute('itemprop') ?? ''}`)) continue;
    const v = times[i].getAttribute('datetime');
    if (v && v.length < 60 && INSTANT.test(v)) attrs.push(v.trim());
  }
  for (const v of attrs) if (v.slice(0, 10) === day.slice(0, 10)) return normDate(v, order.local);
  return null;
}

/**
 * JSON-LD's datePublished and the publication meta (article:published_time) naming different days:
 * the one the permalink's date or the date shown under the headline confirms (a CMS leaks a
 * draft's creation date into one of them). Null when they agree or nothing decides.
 */
function ldOrMetaDate(ld: string | null, meta: string | null, url: string, lines: () => string[], order: DateOrder): string | null {
  const a = ld ? normDate(ld, order.local) : null;
  const b = meta ? normDate(meta, order.local) : null;
  if (!a || !b || !ld || !meta || ld.trim().slice(0, 10) === meta.trim().slice(0, 10)) return null;
  const days: string[] = [];
  const u = urlDate(url);
  if (u) days.push(u.slice(0, 10));
  for (const t of lines().slice(0, 6)) {
    const w = sentence(t) ? null : textDate(t, order);
    if (w) {
      days.push(w.slice(0, 10));
      break;
    }
  }
  const hitA = days.includes(ld.trim().slice(0, 10));
  const hitB = days.includes(meta.trim().slice(0, 10));
  return hitB && !hitA ? b : null;
}

/**
 * The date in a permalink's path ("/2026/03/04/slug/", "/2026-03-04/doc-…"), date only: the last
 * resort when the page shows no date (WordPress, Jekyll and Hugo permalinks carry the post's day).
 */
function urlDate(url: string): string | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/-]|\.html?$|$)/.exec(path);
  return m ? normDate(`${m[1]}-${m[3]}-${m[4]}`) : null;
}

/** The smallest ancestor of the first h1 that holds the main text: the article, without mastheads and rails. */
function articleScope(doc: Document, container: Element | null): Element | null {
  const h1 = headline(doc);
  if (!h1 || !container) return null;
  for (let p = h1.parentElement, k = 0; p && k < 15; p = p.parentElement, k++) {
    if (p.contains(container)) return p === doc.body || p === doc.documentElement ? null : p;
  }
  return null;
}

/** The 40 characters written before an element in its line ("Updated <span><time>…"): up to three levels up. */
function textBefore(el: Element): string {
  let out = '';
  let node: Node | null = el;
  for (let depth = 0; node && depth < 3 && out.length < 40; depth++) {
    for (let p = node.previousSibling; p && out.length < 40; p = p.previousSibling) out = (p.textContent ?? '').slice(-40) + out;
    const parent: Element | null = node.parentElement;
    if (!parent || /^(P|DIV|LI|SECTION|ARTICLE|HEADER)$/.test(parent.tagName)) break;
    node = parent;
  }
  return out.slice(-40);
}

/** <time datetime>: one marked "published" first, else the first not marked updated/modified. */
function dateFromDom(times: Element[], order: DateOrder): string | null {
  let first: string | null = null;
  for (const t of times) {
    // A comment's time is the comment's.
    if (t.closest('[class*="comment"], [id*="comment"]')) continue;
    const d = normDate(t.getAttribute('datetime') ?? t.getAttribute('content'), order.local) ?? attrDate(t, order) ?? normDate(textDate(gapText(t, 200), order));
    if (!d) continue;
    // The time's own marks first: WordPress writes "<span class=posted-on><time class=updated
    // itemprop=dateModified>…<time class="entry-date published">" (the wrapper's "posted" is not the
    // modified time's), and "entry-date published updated" when both are the same.
    const own = `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('data-testid') ?? ''} ${t.hasAttribute('pubdate') ? 'publish' : ''}`;
    if (/publish|posted|created/i.test(own)) return d;
    if (/updat|modif|edited/i.test(own)) continue;
    const ctx = `${own} ${t.parentElement?.getAttribute('class') ?? ''}`;
    if (/publish|posted|created/i.test(ctx)) return d;
    if (!first && !/updat|modif|edited|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|更新|수정/i.test(`${ctx} ${textBefore(t)}`)) first = d;
  }
  return first;
}

const DATE_ATTRS = ['datetime', 'title', 'data-timestamp', 'data-time', 'data-date', 'data-published', 'data-utime', 'data-datetime'];

/**
 * The absolute date behind a relative one: "<span title="March 3, 2025 9:15 AM">3 days ago</span>",
 * "<abbr class=published title=2025-03-03T09:15Z>", "data-timestamp=1741000000" on the element or
 * one of its first descendants. A relative date alone ("2 hours ago") is no date: none is invented.
 */
function attrDate(el: Element, order: DateOrder): string | null {
  const els = [el, ...Array.from(el.querySelectorAll('[title], [data-timestamp], [data-time], [data-date], [data-published], [data-utime], [data-datetime]')).slice(0, 4)];
  for (const e of els) {
    for (const a of DATE_ATTRS) {
      const v = e.getAttribute(a);
      if (!v || v.length > 100) continue;
      // Written dates ("12/03/2025 14:30") are read in the page's order; ISO strings and timestamps as they are.
      const d = (/^\d{10,13}$|^\d{4}-\d\d-\d\d/.test(v.trim()) ? normDate(v, order.local) : null) ?? normDate(textDate(v, order));
      if (d) return d;
    }
  }
  return null;
}

/**
 * A date written in the byline blocks or in the article's date-classed elements ("<span
 * class=date>3 July 2026</span>", "<div class=byline>Jane Doe, 3 July 2026</div>"): a few short
 * elements, never an "updated" one.
 */
function dateInText(bylines: Element[], scope: Element | null, firstBlock: Element | null, order: DateOrder): string | null {
  const els: Element[] = bylines.slice(0, 6);
  if (scope) {
    // Above the article's text only (below it are citations, "Retrieved 1 May 2016", and
    // comments): the first 300 elements of the article in document order, up to its first paragraph.
    let el: Element | null = scope;
    for (let n = 0, found = 0; el && n < 300 && found < 10 && el !== firstBlock; n++) {
      if (/date|time|meta|publish|posted/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`) && el !== scope) {
        els.push(el);
        found++;
      }
      // Next element in document order within scope.
      let next: Element | null = el.firstElementChild;
      while (!next && el && el !== scope) {
        next = el.nextElementSibling;
        if (!next) el = el.parentElement;
      }
      el = next;
    }
  }
  for (const el of els) {
    if (/updat|modif/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) continue;
    if (el.closest('[class*="comment"], [id*="comment"], cite')) continue;
    if (collapse((el.textContent ?? '').slice(0, 400)).length > 200) continue;
    const raw = gapText(el, 400);
    const d = normDate(textDate(raw, order)) ?? attrDate(el, order);
    if (d) return d;
  }
  return null;
}

const PLATFORM = /^(medium|substack|wordpress(\.com)?|blogger|blogspot|tumblr|ghost|hashnode|wix|squarespace|weebly|linkedin|notion|微信公众平台|weixin official accounts platform)$/i;
const GENERIC_SITE = /^(?:the\s+|our\s+|my\s+)?(?:blog|news|home|homepage|articles|posts|newsroom|stories|engineering blog)$/i;

/**
 * The publication a platform page belongs to: a WeChat official account's name ("#js_name"), a
 * published Notion workspace's root page (the breadcrumb's first link).
 */
function platformAccount(doc: Document, host: string): string | null {
  if (host === 'mp.weixin.qq.com') return labelName(doc.getElementById('js_name')?.textContent);
  // The page icon (an emoji) is part of the link's text.
  if (host.endsWith('.notion.site')) return labelName(doc.querySelector('[class*="breadcrumb"] a')?.textContent?.replace(/^[^\p{L}\p{N}]+/u, ''));
  return null;
}

/** og:site_name / publisher as a reader names the site: without a tagline ("Site — Since 1921") or "Inc". */
function cleanSiteName(raw: string | null, host: string): string | null {
  let s = raw ? collapse(raw) : null;
  // A URL is no name; a brand written as its domain ("PreprintHub.org", "Salon.com") is.
  if (!s || (isUrlish(s) && !/\s/.test(s) && !/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/i.test(s))) return null;
  const m = /^(.+?)(?: [-–—|:] |, (?=(?:the|a|an|your|la|le|el|der|die|das) ))(.+)$/i.exec(s);
  // The head names the host, or the tail is a phrase ("the Web developer blog", "Independent news since 1921",
  // "Wikinews, the free news source").
  if (m && (namesSite(m[1], null, host) || (m[1].split(' ').length <= 4 && m[2].split(' ').length >= 3 && /(^|\s)\p{Ll}/u.test(m[2])))) s = m[1];
  s = s.replace(/,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|S\.L\.|S\.A\.|Corp\.?)$/, '');
  // A Latin name with its kana reading after it: "note（ノート）"
  s = s.replace(/^([A-Za-z][\w .!&'-]{1,40}?)\s*[（(][\u30a0-\u30ff\u3040-\u309fー・]{2,20}[）)]$/, '$1');
  return s || null;
}

// "Home" in several languages (Blogger and WordPress translate their home links).
const HOME_WORD = /^(?:home|homepage|home page|logo|menu|start|startseite|accueil|inicio|início|pagina iniziale|главная|ホーム|首页|主页|首頁|홈|मुख्यपृष्ठ|होम|ana sayfa|strona główna|beranda|trang chủ|skip to content)$/i;

/**
 * The site's name when <title> is og:title with a name added before ("Name: Headline") or after
 * ("Headline | Name"); null otherwise.
 */
function titleAround(docTitle: string, ogTitle: string | null): string | null {
  const og = ogTitle ? collapse(ogTitle) : '';
  if (og.length < 8 || docTitle.length <= og.length + 2) return null;
  const i = docTitle.indexOf(og);
  const m = i > 0 && i + og.length === docTitle.length ? /^(.{2,60}?)\s*(?::|\s[-–—|·»])\s*$/.exec(docTitle.slice(0, i))
    : i === 0 ? /^\s*(?:[-–—|·»:]|::)\s*(.{2,60})$/.exec(docTitle.slice(og.length)) : null;
  // "Headline | Section | Site": more than a name.
  return m && !/\s[|·»–—-]\s|::/.test(m[1]) ? m[1].trim() : null;
}

/** A logo's or home link's label as a name: without "logo", "home page", "Go to … homepage". */
function labelName(raw: string | null | undefined): string | null {
  const t = collapse((raw ?? '').slice(0, 200))
    .replace(/^(?:go|return|back|link)\s+to\s+(?:the\s+)?/i, '')
    .replace(/^logo\s+(?:of\s+|for\s+)?|\s+(?:logo|home\s*page|homepage|home|front page|startseite|accueil)$/gi, '')
    .replace(/\s+(?:logo|home)$/i, '')
    .replace(/[\s|·•:,–—-]+$/, '')
    .trim();
  if (t.length > 1 && t.length <= 40 && t.split(' ').length <= 5 && !HOME_WORD.test(t)) return t;
  return null;
}

const CRUMB_SEP = /^\s*(?:>|›|»|\/|→)\s*$/;

/**
 * The name on the header's link to the home page (WordPress/Jekyll "site-title", a logo's alt
 * text, aria-label or SVG title; a root link in the page's <header> holding an image; a breadcrumb
 * trail's root link); the first 300 links only.
 */
function homeLinkName(doc: Document, host: string): string | null {
  const links = doc.getElementsByTagName('a');
  const n = Math.min(links.length, 300);
  const base = doc.baseURI;
  for (let i = 0, seen = 0; i < n && seen < 8; i++) {
    const a = links[i];
    const img = a.querySelector('img, svg');
    const marks = `${a.getAttribute('rel') ?? ''} ${a.getAttribute('class') ?? ''} ${a.id} ${a.parentElement?.getAttribute('class') ?? ''} ${img?.getAttribute('class') ?? ''} ${img?.id ?? ''}`;
    // A breadcrumb trail's first link ("<a href=/>Tom Haverkamp</a> &gt; <a href=/writing/>writing</a>").
    const sep = a.nextSibling;
    const crumb = sep?.nodeType === 3 && CRUMB_SEP.test(sep.nodeValue ?? '') && sep.nextSibling?.nodeName === 'A';
    if (!crumb && !/\bhome\b|site-title|site-name|blog-title|blog-name|logo|brand|masthead|breadcrumb/i.test(marks) && !(img && a.closest('header, [role="banner"]'))) continue;
    seen++;
    let path = '';
    try {
      const u = new URL(a.getAttribute('href') ?? '', base);
      if (host && !sameSite(u.hostname, host)) continue;
      path = u.pathname;
    } catch {
      continue;
    }
    if (path !== '/' && path !== '' && !/^\/(index\.\w+|[a-z]{2}(-[a-z]{2})?\/?)$/i.test(path)) continue;
    const svgTitle = img?.tagName.toLowerCase() === 'svg' ? img.querySelector('title')?.textContent : null;
    const t = labelName(a.textContent) ?? labelName(img?.getAttribute('alt')) ?? labelName(a.getAttribute('aria-label')) ?? labelName(a.getAttribute('title')) ?? labelName(img?.getAttribute('aria-label')) ?? labelName(svgTitle);
    if (t) return t;
  }
  return null;
}

/**
 * The name in the page footer's copyright line ("© 2025 Example News. All rights reserved."),
 * when it names the host (a parent company's name does not: "© 2025 Example Media Group").
 */
function copyrightName(doc: Document, host: string): string | null {
  const feet = doc.getElementsByTagName('footer');
  const el = feet.length ? feet[feet.length - 1] : null;
  if (!el) return null;
  const text = collapse((el.textContent ?? '').slice(0, 3000));
  const m = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?\s*,?\s*)?(?:by\s+)?([^.|·•©,;]{2,60}?)(?:\.|,|;|\s*[|·•]|\s+all rights|\s+[-–—]\s|\s*$)/i.exec(text);
  const name = m ? cleanSiteName(m[1].replace(/^(?:the\s+)?(?:19|20)\d\d\s+/i, ''), host) : null;
  return name && namesSite(name, null, host) ? name : null;
}

function ldSiteName(nodes: LdNode[], art: LdNode | null, deref: (v: unknown) => unknown): string | null {
  const publisher = art ? deref(art.publisher) : null;
  const pub = publisher ? ldText((publisher as LdNode).name ?? publisher) : null;
  if (pub && !isUrlish(pub)) return pub;
  for (const n of nodes) if (ldTypes(n).includes('WebSite')) {
    const v = ldText(n.name);
    if (v && !isUrlish(v)) return v;
  }
  // A page that is no article (a section front's WebPage / CollectionPage) names its publisher too;
  // a job board's posting (JobPosting) names the company it hires for.
  for (const n of nodes.slice(0, 30)) {
    const org = n.publisher ?? (ldTypes(n).includes('JobPosting') ? n.hiringOrganization : null);
    const p = org ? deref(org) : null;
    const v = p ? ldText((p as LdNode).name ?? p) : null;
    if (v && !isUrlish(v)) return v;
  }
  return null;
}

/**
 * When the page carries several article nodes (its own and teasers of related stories), the one
 * that is this page: its url / @id / mainEntityOfPage is the canonical URL, or its headline is the
 * page's title or h1. Null when there is at most one article node or none matches.
 */
function pageArticle(nodes: LdNode[], canonical: string, metas: Metas, doc: Document): LdNode | null {
  const arts = nodes.filter((n) => ldTypes(n).some((t) => ARTICLE_TYPES.test(t))).slice(0, 30);
  if (arts.length < 2) return null;
  const path = (u: unknown): string => {
    const v = typeof u === 'string' ? u : u && typeof u === 'object' ? (u as LdNode)['@id'] ?? (u as LdNode).url : null;
    if (typeof v !== 'string') return '';
    try {
      const x = new URL(v, canonical);
      return x.hostname.replace(/^www\./, '') + x.pathname.replace(/\/$/, '');
    } catch {
      return '';
    }
  };
  const here = path(canonical);
  const byUrl = arts.find((a) => [a.url, a['@id'], a.mainEntityOfPage].some((u) => path(u) === here));
  if (byUrl) return byUrl;
  const titles = [metas.get('og:title'), doc.title, ...h1Texts(doc)].filter((t): t is string => !!t).map(norm);
  return arts.find((a) => {
    const h = norm(ldText(a.headline) ?? ldText(a.name) ?? '');
    return h.length > 3 && titles.some((t) => t.startsWith(h) || h.startsWith(t));
  }) ?? null;
}

export function extractMetadata(doc: Document, url: string): Metadata {
  const nodes = jsonLdNodes(doc);
  const metas = metaMap(doc);
  const page = scan(doc);
  const canonical = pageUrl(doc, url, metas);
  const art = pageArticle(nodes, canonical, metas, doc) ?? ldArticle(nodes);
  let host = '';
  try {
    host = new URL(canonical).hostname;
  } catch { /* no host */ }

  const lang =
    normLang(doc.documentElement?.getAttribute('lang')) ??
    normLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normLang(metaContent(metas, ['og:locale', 'dc.language', 'language', 'content-language'])) ??
    normLang(ldText(art?.inLanguage));

  // JSON-LD values given as {"@id"} references point at nodes elsewhere in the graph (Yoast).
  const ids = new Map<unknown, LdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !ids.has(n['@id'])) ids.set(n['@id'], n);
  const deref = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v as LdNode).name && (v as LdNode)['@id'] ? ids.get((v as LdNode)['@id']) ?? v : v;

  const ldSite = ldSiteName(nodes, art, deref);
  // A generic og:site_name ("Blog", "News") names no site: the title suffix or the logo does.
  const ogRaw = metaContent(metas, ['og:site_name']);
  const ogSite = ogRaw && !GENERIC_SITE.test(ogRaw.trim()) ? ogRaw : null;
  let siteName = ogSite ?? ldSite ?? metaContent(metas, ['application-name', 'apple-mobile-web-app-title']);
  // A publisher is often the parent company ("Wikimedia Foundation", "Condé Nast"): the brand in the
  // title suffix that names the host wins over a publisher that does not.
  if (!ogSite && siteName && !namesSite(siteName, null, host)) {
    const tail = splitTitle(collapse(doc.title ?? ''), null, host).site;
    if (tail && namesSite(tail, null, host)) siteName = tail;
  }
  // A blogging platform's own name ("Medium") is not the publication's.
  if (siteName && PLATFORM.test(siteName)) {
    if (ldSite && !PLATFORM.test(ldSite)) siteName = ldSite;
    // A publication on its own domain that kept the platform's default: look further (title, logo).
    else if (!norm(host).includes(norm(siteName)) || platformSub(host)) siteName = null;
  }
  siteName = cleanSiteName(siteName, host) ?? platformAccount(doc, host);
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
  const ogTitle = metaContent(metas, ['og:title', 'twitter:title', 'dc.title', 'title']);
  const fromDoc = splitTitle(docTitle, siteName, host);
  // <title> is og:title plus the blog's name ("तकनीक की बात: <og:title>", Blogger; "<og:title> | Name").
  if (!siteName) siteName = titleAround(docTitle, ogTitle);
  // An abbreviation ("NTU") written out in the title suffix or the logo ("Norrlands tekniska
  // universitet"): the name written out.
  if (siteName && /^[A-Z]{2,6}$/.test(siteName)) {
    const initials = (x: string): string => x.split(/[\s-]+/).filter((w) => w.length > 2 || /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toUpperCase();
    const full = [titleAround(docTitle, ogTitle), fromDoc.site, homeLinkName(doc, host)].find((x) => x && x.includes(' ') && initials(x) === siteName);
    if (full) siteName = full;
  }
  if (!siteName && fromDoc.site) siteName = fromDoc.site;
  // "<h1> - Документация Lampa": what follows the page's own headline in its title is the site's name
  if (!siteName) {
    const h = h1Texts(doc)[0];
    const tail = h && docTitle.startsWith(h) ? /^\s+(?:[-–—|·•:]|::)\s+(\S.{1,59})$/.exec(docTitle.slice(h.length))?.[1] : null;
    // (without a tagline after the name: "Wikinews, the free news source")
    if (tail && tail.split(' ').length <= 5) siteName = cleanSiteName(tail, host) ?? tail;
  }
  // A home page titled with the site's name alone ("Example News" on example-news.com).
  if (!siteName && docTitle.length <= 40 && namesSite(docTitle, null, host)) siteName = docTitle;
  if (!siteName) siteName = homeLinkName(doc, host) ?? copyrightName(doc, host);
  // A name written as its URL slug ("appunti-di-circuiti", a Tumblr title's blog handle) that the
  // header's home link writes out ("appunti di circuiti"): as written out.
  else if (/^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+$/u.test(siteName)) {
    const shown = homeLinkName(doc, host);
    if (shown && shown !== siteName && norm(shown) === norm(siteName)) siteName = shown;
  }
  const cands = [headline, ogTitle, docTitle]
    .filter((x): x is string => !!x)
    .map((t) => splitTitle(t, siteName, host).title)
    .filter((t) => t.length > 1);
  const h1s = h1Texts(doc);
  let title = '';
  const agrees = (h: string, c: string): boolean => {
    const a = norm(h);
    const b = norm(c);
  // A metadata title that puts a kicker or an episode number before the h1's words ("KI-Verordnung:
  // Was Unternehmen …", "Ep. 112 — A radiologist on …"): the h1 is what the reader sees.
  const kicker = (h: string, c: string): boolean => {
    const i = c.length - h.length;
    if (i <= 0 || h.split(' ').length < 3 || c.slice(i).toLowerCase() !== h.toLowerCase()) return false;
    const head = c.slice(0, i);
    // (or a capitalised tag with a full stop: "DIRECT. …", "VIDEO. …")
    return head.length <= 40 && (/\S(?::|,|\s[-–—|·])\s+$/.test(head) || /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?\.\s+$/u.test(head));
  };
    return a.length > 3 && (a === b || (a.length >= b.length * 0.6 && b.startsWith(a)) || (b.length >= a.length * 0.6 && a.startsWith(b)) || kicker(h, c));
  };
  // An h1 that shows the whole declared title, its newsletter's name included ("Axios AI+: Chip
  // tariffs, …"): the headline as the reader sees it.
  const raws = [headline, ogTitle, docTitle].filter((x): x is string => !!x).map(norm);
  const whole = h1s.find((h) => h.split(' ').length >= 4 && raws.includes(norm(h)) && splitTitle(h, siteName, host).title !== h);
  if (whole) title = whole;
  // The h1 when the metadata agrees with it (same words: keep the metadata's punctuation).
  for (const h of whole ? [] : h1s) {
    const c = cands.find((x) => agrees(h, x));
    if (c) {
      // (a WordPress archive's "Policy Archives" over its h1 "Policy" is its declaredTitle, below)
      title = norm(c) === norm(h) ? c : h;
      break;
    }
  }
  // The one headline over the story, reworded in the metadata ("Opening our Nairobi research hub…"
  // under an og:title "Northwind Labs opens Nairobi research hub"): the h1 is what the reader sees.
  // (Not over a listing's teasers, not an h1 that holds the title after a label, "Title:…".)
  if (!title && h1s.length === 1 && cands[0] && page.teasers < 3 && doc.getElementsByTagName('h1')[0]?.closest('main,article,[role=main]') && !norm(h1s[0]).includes(norm(cands[0]))) {
    const words = (x: string): Set<string> => new Set(x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
    const hw = words(h1s[0]);
    const shared = [...words(cands[0])].filter((w) => hw.has(w)).length;
    if (hw.size >= 4 && shared >= 3) title = h1s[0];
  }
  if (!title) title = cands[0] ?? h1s[0] ?? docTitle;
  const declared = [ogTitle, docTitle].map((t) => (t ? splitTitle(t, siteName, host).title : '')).find((t) => t.length > 1);
  const declaredTitle = declared && declared !== title && declared.toLowerCase().startsWith(title.toLowerCase()) ? declared : undefined;

  // Byline
  // Authors given as {"@id"} references point at Person nodes elsewhere in the graph.
  const authors = art ? ([] as unknown[]).concat(art.author ?? art.creator ?? []).slice(0, 20).map(deref) : [];
  // An Organization as author (the publisher, a wire desk) yields to a person named anywhere else.
  const isOrg = (a: unknown): boolean => !!a && typeof a === 'object' && ldTypes(a as LdNode).some((t) => /Organization$|Corporation$|^Brand$/.test(t));
  const ldPeople = ldNames(authors.filter((a) => !isOrg(a))).filter((n) => !isUrlish(n)).map(cleanByline).filter((n): n is string => !!n);
  // A wiki's collective credit ("Contributors to Wikimedia projects") names no author.
  const ldOrgs = ldNames(authors.filter(isOrg)).filter((n) => !isUrlish(n) && !/^contributors\b|\bcontributors$/i.test(n));
  const pubRef = art?.publisher ? deref(art.publisher) : null;
  const pubName = pubRef ? ldText((pubRef as LdNode).name ?? pubRef) : null;
  // The article (h1 + main text): a masthead's "today", a rail's teaser bylines and dates come
  // before it in the page, so the elements inside it are read first.
  const scope = articleScope(doc, page.container);
  // The article's first real paragraph: dates written below it are not the article's.
  // A block holding the headline is no paragraph below it (a layout table's cell whose own text,
  // inside a <font>, is the whole article).
  const headEl = headlineOf(doc);
  const firstPara = page.blocks.find((b) => b.words >= 15 && !(headEl && b.el.contains(headEl)))?.el ?? null;
  // A long standfirst right under the headline ("<h1>…</h1><p class=ingress>…</p><div class=meta>Av …
  // Publicerad 13 november 2026</div>"): the meta line below it is still above the text.
  const afterDek = firstPara && headEl && headEl.nextElementSibling === firstPara ? page.blocks.find((b) => b.words >= 15 && b.el !== firstPara && firstPara.compareDocumentPosition(b.el) & 4)?.el ?? null : null;
  const metaTop = afterDek ?? firstPara;
  let lastPara: Element | null = null;
  for (let i = page.blocks.length - 1; i >= 0 && i >= page.blocks.length - 30 && !lastPara; i--) if (page.blocks[i].words >= 10) lastPara = page.blocks[i].el;
  const inScope = scope ? page.bylines.filter((b) => scope.contains(b)) : [];
  const people = [
    ldPeople.length ? joinNames(ldPeople) : null,
    metaAuthors(doc, metas),
    bylineFromDom(inScope) ?? bylineFromDom(addresses(doc, scope)) ?? bylineFromDom(page.bylines.filter((b) => !teaser(b, scope))) ?? bylineFromDom(creditEls(scope)),
    bylineLine(doc, firstPara),
    authorLinks(doc, scope, firstPara),
    labelledAuthors(doc, firstPara),
    authorCards(doc),
    avatarChip(doc, firstPara),
    metaRowName(metaLines(doc, null, firstPara), {}),
    signOff(page.container, lastPara, doc.getElementsByTagName('article').length === 1 ? doc.getElementsByTagName('article')[0] : null),
    openingCredit(page.container, firstPara),
    // The publisher credited as its own author (a company's press release) names no writer.
    ldOrgs.filter((o) => !pubName || norm(o) !== norm(pubName)).length ? joinNames(ldOrgs) : null,
    datelineAgency(firstPara),
    siteByLine(doc, scope),
    // Substack writes its author only into the <title> ("The benchmark is not the product - by Priya Raman")
    titleBy(collapse(doc.title ?? '')),
  ];
  const known = people.filter((p): p is string => !!p).map((p) => tidyByline(p, siteName, host, lang));
  const bySite = (p: string): boolean => !!siteName && norm(p) === norm(siteName);
  // A user name ("CC7567", "jdoe", "admin_2") yields to a person's name from another source.
  const handle = (p: string): boolean => /^[\w.-]{2,30}$/.test(p) && (/\d|_/.test(p) || p === p.toLowerCase());
  // A desk credit ("Redacción El Diario del Sur", "Samachar Lok Desk", "Newsroom") yields to a person named on the page.
  const desk = (p: string): boolean => DESK.test(p) || (!!siteName && p !== siteName && namesSite(p, siteName, host) && norm(p).length > norm(siteName).length);
  let byline: string | null = known.find((p) => !bySite(p) && !handle(p) && !desk(p)) ?? known.find((p) => !bySite(p) && !handle(p)) ?? known.find((p) => !bySite(p)) ?? known[0] ?? null;
  // The CMS account that published the page ("vireo-admin", "wpadmin", "webmaster"): no author named.
  if (byline && handle(byline) && /admin|webmaster|^(?:wp-?)?user\d*$/i.test(byline)) byline = null;
  // An institution credited as its own author only in the metadata ("dcterms.creator" of an
  // agency's media release is the agency, the site): no writer is named. A personal site named
  // after its owner is no institution; a credit the page shows ("By Example News Staff") stays.
  if (byline && bySite(byline) && INSTITUTION.test(byline) && !people.slice(2, 11).some((p) => p && norm(p) === norm(byline ?? ''))) byline = null;
  // The person the piece is about ("Margaret Atwell on AI and the novel", an interview whose
  // metadata names the interviewee) is not its author when the page shows another byline.
  const inTitle = (p: string): boolean => p.split(/, | and /).every((n) => n.length > 3 && norm(title).includes(norm(n)));
  const shownBy = people[2] ?? people[3] ?? people[4];
  if (byline && inTitle(byline) && shownBy && !inTitle(shownBy) && (byline === people[0] || byline === people[1])) byline = tidyByline(shownBy, siteName, host, lang);
  // Names the page shows beat JSON-LD's names in another script ("Noa Levi" in the JSON-LD of a
  // Hebrew page that shows "נועה לוי ויוסי כהן").
  // The script of the first letter ("Олександра Коваленко ML-інженерка" is Cyrillic).
  const latin = (p: string): boolean => /^[^\p{L}]*[A-Za-z\u00C0-\u024F]/u.test(p);
  const shown = people[2];
  if (byline && byline === known[0] && ldPeople.length && shown && latin(byline) !== latin(shown) && shown.split(/, | and /).length >= byline.split(/, | and /).length && lang && !/^(en|fr|de|es|it|pt|nl|sv|da|no|nb|fi|pl|cs|tr|id|vi|ro|hu)$/.test(lang)) {
    byline = tidyByline(shown, siteName, host, lang);
  }
  // A later source listing the same people and more (co-authors) wins.
  const nameSet = (p: string): string[] => p.split(/, | and /).map(norm);
  for (const p of known) {
    if (byline && p !== byline && nameSet(p).length > nameSet(byline).length && nameSet(byline).every((n) => nameSet(p).includes(n))) byline = p;
  }
  // The metadata's short form of a name the page writes out ("Camille R.-D." for "Camille Rousseau-Diallo"): as written out.
  const initials = (w: string): string => w.split('-').map((x) => x[0] ?? '').join('').toLowerCase();
  const shortOf = (a: string, b: string): boolean => {
    const x = a.split(/\s+/);
    const y = b.split(/\s+/);
    return a !== b && x.length === y.length && x.some((t) => t.includes('.')) && x.every((t, i) => t === y[i] || (t.includes('.') && t.replace(/[^\p{L}]/gu, '').toLowerCase() === initials(y[i])));
  };
  const fuller = byline ? known.find((p) => shortOf(byline ?? '', p)) : undefined;
  if (fuller) byline = fuller;
  // The page shows the same people with their honorifics ("Dr. Amara Eze" over JSON-LD's "Amara
  // Eze"): as shown.
  const HONOR = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev|hon)\.?\s+/i;
  const bare = (p: string): string => p.split(/, | and /).map((n) => norm(n.replace(HONOR, ''))).sort().join('|');
  // Any source the page shows (byline blocks, "By" lines, author links, an "Authors" row, cards…).
  const shownH = byline ? people.slice(2, 11).map((p) => (p ? tidyByline(p, siteName, host, lang) : null)).find((p) => p && p !== byline && p.split(/, | and /).some((n) => HONOR.test(n)) && bare(p) === bare(byline ?? '')) : null;
  if (byline && shownH) byline = shownH;
  // A live page credits its editors ("Live Reporting — Edited by A and B"): they are its byline
  // when no writer is named.
  if (!byline && art && ldTypes(art).includes('LiveBlogPosting')) byline = liveEditors(doc);

  // Date
  // "03/04/2025" is 4 March on US-English pages (html lang en-US, or en on a host outside the
  // day-first English countries), 3 April elsewhere.
  const regionOf = (v: string | null | undefined): string | undefined => /^\s*[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(v ?? '')?.[1]?.toLowerCase();
  const region = regionOf(doc.documentElement?.getAttribute('lang')) ?? regionOf(metas.get('og:locale'));
  const order: DateOrder = {
    monthFirst: lang === 'en' && (region ? /^(us|ph)$/.test(region) : !/\.(uk|ie|au|nz|in|za|sg|pk|ng|ke)$/.test(host)),
    // A time written without a zone is the site's local time ("2026年03月04日 14時02分" is JST).
    local: localZone(lang, region, host),
  };
  const nd = (v: unknown): string | null => normDate(v, order.local);
  let publishedAt =
    ldOrMetaDate(ldText(art?.datePublished), metaContent(metas, PUB_META), canonical, () => metaLines(doc, metaTop), order) ??
    nd(ldText(art?.datePublished)) ??
    nd(metaContent(metas, PUB_META)) ??
    nodes.map((n) => (ldTypes(n).some((t) => /^(WebPage|ItemPage|AboutPage)$/.test(t)) ? nd(ldText(n.datePublished)) : null)).find(Boolean) ??
    dateFromDom(scope ? page.times.filter((t) => scope.contains(t)) : [], order) ??
    dateFromDom(page.times, order) ??
    markupDate(doc, order) ??
    nd(metaLines(doc, metaTop).filter((t) => !sentence(t)).map((t) => textDate(t, order)).find(Boolean)) ??
    dateInText(page.bylines, scope, metaTop, order) ??
    microdataDate(doc, order) ??
    dataAttrDate(doc, order) ??
    nd(page.times.length ? null : metas.get('date')) ??
    nd(ldText(art?.dateCreated)) ??
    nodes.map((n) => nd(ldText(n.datePublished))).find(Boolean) ??
    footerDate(scope, firstPara, order) ??
    urlDate(canonical);
  if (publishedAt?.endsWith('T00:00:00.000Z')) {
    const lines = metaLines(doc, metaTop);
    for (const t of page.times.slice(0, 6)) if (!t.closest('[class*="comment"], [id*="comment"]')) lines.push(collapse((t.textContent ?? '').slice(0, 200)));
    publishedAt = sameDayTime(doc, publishedAt, lines, order) ?? publishedAt;
  }

  return {
    url: canonical,
    lang,
    title,
    siteName: siteName ? collapse(siteName) : null,
    byline,
    publishedAt,
    wordCount: page.words,
    ...(declaredTitle ? { declaredTitle } : {}),
  };
}
