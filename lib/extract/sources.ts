/**
 * Sources: the page's sources / references / further reading / footnotes section when it has one
 * (its links and bare URLs), else the external links cited in the article body.
 */
import type { Source } from '../brief';
import { cleanUrl, normalizeUrl } from '../url';
import { scanLabels, following, SOURCES_LABEL } from './labels';
import { attrs, commentsBlock, hostOf, isBoilerplate, mainRoot, squash, walk, textOf, cleanLabel, isHidden, HEADING, BODY_CLASSES, MARKED } from './dom';

const MAX = 200;
const URL_RE = /\bhttps?:\/\/[^\s<>"'`{}|\\^，。、；：！？（）【】「」]+/gi;
// share/social intents: path-based so any mirror domain matches too
const SHARE =
  /^[^/]+\/(?:[^?#]*\/)?(?:intent|share|sharer|sharing|shareArticle|submit|submitlink|pin\/create|widgets\/share)(?=[/?#.]|$)|^(?:wa\.me|api\.whatsapp|web\.whatsapp|t\.me\/share|telegram\.me|signal\.me|getpocket|[^/]*addtoany|buffer\.com\/add|service\.weibo|social-plugins|b\.hatena\.ne\.jp\/(?:entry|add)|line\.me\/R\/msg|timeline\.line\.me|connect\.ok\.ru|vk\.com\/share|(?:www\.)?xing\.com\/(?:spi\/shares|social\/share))/i;

class Collector {
  out: Source[] = [];
  seen = new Set<string>();
  /** Raw hrefs already handled: the same href cleans to the same URL (no second URL parse). */
  raw = new Set<string>();
  private pageKey: string | null | undefined;
  constructor(private page: string) {}
  get full(): boolean {
    return this.out.length >= MAX;
  }
  add(href: string | null, text: string): void {
    if (this.out.length >= MAX || !href || this.raw.has(href)) return;
    this.raw.add(href);
    // "#cite_ref-3": an in-page anchor (a footnote back-reference), no URL to parse
    if (href.charCodeAt(0) === 35 /* # */) return;
    // (a redirect wrapper is its target, in a section as in the body)
    const u = cleanUrl(href, this.page);
    this.addClean(href, u && u.includes('?') ? unwrap(u) : u, text);
  }
  /** `url` = cleanUrl(href, page), already computed. */
  addClean(href: string, url: string | null, text: string): void {
    if (this.out.length >= MAX || !url) return;
    // (a trailing slash does not make another URL)
    const key = url.replace(/\/(?=[?#]|$)/, '');
    if (this.seen.has(key)) return;
    // in-page anchors (footnote back-references) are not sources
    if (href.includes('#') && normalizeUrl(url) === (this.pageKey === undefined ? (this.pageKey = normalizeUrl(this.page)) : this.pageKey)) return;
    this.seen.add(key);
    const t = squash(text).slice(0, 300);
    const bare = !t || t === url || t === href || /^https?:\/\//i.test(t) || cleanUrl(t) === url;
    this.out.push({ url, title: bare ? url : t });
  }
  bare(text: string): void {
    // most text nodes hold no URL: a substring test before the regex
    if (text.length < 10 || !text.includes('://')) return;
    for (const m of text.slice(0, 20000).matchAll(URL_RE)) this.add(m[0].replace(/[.,;:!?)\]}’”'"»]+$/, ''), '');
  }
}

/** A link (its text read only for an href not seen yet). */
function link(c: Collector, a: Element): void {
  const href = a.getAttribute('href');
  if (href && !c.full && !c.raw.has(href)) c.add(href, textOf(a, 300, 50));
}

/** Links and bare URLs of an element, in page order. */
function collect(c: Collector, el: Element): void {
  if (el.tagName === 'A') {
    link(c, el);
    return;
  }
  // iterate nodes: text nodes for bare URLs, anchors for links
  const stack: Node[] = [];
  let n: Node | null = el.firstChild;
  let i = 0;
  // (once full, nothing more can be added)
  while (n && i++ < 5000 && !c.full) {
    let down = false;
    if (n.nodeType === 3) c.bare(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'A') link(c, e);
      else if (!/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(e.tagName) && e.firstChild) down = true;
    }
    if (down) {
      stack.push(n);
      n = n.firstChild;
      continue;
    }
    while (n && !n.nextSibling) n = stack.pop() ?? null;
    n = n ? n.nextSibling : null;
  }
}

/** The registrable part of a host, roughly: "news.example.co.uk" → "example.co.uk". */
function siteOf(h: string): string {
  const p = h.split('.');
  const two = p.slice(-2).join('.');
  // country second levels (co.uk) and shared hosts (x.github.io, y.substack.com) are one level deeper
  const deeper = (p[p.length - 1].length === 2 && p[p.length - 2].length <= 3) || SHARED.test(two);
  return p.slice(deeper ? -3 : -2).join('.');
}

const SHARED = /^(github\.io|substack\.com|wordpress\.com|blogspot\.com|medium\.com|tumblr\.com|ghost\.io|hashnode\.dev|netlify\.app|vercel\.app|pages\.dev|gitlab\.io)$/;

/** The host of a cleaned http(s) URL (as URL.href writes it), without www. */
function hostOfClean(u: string): string {
  const m = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]/]*\]|[^:/?#]*)/.exec(u);
  return m ? m[1].replace(/^www\./, '') : hostOf(u);
}

/**
 * An href that resolves against the page to the page's own host: a path, query or fragment (not
 * a scheme, "//host" or a backslash form the URL parser reads as one).
 */
const RELATIVE = /^(?:[#?]|\.{0,2}\/(?![/\\])|[\w.~%-]+(?:[/?#]|$))/;

function sameSite(a: string, b: string): boolean {
  return !!a && !!b && siteOf(a) === siteOf(b);
}

/** The block (paragraph, list item, cell, quote) a link sits in, a few levels up at most. */
const PROSE_BLOCK = new Set(['P', 'LI', 'TD', 'DD', 'BLOCKQUOTE', 'FIGCAPTION']);
/** A "read also" line: related links of the site, not citations. */
const READ_ALSO = /^\W*(?:read also|see also|also read|related|continue reading|keep reading|more on this(?: story| topic)?|you (?:may|might) also like|more from|recommended|baca juga|lihat juga|lesen sie auch|lire aussi|leia também|lee también|leggi anche|czytaj także|читайте также|đọc thêm|関連記事|相关阅读|延伸阅读|관련 기사)\b/i;

/**
 * A link to another host of the page's own site (parent company, sister subdomain) counts as
 * external when it is cited in prose: its paragraph has text of its own besides the link, and is no
 * "Read also" line. (Cross-subdomain navigation and related-link lines are the site's.)
 */
function citedInProse(a: Element): boolean {
  const b = proseBlock(a);
  if (!b) return false;
  const all = textOf(b, 600, 120);
  if (READ_ALSO.test(all)) return false;
  let links = 0;
  const as = b.getElementsByTagName('a');
  for (let i = 0; i < as.length && i < 20; i++) links += textOf(as[i], 200, 20).length;
  return all.length - links >= 20;
}

// (Elementor calls every block of a page "elementor-widget", the story's text and footnotes too)
const SIDEBAR = /(^|[\s_-])(sidebar|side-?bar|(?<!elementor-)widget|widget-area|rail|rightrail|leftrail)([\s_-]|$)/;

/** Classes of the post itself (its hAtom entry, its body). */
const POST = /(^|\s)(hentry|h-entry|post-body|entry-content|post-content|article-body)(\s|$)/;

/** Inside an aside / complementary region or a sidebar-classed container (bounded climb), not in the article. */
function inSidebar(el: Element): boolean {
  for (let x: Element | null = el, i = 0; x && i < 15; x = x.parentElement, i++) {
    const t = x.tagName;
    if (t === 'ARTICLE' || t === 'MAIN' || t === 'BODY') return false;
    // (inside the post itself: Blogger wraps its posts in a "widget Blog")
    if (x.getAttribute('itemprop') === 'articleBody' || POST.test(x.getAttribute('class') ?? '')) return false;
    if (t === 'ASIDE' || x.getAttribute('role') === 'complementary') return !x.closest('article,main');
    if ((x.hasAttribute('class') || x.hasAttribute('id')) && SIDEBAR.test(attrs(x))) return true;
  }
  return false;
}

/**
 * Byline/date lines, bookmark bars and cite-this boxes (their links credit or cite the page itself);
 * calls to action, disclaimers and "read more" links (the site's).
 */
const META = /(^|[\s_-])(meta|metadata|dateline|date-?source|bookmarks?|cite-?(?:box|this|as)|how-to-cite|bibtex|cta|call-to-action|disclaimer|read-?more|licen[cs]e)($|[\s_-])/;
/** Promo lines at the end of a post: hiring, tip lines, subscribe/follow calls. */
const PROMO = /^(?:our standards:|(?:give|donate)(?: now| today)?\b|\W*\S{0,16}\s?제보(?:하기|해)|we['’]re hiring|(?:any |got |have )?(?:questions|feedback)\?|get in touch\b|we are hiring|(?:got|have) a (?:news )?tip|(?:subscribe|sign up)\b|(?:follow|join) us\b|support (?:us|our)\b|thanks? (?:you )?for reading|(?:want|interested in|looking) to advertise|advertise (?:with|in) us\b|love \S+\? (?:tell|share)|enjoy(?:ing|ed)? (?:this|the) (?:newsletter|issue)\? (?:forward|share|tell))/i;
/** The paragraph, list item, cell, quote or caption a link sits in (a few levels up at most), or null. */
function proseBlock(a: Element): Element | null {
  let b: Element | null = a.parentElement;
  for (let i = 0; b && i < 5; i++, b = b.parentElement) if (PROSE_BLOCK.has(b.tagName)) return b;
  return null;
}

/**
 * The author's sign-off: the body's last paragraph, after a rule, set wholly in italics ("Jane writes
 * a newsletter at <a>…</a>; find me on <a>…</a>"): about the writer, not cited by the story.
 */
function signOff(p: Element): boolean {
  const prev = p.previousElementSibling;
  if (!prev || prev.tagName !== 'HR') return false;
  for (let n = p.nextElementSibling; n; n = n.nextElementSibling) if (n.tagName === 'P') return false;
  const f = p.firstElementChild;
  if (!f || (f.tagName !== 'EM' && f.tagName !== 'I') || f.nextElementSibling) return false;
  for (let n = p.firstChild; n; n = n.nextSibling) if (n !== f && n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  return textOf(p, 600, 100).length < 500;
}

/** A site builder's or host's credit ("Made on Tilda", "Powered by Ghost"). */
const BUILT = /^\W*(?:proudly )?(?:made (?:on|with)|built (?:with|on)|powered by|(?:web)?site by|created with|hosted (?:on|by))\s/i;
const CREDIT = /^\W*(?:(?:a )?guest (?:post|column|essay) by|(?:a version of )?this (?:\w+ )?(?:originally|first) (?:appeared|ran|was published) (?:in|on|at)|(?:written|words|story|posted|reporting|interview|text|photos?|illustrations?|edited) by)\s/i;
const ACCOUNT = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?(?:signin|sign-in|login|log-in)(?:[/?#.]|$)/i;
const LISTEN = /^\W*(?:listen|subscribe|watch|follow|download|available|get it|find (?:us|it)|stream it) (?:on|in|at|via|wherever)\b/i;
/** The opening words of a sponsor slot in a newsletter or post. */
const PAID_TAG = /[([](?:sponsor(?:ed)?|partner|ad|advertisement|promoted|anzeige|publicité)[)\]]$/i;
const SPONSOR = /^\W*(?:together with|presented by|sponsored by|brought to you by|in partnership with|a (?:word|message) from (?:our|this week['’]s|today['’]s) sponsors?|(?:from )?(?:our|today['’]s|this week['’]s) sponsors?\b|sponsored\b|partner content|paid (?:post|content|partnership)|anzeige\b|publicité\b|publicidad\b|patrocinado)/i;
/**
 * Affiliate and ad redirects (Skimlinks, CJ, Awin, Rakuten, Impact, ShareASale, Amazon Associates):
 * paid links, not sources. Tested on the URL without its scheme.
 */
const AFFILIATE =
  /^(?:www\.)?(?:go\.skimresources\.com|go\.redirectingat\.com|[^/]*\.(?:anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net|kqzyfj\.com)|(?:www\.)?(?:awin1\.com|shareasale\.com|click\.linksynergy\.com|linksynergy\.com|prf\.hn|shop-links\.co|howl\.me|pntra\.com|pntrs\.com|avantlink\.com|sjv\.io|fave\.co|bit\.ly\/aff)|[^/]*\.(?:sjv\.io|pxf\.io|evyy\.net|7eer\.net))/i;

/**
 * Social profiles, "follow us" pages and author pages on any host (medium.com/@name, a blog
 * platform's /@name, /author/name): who someone is, not what the article cites. Posts under them
 * (/@name/123) are not matched.
 */
const PROFILE =
  /^(?:line\.me\/R\/ti\/p\/|lin\.ee\/|(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com|threads\.net|tiktok\.com)\/@?[\w.-]+\/?(?:[?#]|$)|(?:www\.)?linkedin\.com\/(?:in|company|school)\/[^/?#]+\/?(?:[?#]|$)|bsky\.app\/profile\/[^/?#]+\/?(?:[?#]|$)|(?:www\.)?youtube\.com\/(?:@[^/?#]+|channel\/[^/?#]+|c\/[^/?#]+|user\/[^/?#]+)\/?(?:[?#]|$)|news\.google\.com\/publications\/|t\.me\/\w+\/?(?:[?#]|$)|(?:linktr\.ee|beacons\.ai|bio\.link|lnk\.bio|about\.me)\/[^/?#]+\/?(?:[?#]|$)|[^/?#]+\/@[\w.-]+\/?(?:[?#]|$)|[^/?#]+\/(?:author|authors|people|profile|profiles|contributors?|writers?)\/[^/?#]+\/?(?:[?#]|$))/i;

/**
 * The target of a redirect wrapper: Google's /url?q=, Facebook's l.php?u=, the AMP cache
 * (host.cdn.ampproject.org/c/s/…), a site's /out?url= or /redirect?to= endpoint. Else the URL.
 */
function unwrap(u: string): string {
  const m = /^https?:\/\/[^/]+\.cdn\.ampproject\.org\/(?:[a-z]\/)+?(s\/)?([^?#]+.*)$/i.exec(u);
  if (m) return cleanUrl((m[1] ? 'https://' : 'http://') + m[2]) ?? u;
  if (!u.includes('?')) return u;
  const g = /^https?:\/\/(?:www\.)?google\.[a-z.]+\/url\?|^https?:\/\/(?:l|lm)\.facebook\.com\/l\.php\?|^https?:\/\/link\.zhihu\.com\/\?|^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?(?:r\/|(?:out|redirect|go|link|exit|away|outbound|leave)(?:\.php|\.html?)?)\?/i.test(u);
  if (!g) return u;
  try {
    const p = new URL(u).searchParams;
    for (const k of ['q', 'url', 'u', 'to', 'target', 'dest', 'destination']) {
      const v = p.get(k);
      if (v && /^https?:\/\//i.test(v)) return cleanUrl(v) ?? u;
    }
  } catch {
    /* not a URL */
  }
  return u;
}
/** A lower heading naming another module ("Related articles", "About the author"): it ends a sources section. */
const OTHER_HEAD = /^(?:related|about (?:the )?authors?|about us|share|comments?|more (?:from|on|stories|articles)|read (?:next|more)|you (?:may|might) also|recommended|tags?\b|topics\b|popular|trending|newsletter|subscribe|support us)/i;
/** Embedded social posts: Twitter's blockquote (Substack's div.tweet, dev.to's liquid tag), Bluesky, Mastodon, Threads, Instagram. */
const EMBED = /(?:^|[\s_])(?:twitter-tweet|tweet|bluesky-embed|mastodon-embed|text-post-media|instagram-media)(?:$|\s)|ltag__twitter-tweet/;
/** A repository card embedded in a post (dev.to's GitHub liquid tag). */
const REPO_CARD = /(?:^|\s)(?:ltag-github-readme-tag|github-repo-card|repo-card)(?:$|\s)/;
/** A React site's module named in data-component ("AuthorBox", "RelatedRail", "NewsletterSignup"). */
const COMPONENT = /^(?:author|bio|related|share|newsletter|subscribe|comments?|promo|ad(?:slot|unit)?|recommend)/i;
/** A picture credit set after a sources list ("Bildnachweis: picture alliance/dpa", "Photo credit: …"). */
const PICTURE_CREDIT = /^\W*(?:bildnachweis|bildquellen?|fotos?|photos?|photo credits?|image credits?|images?|crédits? photos?|imagen(?:es)?|credits?)\s*[:：]/i;
/** A "cite this" box or a BibTeX record under a sources label: the page's own citation. */
const CITE_SELF = /^(?:cite this|how to cite|suggested citation|to cite this|@[a-z]+\s*\{)/i;

/** Paid or house placements marked by data attributes. */
function sponsored(el: Element): boolean {
  return el.hasAttribute('data-sponsored') || el.hasAttribute('data-sponsor') || el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot');
}

/**
 * Identifiers in the page's path ("2603.04567", "c9x2k4m7p1eo"): an external link holding one is
 * about this page (a lookup, bookmark or DOI of the page itself), not a source it cites.
 */
function pageIds(url: string): string[] {
  const m = /^https?:\/\/[^/?#]*(\/[^?#]*)/.exec(url);
  if (!m) return [];
  const out: string[] = [];
  for (const seg of m[1].split('/').slice(-4)) {
    const t = seg.replace(/\.(?:html?|php|aspx?)$/i, '').replace(/v\d+$/, '');
    // (a date folder, "/2026-05-19/", names the day, not this page: other pages link it too)
    if (t.length >= 6 && t.length <= 40 && (t.match(/\d/g)?.length ?? 0) >= 4 && !/^(?:19|20)\d\d[-_.]\d\d[-_.]\d\d$/.test(t)) out.push(t.toLowerCase());
  }
  return out;
}


const BODY_SELECTOR = BODY_CLASSES.map((c) => '.' + c).join(',');

/** A block whose own children include checkboxes or radio buttons: a panel of switches or tabs. */
function controls(el: Element): boolean {
  for (let k = el.firstElementChild, i = 0; k && i < 30; k = k.nextElementSibling, i++) {
    const t = k.tagName === 'INPUT' ? k : k.tagName === 'LABEL' ? k.querySelector('input') : null;
    if (t && /^(checkbox|radio)$/i.test(t.getAttribute('type') ?? '')) return true;
  }
  return false;
}

/**
 * The article body for citations: mainRoot, widened (up to two levels) when it is an unmarked
 * block of paragraphs whose siblings hold more of them (a body split into several <div>s around an
 * ad slot).
 */
function bodyRoot(doc: Document): Element {
  let root = mainRoot(doc);
  const body = doc.body;
  // no paragraphs to find it by (a paper's abstract page is a blockquote and tables): the page's
  // single <main> is still its content, and a layout wrapper around it ("flex-wrap-footer") is not
  if (root === body) {
    const mains = doc.querySelectorAll('main,[role=main]');
    if (mains.length === 1) return mains[0];
    // nor in a Blogger post of <div>s and <br>s: its one marked post body is
    const marked = doc.querySelectorAll(BODY_SELECTOR);
    if (marked.length && Array.from(marked).every((m) => m === marked[0] || marked[0].contains(m))) return marked[0];
  }
  for (let up = 0; up < 2 && root !== body; up++) {
    const t = root.tagName;
    if (t === 'ARTICLE' || t === 'MAIN' || root.getAttribute('role') === 'main' || root.getAttribute('itemprop') === 'articleBody' || MARKED.test(root.getAttribute('class') ?? '')) break;
    const p = root.parentElement;
    if (!p || p === body || p.tagName === 'HTML') break;
    let more = false;
    for (let c = p.firstElementChild, i = 0; c && i < 40 && !more; c = c.nextElementSibling, i++) {
      if (c === root || isBoilerplate(c)) continue;
      const ps = c.tagName === 'P' ? [c] : c.getElementsByTagName('p');
      for (let k = 0; k < ps.length && k < 10; k++)
        if (textOf(ps[k], 200, 30).length >= 80) {
          more = true;
          break;
        }
    }
    if (!more) break;
    root = p;
  }
  return root;
}

/**
 * Without <main> or <article>, the story is the text's parent, or up to the block that also holds
 * the headline (page builders put the title, the text and the footnotes in sibling widgets).
 */
function storyScope(doc: Document, root: Element): Element | null {
  const h1s = doc.getElementsByTagName('h1');
  const h1 = h1s.length === 1 ? h1s[0] : null;
  let p = root.parentElement;
  for (let x = p, i = 0; h1 && x && x !== doc.body && i < 6; x = x.parentElement, i++)
    if (x.contains(h1)) return x;
  return p;
}

export function extractSources(doc: Document, url: string): Source[] {
  let c = new Collector(url);
  let pageHost: string | undefined;
  // the article's scope: a labelled list outside it (a footer's "Resources" column) is the site's
  let scope: Element | null | undefined;
  let onlyLead = true;
  for (const h of scanLabels(doc)) {
    if (c.full) break;
    if (h.kind !== 'sources') continue;
    // a "Resources" / "Links" list in a sidebar or widget is the site's, not the article's
    if (inSidebar(h.el)) continue;
    if (scope === undefined) {
      const root = mainRoot(doc);
      scope = root === doc.body ? null : (root.closest('main,[role=main]') ?? root.closest('article') ?? storyScope(doc, root));
      if (scope === doc.body || scope?.tagName === 'HTML') scope = null;
    }
    if (scope && !scope.contains(h.el)) continue;
    if (h.mode !== 'lead') onlyLead = false;
    if (h.mode === 'head') {
      for (const s of following(h.el, 40, true)) {
        if (c.full) break;
        // "Cite this report" box, a BibTeX record: the page's own citation; a sign-off ends the section
        const lead = textOf(s, 40, 12);
        if (CITE_SELF.test(lead) || PICTURE_CREDIT.test(lead)) continue;
        if (PROMO.test(lead)) break;
        // a lower heading that names another module ("Related articles", "About the author") ends it
        if ((HEADING.test(s.tagName) || HEADING.test(s.firstElementChild?.tagName ?? '')) && OTHER_HEAD.test(lead)) break;
        const sub = new Collector(url);
        collect(sub, s);
        // a trailing block of only the site's own links ("← Back to all posts") ends the section
        // (a numbered reference to the site's own earlier post, "[3] Our earlier post, …", is an entry)
        if (c.out.length && sub.out.length && sub.out.every((x) => sameSite(hostOfClean(x.url), (pageHost ??= hostOf(url)))) && !/^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]\s)/.test(lead)) break;
        // (x.url is already clean)
        for (const x of sub.out) c.addClean(x.url, x.url, x.title === x.url ? '' : x.title);
      }
    }
    // "Source: …" under a chart or photo credits that item, it is not the page's sources section
    else if (h.mode === 'lead') {
      if (!h.el.closest('figure,figcaption,table,caption')) collect(c, h.el);
    }
    else {
      // a box: skip its own label heading
      for (let k = h.el.firstElementChild; k; k = k.nextElementSibling)
        if (!(textOf(k, 60, 10).length < 50 && SOURCES_LABEL.test(cleanLabel(textOf(k, 60, 10))))) collect(c, k);
      if (!h.el.firstElementChild) collect(c, h.el);
    }
  }
  // a one-link "Source: …" / "来源：…" credit line is a citation among the body's, not a section
  if (c.out.length && !(c.out.length === 1 && onlyLead)) return c.out;
  // (the credit's link is read again in its place among the body's)
  if (c.out.length) c = new Collector(url);
  // no section: external links cited in the body
  const root = bodyRoot(doc);
  const host = hostOf(url);
  const pageHttp = /^https?:/i.test(url);
  let links = 0;
  const inArticle = root !== doc.body;
  const ids = pageIds(url);
  // the story's first paragraph (none in a page of <div>s and <br>s: then no header to tell apart)
  let firstP: Element | null = null;
  const ps = root.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 200 && !firstP; i++) if (textOf(ps[i], 200, 40).length >= 80) firstP = ps[i];
  let prose = !firstP;
  // a link post's headline links to the story it is about: its first source
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length === 1) {
    const as = h1s[0].getElementsByTagName('a');
    const u = as.length === 1 ? cleanUrl(as[0].getAttribute('href') ?? '', url) : null;
    if (u && !sameSite(hostOfClean(u), host) && !ids.some((id) => u.toLowerCase().includes(id))) c.addClean(u, u, textOf(as[0], 300, 50));
  }
  const visit = (el: Element): boolean | void | null => {
    if (c.out.length >= MAX) return null;
    // a repository card (dev.to's GitHub embed, classed "…-tag") is cited by the repository's link; its
    // owner's link and the links in its README are the repository's
    if (el.tagName === 'DIV' && REPO_CARD.test(el.getAttribute('class') ?? '')) {
      const as = el.getElementsByTagName('a');
      for (let i = 0; i < as.length && i < 20; i++) {
        const u = cleanUrl(as[i].getAttribute('href') ?? '', url);
        if (u && /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/?$/.test(u)) {
          c.addClean(u, u, textOf(as[i], 300, 50));
          break;
        }
      }
      return false;
    }
    if (isBoilerplate(el, inArticle) || isHidden(el) || COMPONENT.test(el.getAttribute('data-component') ?? '') || el.getAttribute('rel')?.includes('sponsored') || sponsored(el) || commentsBlock(el)) return false;
    // (a wrapper named so that holds the story, HubSpot's "hs_cos_wrapper_meta_field", is the story)
    if ((el.hasAttribute('class') || el.hasAttribute('id')) && META.test(attrs(el)) && !(firstP && el.contains(firstP) && el.getElementsByTagName('p').length > 2)) return false;
    const tag = el.tagName;
    if (el === firstP) prose = true;
    if (tag === 'P' || tag === 'DIV' || tag === 'SECTION' || tag === 'ASIDE' || tag === 'TABLE') {
      const lead = textOf(el, 60, 12);
      // a panel of switches or tabs (a paper page's "Bibliographic Tools" toggles): the site's tools
      if (tag === 'DIV' && controls(el)) return false;
      if (tag === 'P' && (PROMO.test(lead) || READ_ALSO.test(lead))) return false;
      // a small "Continue reading" / "Related" box of headlines inside the story
      if (tag !== 'P' && READ_ALSO.test(lead) && textOf(el, 700, 100).length < 600) return false;
      if (tag === 'P' && signOff(el)) return false;
      // a credit line ("Guest post by <a>Name</a>"): its link is the author's, not a source
      if ((CREDIT.test(lead) || BUILT.test(lead)) && textOf(el, 300, 60).length < 200) return false;
      // "Listen on Apple Podcasts · Spotify": where to get the episode (but "Watch on YouTube" under
      // a video embedded in the story is that video's link, cited like an embedded post)
      if (LISTEN.test(lead) && !(el.previousElementSibling?.tagName === 'IFRAME' || (tag !== 'P' && el.getElementsByTagName('iframe').length))) return false;
      // a newsletter's sponsor slot ("Together with Acme", "Presented by …"): a small block that opens so
      if (tag !== 'P' && SPONSOR.test(lead) && textOf(el, 1200, 300).length < 1000) return false;
      // a roundup's sponsored story, its headline tagged "(Sponsor)": the headline and its blurb
      const f = el.firstElementChild;
      if (tag !== 'P' && f && PAID_TAG.test(textOf(f, 200, 40))) return false;
    }
    if (el.tagName === 'PRE' && CITE_SELF.test(textOf(el, 40, 10))) return false;
    // an embedded post (a tweet, a toot) is cited by its permalink; the links in its text (t.co, hashtags) are its author's
    if ((el.tagName === 'BLOCKQUOTE' || el.tagName === 'DIV') && EMBED.test(el.getAttribute('class') ?? '')) {
      const as = el.getElementsByTagName('a');
      for (let i = as.length - 1; i >= 0 && i >= as.length - 10; i--) {
        const u = cleanUrl(as[i].getAttribute('href') ?? '', url);
        if (u && /\/status(?:es)?\/\d+|\/post\/\w+|\/@[\w.]+\/\d+/.test(u)) {
          c.addClean(u, u, textOf(as[i], 300, 50));
          break;
        }
      }
      return false;
    }
    // photo credits and the tool a diagram was drawn with ("made with Excalidraw") are not cited sources
    if (el.tagName === 'FIGCAPTION' && /photo|image|credit|illustration|getty|unsplash|foto|bild|\b(?:made|created|drawn|generated|rendered) (?:with|in|using)\b/i.test(textOf(el, 300, 40))) return false;
    if (el.tagName !== 'A') return;
    if (links++ > 3000) return null;
    if (BUILT.test(textOf(el, 40, 8)) || PAID_TAG.test(textOf(el, 200, 40))) return false;
    // before the story's first paragraph, a link outside any prose block belongs to its header: the
    // author's avatar, a player's "listen on" row, the paper's PDF/code buttons
    if (!prose && !proseBlock(el)) return false;
    const href = el.getAttribute('href') ?? '';
    // a relative link stays on the page's own site (checked before parsing any URL)
    if (host && pageHttp && RELATIVE.test(href.trim())) return false;
    const raw = cleanUrl(href, url);
    if (!raw) return false;
    // (paid redirects are dropped before any unwrapping)
    if (AFFILIATE.test(raw.slice(0, 300).replace(/^https?:\/\//, ''))) return false;
    const u = unwrap(raw);
    const h = hostOfClean(u);
    if ((h === host || (sameSite(h, host) && !citedInProse(el))) || SHARE.test(u.slice(0, 300).replace(/^https?:\/\//, '')) || /\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]|$)/i.test(u)) return false;
    if (ids.length && ids.some((id) => u.toLowerCase().includes(id))) return false;
    if (PROFILE.test(u.slice(0, 300).replace(/^https?:\/\//, ''))) return false;
    // "Follow" (a sign-in page), "Sign in to comment": a platform's login, never cited
    if (ACCOUNT.test(u.slice(0, 300))) return false;
    // cleanUrl(u) === u: u is already clean
    c.addClean(u, u, textOf(el, 300, 50));
    return false;
  };
  // the story's lead figure, set just above its marked body: its caption may cite the chart's data
  if (inArticle)
    for (let f = root.previousElementSibling, i = 0; f && i < 4; f = f.previousElementSibling, i++)
      if (f.tagName === 'FIGURE') {
        walk(f, visit, 200);
        break;
      }
  walk(root, visit, 10000);
  return c.out;
}
