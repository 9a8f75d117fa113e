/**
 * Label vocabularies, matched against a cleaned (lower-cased, trimmed, punctuation-stripped) label.
 * Short regex sources: en, zh, ja, ko, de, fr, es, it, pt, ru, ar (+ a few nl, tr, pl).
 */

// labels that name a TL;DR or a list of takeaways: the content's shape decides.
// (Regex literals, read through .source: bundlers keep their non-ASCII text unescaped.)
const BOTH =
  /at a glance|in (?:brief|short)|(?:the )?gist|quick take|(?:the )?big picture|(?:[一二三]?行)?まとめ|(?:[한세두\d]? ?줄 ?)?요약|auf einen blick|한눈에 보기|das wichtigste in kürze|(?:das wichtigste )?im überblick|en bref|in (?:breve|sintesi)|en resumen|em resumo|вкратце|кратко|коротко о главном|in het kort|(?:(?:a |the |quick |our )?recap)|(?:the )?upshot|summary of (?:the )?(?:key )?findings|zusammengefasst|итоги|الخلاصة/.source;

const TLDR =
  /(?:the )?(?:tl[;:,.；：，/-]? ?dr(?: version)?|too long[;,]? ?didn[’']?t read|brief(?:ly)?|short (?:version|answer)|(?:la )?respuesta corta|(?:la )?réponse courte|(?:die )?kurze antwort|(?:a )?resposta curta|(?:quick|brief|tl;?dr) version|to sum (?:it )?up|summing up|the short of it|here[’']s the (?:gist|short version|summary)|(?:in |article |ai |executive |quick |short |brief |story |key |a |episode |video |podcast |show |ai[- ]generated |ai[- ]powered |auto[- ]?generated )?summary|summary by ai|ai (?:recap|overview)|bottom line|topline|in a nutshell|(?:if you(?:['’]re| are) )?short on time|(?:the )?(?:one|1|two|2|five|5|30|60)[- ](?:minute|second) (?:version|read|summary)|(?:the )?elevator pitch|in (?:today[’']s|this) (?:issue|edition|newsletter)|long story short|synopsis|abstract|to summari[sz]e|summary of (?:the |this )?(?:article|story|post|report|paper))|기사 ?요약|özetle|kısaca|(?:重[點点]|内容|內容)?摘要|概要|要[約旨]|概述|[简簡]介|[总總][结結]|한줄 ?요약|zusammenfassung|kurzfassung|kurz gesagt|in kürze|résumé|en résumé|resumen|en breve|riassunto|sintesi|resumo|краткое содержание|коротко|резюме|ملخص|الملخص|باختصار|özet|samenvatting|podsumowanie|太[长長]不看(?:版)?|[导導][读讀]|en pocas palabras|em poucas palavras|ringkasan|tóm tắt|sammanfattning|sammendrag|підсумок|коротко про головне|sammenfatning|kort (?:fortalt|sagt)|kurz (?:und|&) knapp|de un vistazo|en s[ií]ntesis|em s[ií]ntese|resumindo|riepilogo|in pillole|streszczenie|w skrócie|shrnutí|stručně|ve zkratce|v kostce|zkráceně|v skratke|what happened|összefoglal[óa]|röviden|tiivistelmä|lyhyesti|περίληψη|συνοπτικά|תקציר|בקצרה|सारांश|สรุป|简而言之|[长長]话短说|長話短說|一句[话話][总總][结結]|ざっくり(?:言うと)?|一言で(?:言うと)?/.source + '|' + BOTH;

const TAKEAWAYS =
  /(?:(?:(?:here are )?(?:the|our|my) )?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) )?(?:(?:key|main|top|quick|big|biggest|major) )?(?:take[- ]?aways?|highlights)|(?:the )?(?:(?:\d+|three|four|five|six|seven|eight|nine|ten) )?(?:key|main|top|major|\d+) (?:points|facts|findings|lessons|insights|things to know))(?: (?:from|for|on|about|of|in|by) [^]{1,40}| at a glance)?|(?:quick|fast) facts|(?:(?:the|our) )?(?:(?:key|main|top|major) )?(?:insights|conclusions|findings|messages)|key (?:details|lessons)|(?:the )?essentials|(?:summary|bullet) points|need[- ]to[- ]know|cheat ?sheet|what we found|what (?:it|this) means(?: for [^]{1,30})?|things (?:to know|we learned)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) things (?:to know|you need to know|we learned|to remember)|what we learned|key moments|what you should know|summary of (?:the )?key points|(?:the )?(?:most )?important points|(?:story|article|report|episode) highlights|lessons (?:learned|learnt)|key learnings|(?:the )?need to know|what we know(?: so far| now)?|(?:here(?:['’]s| is) )?what (?:you )?(?:need|should) to know|what to know|why (?:it|this) matters|warum (?:das|es) wichtig ist|pourquoi c[’']est important|por qu[ée] (?:importa|es importante)|perch[ée] è importante|por que (?:isso )?importa|почему это важно|(?:[一二三四五六七八九十\d]+(?:大|个|個|つの)?)?(?:要[点點]|重[点點]|ポイント|看[点點])|[划劃]重[点點]|(?:本文|文章|全文|本篇)要[点點]|この記事のポイント|この記事(?:で|から)(?:わかる|分かる)こと|(?:この)?記事の(?:要点|ポイント)|[关關][键鍵]要[点點]|要[点點]回[顾顧]|本文重[点點]|핵심(?: ?요약| ?정리)?|주요 ?내용|요점|(?:das )?wichtigste|(?:die )?wichtigsten (?:punkte|fakten)|kernaussagen|(?:die )?kernpunkte|(?:die )?wichtigsten erkenntnisse|was sie wissen (?:müssen|sollten)|(?:les )?points? clés|(?:points |ce qu[’']il faut )?à retenir|ce qu[’']il faut retenir|ce qu[’']il faut savoir|(?:les )?points essentiels|l[’']essentiel(?: à retenir)?|(?:los )?puntos clave|(?:las )?claves|(?:datos|ideas|aspectos) clave|conclusiones|lo más importante|lo esencial|lo que (?:hay que|debes|necesitas) saber|(?:i )?punti chiave|(?:i )?punti principali|(?:le )?cose da sapere|cosa (?:c[’']è da )?sapere|(?:os )?pontos[- ]chave|principais pontos|pontos principais|principais conclusões|o essencial|o que (?:você )?precisa saber|destaques|ключевые (?:моменты|выводы)|главное|основное|главные (?:тезисы|выводы|моменты)|что важно знать|основные (?:моменты|тезисы)|что нужно знать|выводы|ключевые тезисы|главное из статьи|что известно|(?:핵심|주요) ?포인트|(?:要[点點]|ポイント)まとめ|核心(?:要[点點]|[观觀][点點])|要[点點]速[览覽]|(?:de )?belangrijkste punten|kernpunten|kluczowe wnioski|मुख्य बिंदु|öne çıkanlar|najważniejsze(?: (?:informacje|punkty))?|النقاط الرئيسية|أبرز النقاط|أهم النقاط|poin (?:penting|utama)|intisari|(?:những )?điểm (?:chính|nổi bật)|det (?:viktigaste|vigtigste|viktigste)|viktigaste punkterna|tärkeimmät|hlavní body|co je důležité|najważniejsze punkty|τα βασικά|κύρια σημεία|עיקרי הדברים|головне|ключові (?:моменти|тези)|मुख्य बातें|ประเด็นสำคัญ|önemli noktalar/.source + '|' + BOTH;

const SOURCES =
  /(?:(?:primary |data |cited )?sources?(?: (?:and|&) (?:attribution|references|credits|further reading|notes|links|resources|methodology))?|sources (?:cited|used)|references?(?: (?:and|&) (?:notes|further reading|links|resources))?|citations|(?:foot|end)?notes?|notes (?:and|&) (?:references|sources)|bibliography|(?:further|additional) reading(?: (?:and|&) (?:sources|references|resources))?|(?:further |additional |useful |external )?resources(?: (?:from|for|in|mentioned in) (?:this|the) (?:episode|article|post|story|video|issue))?|(?:useful |external |source |reference )?links|links mentioned|links (?:from|for|in|mentioned in) (?:this|the|today[’']s) (?:episode|show|issue|video|talk)|(?:episode|show) links|works cited|notes? (?:to|for) editors|editors['’]? notes|(?:links|notes|resources|credits|citations) (?:and|&) (?:further reading|sources|references|resources|links|notes))|quellen(?:angaben)?|quelle|literatur|weiterführende (?:links|literatur)|pour aller plus loin|pour en savoir plus|lectures? complémentaires?|para saber m[aá]s|lecturas? (?:recomendadas|adicionales)|per approfondire|letture consigliate|leituras? (?:recomendadas|complementares)|verder lezen|einzelnachweise|fu(?:ß|ss)noten|endnoten|anmerkungen|fuentes?|referencias|notas|notes et références|références|bibliograf[ií]a|fonti|fontes?|riferimenti|referências|источники?|ссылки|литература|примечания|المصادر|المراجع|مصادر|参考(?:文献|[资資]料|链接|リンク)?|出典|[来來]源|[资資]料[来來]源|引用元?|출처|참고 ?(?:문헌|자료)|kaynaklar|bronnen|źródła/.source;

// Matched against cleaned labels (cleanLabel lower-cases them): no case-insensitive flag, which
// makes these big alternations cheaper to compile and to run.
const full = (s: string) => new RegExp('^(?:' + s + ')$');

export const TLDR_LABEL = full(TLDR);
export const TAKEAWAYS_LABEL = full(TAKEAWAYS);
export const SOURCES_LABEL = full(SOURCES);
/** Any section label: content of one labelled section stops at the next. */
export const ANY_LABEL = full(TLDR + '|' + TAKEAWAYS + '|' + SOURCES);

/** Class/id hints for containers (tested on lower-cased class + id). */
export const TLDR_CLASS = /(^|[\s_-])(tl-?;?dr|tldr|tl_dr|summary-box|key-summary|ai-summary|in-brief|bottom-line|at-a-glance|zusammenfassung|kurzfassung)($|[\s_-])/;
export const TAKEAWAYS_CLASS = /(^|[\s_-])(key-?takeaways?|takeaways?|key-?points?|keypoints?|main-?points|key-?highlights|highlights|key-?facts|quick-?facts|what-to-know|need-to-know)($|[\s_-])/;
export const SOURCES_CLASS = /(^|[\s_-])(sources|references|footnotes?|citations|endnotes?|bibliography|further-reading|reflist|works-cited)($|[\s_-])/;

export { TICKER_LABEL, TICKER_CLASS } from './ticker-words';

import { attrs, cleanLabel, commentsBlock, HEADING, isBoilerplate, lower, perTask, squash, tagSet, textOf, walk } from './dom';

export type Kind = 'tldr' | 'takeaways' | 'sources';
/**
 * A labelled section: `head` = a label-only element (heading, bold line) whose content follows it;
 * `lead` = a block that starts with its label ("TL;DR: …"); `box` = a container marked by class.
 */
export interface Hit {
  kind: Kind;
  mode: 'head' | 'lead' | 'box';
  el: Element;
  /** The label also names another kind (e.g. "At a glance": a TL;DR or takeaways). */
  amb: boolean;
}

const RE: Record<Kind, RegExp> = { tldr: TLDR_LABEL, takeaways: TAKEAWAYS_LABEL, sources: SOURCES_LABEL };
const CLS: Record<Kind, RegExp> = { tldr: TLDR_CLASS, takeaways: TAKEAWAYS_CLASS, sources: SOURCES_CLASS };
const KINDS: Kind[] = ['tldr', 'takeaways', 'sources'];
const SRC: Record<Kind, string> = { tldr: TLDR, takeaways: TAKEAWAYS, sources: SOURCES };
const SEP = '[\\s:：.,;!?—–|>»\\-】\\]）)*_]';
// built on first use: big case-insensitive Unicode regexes are costly to compile
const LEAD: Partial<Record<Kind, RegExp>> = {};
const STRIP: Partial<Record<Kind, RegExp>> = {};
// a lead-in label, tested on the lower-cased text after the leading punctuation (see leadWindow)
const leadRe = (s: string) => new RegExp('^(?:' + s + ')\\s*(?:[:：|】\\]）)]|[—–\\-;.]\\s)');
const lead = (k: Kind) => (LEAD[k] ??= leadRe(SRC[k]));
let anyLead: RegExp | undefined;
// (no flags: matched against lower-cased text; a case-insensitive Unicode regex of the whole
// vocabulary took 10–20 ms to compile, on the first page a reader opened)
const strip = (k: Kind) => (STRIP[k] ??= new RegExp('^(?:(?:show|read|view|see|expand|open|toggle|hide) (?:the )?)?(?:' + SRC[k] + ')(?:\\s*\\([^()]{0,30}\\))?' + SEP + '*'));
/** One leading character that is no part of a label: space, punctuation, symbol, mark, digit. */
const JUNK = /^[\s\p{P}\p{So}\p{M}\d]/u;
/** A toggle's verb before a label ("Show TL;DR", "Read the summary"). */
// ("Open source", a newsletter's section on open models, is no toggle over a source)
const VERB = /^(?:show|read|view|see|expand|open|toggle|hide) (?:the |a |an |our )?(?!source$)/;

/** Removes a leading label of this kind from a text. */
export function stripLabel(kind: Kind, t: string): string {
  // leading punctuation, symbols (emoji), marks and digits, by code point
  let j = 0;
  while (j < t.length && j < 40) {
    const c = t.charCodeAt(j);
    if (c < 128 ? !(isAsciiLeadJunk(c) || (c >= 48 && c <= 57) || c === 9 || c === 10 || c === 13) : !JUNK.test(String.fromCodePoint(t.codePointAt(j)!))) break;
    j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  const w = t.slice(j, j + 160);
  const low = lower(w);
  // (lower-casing that changes the length would misplace the cut: keep the text)
  if (low.length !== w.length) return t.trim();
  const m = strip(kind).exec(low);
  return m ? t.slice(j + m[0].length).trim() : t.trim();
}

/**
 * Could a label be written here? Labels are short: none is longer than 30 characters without
 * digits. A cheap necessary condition tested before the big label regexes.
 */
export function labelSized(lab: string): boolean {
  return lab.length <= 48 || /\d/.test(lab);
}

/** ASCII space and \p{P} characters (not the ASCII symbols: $ + < = > ^ ` | ~). */
const isAsciiLeadJunk = (c: number) =>
  c === 32 || c === 33 || c === 34 || c === 35 || (c >= 37 && c <= 42) || (c >= 44 && c <= 47) || c === 58 || c === 59 || c === 63 || c === 64 || (c >= 91 && c <= 93) || c === 95 || c === 123 || c === 125;
const JUNK_END = /[^\s\p{P}\p{So}\p{M}]/u;
const LEAD_SEP = /[:：|】\]）)—–\-;.]/;
/**
 * Where a lead-in label ("TL;DR: …") would be: the text after the leading punctuation, symbols and
 * marks, lower-cased, as long as a label and its separator can be (a label is at most ~30
 * characters); '' when it holds no separator, so no label can lead the text.
 */
function leadWindow(pre: string): string {
  // ASCII spaces and punctuation by hand; the Unicode-class regex only at another character
  let j = 0;
  while (j < pre.length && isAsciiLeadJunk(pre.charCodeAt(j))) j++;
  if (j === pre.length) j = -1;
  else if (pre.charCodeAt(j) > 127) j = pre.search(JUNK_END);
  if (j < 0) return '';
  const w = pre.slice(j, j + 64);
  return LEAD_SEP.test(w) ? lower(w) : '';
}

const TEXTY = tagSet(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DT', 'SUMMARY', 'BLOCKQUOTE', 'LI', 'LABEL', 'FIGCAPTION', 'TH', 'CAPTION', 'LEGEND', 'EM', 'MARK', 'I', 'U']);
const WRAP = tagSet(['DIV', 'SPAN', 'ASIDE', 'SECTION', 'HEADER', 'DD', 'TD', 'FOOTER', 'DETAILS']);
export const INLINE = tagSet(['STRONG', 'B', 'EM', 'I', 'U', 'SPAN', 'MARK', 'SMALL', 'A', 'CODE', 'SUP', 'SUB', 'FONT', 'ABBR', 'TIME', 'IMG', 'BR', 'S', 'Q', 'CITE', 'SVG', 'svg', 'PICTURE']);
const SKIP_TAG = tagSet(['NAV', 'FORM', 'DIALOG', 'MENU']);
const SKIP_ROLE = tagSet(['navigation', 'contentinfo', 'search', 'menu', 'menubar', 'dialog']);
const PHRASING = tagSet(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const OPEN = tagSet(['BODY', 'ARTICLE', 'MAIN', 'HTML']);
const SIDEBAR = /(^|[\s_-])(?<!(?:has|no|with|without)[-_])(sidebar|side-bar|widget-area|rightrail|right-rail)([\s_-]|$)/;
const SKIPBP = /(^|[\s_-])(?<!(?:has|no|with|without|is|show|hide)[-_])(related|share|sharing|social|comments?|disqus|newsletter|subscri|sponsor|promo|advert|ads?|cookie|consent|breadcrumbs?|menu|nav|navbar|toc|table-of-contents|recommend|popular|most-read|more-stories|read-next|signup|modal|popup|site-footer|global-footer)(?=$|[\s_-]|[A-Z]|s\b)/;

/** Class words that name a module only when the block is small (a signup box, a menu, a promo). */
const SOFTBP = /(^|[\s_-])(related|share|sharing|social|comments?|disqus|sponsor|advert|ads?|cookie|consent|breadcrumbs?|most-read|more-stories|read-next|modal|popup|site-footer|global-footer)(?=$|[\s_-]|[A-Z]|s\b)/;

/**
 * A block whose class only sounds like a module ("newsletter-body", "page nav-open", "promo-free")
 * but that holds the article's text: paragraphs (3+) and text (400+ characters). Blocks named for comments,
 * sharing, ads or related links are skipped whatever their size.
 */
function bodyLike(el: Element, a: string): boolean {
  if (SOFTBP.test(a)) return false;
  return el.getElementsByTagName('p').length >= 3 && textOf(el, 800, 400).length >= 400;
}

/** Does the element start directly with text (not with a block child)? */
function startsWithText(el: Element): boolean {
  for (let n = el.firstChild, i = 0; n && i < 6; n = n.nextSibling, i++) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return true;
    } else if (n.nodeType === 1) return INLINE.test((n as Element).tagName);
  }
  return false;
}

const LIST_ITEMS = 40;

/** All labelled sections of the page in document order (cached for the current task). */
export function scanLabels(doc: Document): Hit[] {
  return perTask(doc, 'labels', () => scan(doc));
}

function scan(doc: Document): Hit[] {
  const hits: Hit[] = [];
  const body = doc.body;
  if (body) {
    let artDepth = 0;
    // items read per list: a section label is not the 41st item of a long list (link farms,
    // reference lists of thousands of items stay cheap)
    const perList = new Map<Element, number>();
    let hasArticle: boolean | undefined;
    walk(body, (el, depth) => {
      if (artDepth && depth <= artDepth) artDepth = 0;
      const tag = el.tagName;
      if (tag === 'LI') {
        const p = el.parentElement;
        if (p) {
          const k = (perList.get(p) ?? 0) + 1;
          perList.set(p, k);
          if (k > LIST_ITEMS) return false;
        }
      }
      if (tag === 'ARTICLE' || tag === 'MAIN') artDepth = depth;
      const named = el.hasAttribute('class') || el.hasAttribute('id');
      const a = named ? attrs(el) : '';
      const role = el.getAttribute('role');
      // (an article's or main's class names its kind, "newsletter-post": it is no boilerplate)
      if (SKIP_TAG.test(tag) || (tag === 'FOOTER' && !artDepth) || (role && SKIP_ROLE.test(role)) || (named && !OPEN.test(tag) && SKIPBP.test(a) && !bodyLike(el, a))) return false;
      // a comment thread under its heading ("Kommentare (48)"): a commenter's "Zusammenfassung:" is not the page's
      if (!OPEN.test(tag) && !HEADING.test(tag) && !INLINE.test(tag) && commentsBlock(el)) return false;
      // the page's sidebar beside its <article> ("Key points of our methodology" widget) is not the article's
      // (a layout wrapper named for its rail, "b-right-rail-advanced", holds the article itself)
      if ((tag === 'ASIDE' || (named && SIDEBAR.test(a))) && (hasArticle ??= !!body.getElementsByTagName('article').length) && !el.closest('article') && !el.getElementsByTagName('article').length && !el.getElementsByTagName('h1').length) return false;
      if (!HEADING.test(tag) && !INLINE.test(tag) && !OPEN.test(tag)) {
        // a container marked by class, or named by aria-label ("TL;DR", "Key takeaways")
        const ar = el.getAttribute('aria-label');
        const al = ar ? cleanLabel(ar) : '';
        const alOk = !!al && labelSized(al);
        if (named || alOk)
          for (const k of KINDS) if ((named && CLS[k].test(a)) || (alOk && RE[k].test(al))) hits.push({ kind: k, mode: 'box', el, amb: false });
      }
      // nothing below a link is a section label (a table of contents' "Sources" is not one)
      if (tag === 'A') return false;
      // an accordion: the label is a <button> (which the walk and textOf skip), alone in a heading
      // (<h3><button>Key takeaways</button></h3>) or first in its container; the panel follows
      const fb = el.firstElementChild;
      if (fb && fb.tagName === 'BUTTON' && !OPEN.test(tag)) {
        const bt = textOf(fb, 100, 20);
        const bl = bt.length <= 80 ? cleanLabel(bt) : '';
        if (bl && labelSized(bl) && ANY_LABEL.test(bl)) {
          const at = HEADING.test(tag) && !textOf(el, 20, 20) ? headBlock(el) : fb;
          const found = KINDS.filter((k) => RE[k].test(bl)).map((k): Hit => ({ kind: k, mode: 'head', el: at, amb: false }));
          if (found.length > 1) for (const h of found) h.amb = true;
          hits.push(...found);
          if (at !== fb) return false;
        }
      }
      // a quote signed with a label at its foot (<blockquote><p>…</p><cite>まとめ</cite></blockquote>,
      // a pull quote): the quote is that box
      if ((tag === 'CITE' || tag === 'FIGCAPTION') && !el.nextElementSibling && el.previousElementSibling && /^(BLOCKQUOTE|FIGURE)$/.test(el.parentElement?.tagName ?? '')) {
        const ct = textOf(el, 60, 20);
        const cl = ct.length <= 40 ? cleanLabel(ct) : '';
        if (cl && labelSized(cl) && ANY_LABEL.test(cl)) {
          const found = KINDS.filter((k) => RE[k].test(cl)).map((k): Hit => ({ kind: k, mode: 'box', el: el.parentElement as Element, amb: false }));
          if (found.length > 1) for (const h of found) h.amb = true;
          hits.push(...found);
          return false;
        }
      }
      if (!(TEXTY.test(tag) || (WRAP.test(tag) && startsWithText(el)))) return;
      // a column header of a data table ("Model | Summary | Price") labels a column, not a section
      if ((tag === 'TH' || tag === 'TD') && (el.parentElement?.childElementCount ?? 0) > 2) return false;
      // a paragraph or heading is read here whole (its text, its lead-in, its first inline child):
      // its descendants hold no other label. (Not so for other blocks of inline content: a label
      // may follow a badge or icon inside them.)
      const done = PHRASING.test(tag) ? false : undefined;
      const pre = textOf(el, 140, 40);
      if (!pre) return done;
      // short text read with a node cap may be cut: re-read it whole before calling it a label
      // (a trailing count, "Key takeaways (3)", is not part of the label)
      let lab = pre.length <= 90 ? cleanLabel(pre) : '';
      // nor is a trailing note, "Summary (AI-generated)" (cleanLabel cut its closing parenthesis), nor a
      // toggle's verb, "Show TL;DR", "Read the summary"
      if (lab.includes('(')) lab = lab.replace(/\s*\([^()]{0,30}$/, '');
      if (lab.length > 5 && VERB.test(lab)) lab = lab.replace(VERB, '');
      // nor an AI badge after it ("Key points · AI-generated", "Summary generated by AI")
      if (lab.length > 8 && AI_BADGE.test(lab)) lab = lab.replace(AI_BADGE, '');
      // one test against all the vocabularies first; the per-kind tests only when one matched
      const anyHead = !!lab && labelSized(lab) && ANY_LABEL.test(lab);
      const w = leadWindow(pre);
      const anyW = !!w && (anyLead ??= leadRe(TLDR + '|' + TAKEAWAYS + '|' + SOURCES)).test(w);
      const fmt = formatLabel(el);
      const anyFmt = !!fmt && ANY_LABEL.test(fmt);
      if (!anyHead && !anyW && !anyFmt) return done;
      // a table of contents' entry or a link to another page ("<li><a>Summary</a></li>") names that
      // place, not a section here (a heading's own anchor link, <h2><a href="#x">Sources</a></h2>, does)
      if (anyHead && !HEADING.test(tag) && linkOnly(el, pre)) return false;
      let found: Hit[] = [];
      let whole: boolean | undefined;
      for (const k of KINDS) {
        if (anyHead && RE[k].test(lab) && (whole ??= textOf(el, 140, 400) === pre)) found.push({ kind: k, mode: 'head', el: headBlock(el), amb: false });
        else if ((anyFmt && RE[k].test(fmt)) || (anyW && lead(k).test(w) && !(k === 'tldr' && proseOpener(el, w)))) found.push({ kind: k, mode: 'lead', el, amb: false });
      }
      if (!found.length) return done;
      // a label of several kinds ("At a glance", "In brief"): the content's shape decides
      if (found.length > 1) found = found.map((h) => ({ ...h, amb: true }));
      hits.push(...found);
      return false;
    }, 15000);
  }
  // drop duplicates (same element found twice)
  const seen = new Map<Element, string>();
  return hits.filter((h) => {
    const k = seen.get(h.el) ?? '';
    if (k.includes(h.kind)) return false;
    seen.set(h.el, k + h.kind);
    return true;
  });
}

// (tested on cleaned, lower-cased labels)
const AI_BADGE = /\s*(?:[·•|–—:-]\s*)?(?:(?:ai|ki|ia)[- ]?(?:generated|powered|generiert|généré|générée|generado|gerado|generato)|(?:generated|written|created|powered|made) (?:by|with) (?:ai|an ai(?: model)?)|by ai)$/;

/** Is the element's whole text one link's text? */
function linkOnly(el: Element, pre: string): boolean {
  const as = el.getElementsByTagName('a');
  if (as.length !== 1 || textOf(as[0], 140, 40) !== pre) return false;
  // (an <a> that goes nowhere, a toggle's title "<a class="toggle-title" tabindex="0">", is a button)
  return goesSomewhere(as[0]);
}

/** An <a> with a destination (not a toggle's or tab's title, an href of "#" or "javascript:"). */
function goesSomewhere(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return !!href && href !== '#' && !/^javascript:/i.test(href);
}

/** Phrases writers also open an ordinary sentence with ("The short answer: …", "Bottom line: …"). */
const OPENER = /^(?:the )?(?:short (?:answer|version)|bottom line|long story short|short of it|gist)\b|^(?:in short|in brief|briefly|to sum (?:it )?up|summing up|in a nutshell|what happened)\b/;

/**
 * A summary phrase that opens a plain paragraph of the article, unformatted and in no box, is the
 * writer's prose, not a label (a label is set off: bold, a heading, a callout, its own line).
 */
function proseOpener(el: Element, w: string): boolean {
  if (el.tagName !== 'P' || !OPENER.test(w)) return false;
  // a paragraph set wholly in bold or italics is set off from the prose
  const f = el.firstElementChild;
  if (f && el.childElementCount === 1 && /^(STRONG|B|EM|I|MARK)$/.test(f.tagName) && textOf(f, 140, 40) === textOf(el, 140, 40)) return false;
  const p = el.parentElement;
  return !!p && !/^(BLOCKQUOTE|ASIDE|DETAILS|LI|TD|DD)$/.test(p.tagName) && !(p.hasAttribute('class') && CALLOUT.test(attrs(p)));
}

/** Class words of a callout box (tested on lower-cased class + id). */
export const CALLOUT = /callout|box|note|summary|tl-?;?_?dr|highlight|card|panel|alert|info|notice|admonition|glance|brief|bottom-?line/;

/** A short element that is only a section label ("Takeaways", "Key points:", a box's title). */
export function isLabelOnly(el: Element): boolean {
  const t = textOf(el, 80, 20);
  if (!t || t.length > 60) return false;
  const l = cleanLabel(t);
  return labelSized(l) && ANY_LABEL.test(l);
}

/**
 * The would-be label of a formatted lead-in, <p><b>TL;DR</b> text</p>: the first child when inline
 * and first, cleaned; '' when there is none (or it is too long to be a label).
 */
function formatLabel(el: Element): string {
  const f0 = el.firstElementChild;
  if (!f0 || !INLINE.test(f0.tagName)) return '';
  // an icon, emoji or image before the label (<span class="icon">⚡</span><b>TL;DR</b>) is skipped:
  // the first inline child with letters is the would-be label
  let k = 0;
  for (let n: ChildNode | null = el.firstChild; n && k < 4; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      if (v.trim() && cleanLabel(v.slice(0, 40))) return '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    k++;
    // (nor a link: a logo's home link "TLDR" opens a header, not a summary)
    if (!INLINE.test((n as Element).tagName) || ((n as Element).tagName === 'A' && goesSomewhere(n as Element))) return '';
    const t = textOf(n as Element, 100, 20);
    if (t.length > 80) return '';
    const l = cleanLabel(t);
    if (l) return labelSized(l) ? l : '';
  }
  return '';
}

const AD_SLOT = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|dfp|gpt-ad|adsbygoogle)($|[\s_-])/;

const HEAD_STOP = tagSet(['BODY', 'ARTICLE', 'MAIN', 'SECTION', 'BLOCKQUOTE', 'ASIDE', 'UL', 'OL']);

/** Climbs from a label element to the outermost ancestor holding only that label. */
function headBlock(el: Element): Element {
  let cur = el;
  for (let i = 0; i < 4; i++) {
    const p = cur.parentElement;
    if (!p || HEAD_STOP.test(p.tagName)) break;
    let alone = true;
    for (let c = p.firstElementChild, i = 0; c && alone; c = c.nextElementSibling, i++)
      if (i > 6 || (c !== cur && textOf(c, 5, 20))) alone = false;
    if (!alone) break;
    cur = p;
  }
  return cur;
}

/**
 * The blocks after a label element, up to the next heading or label: following element siblings,
 * climbing out of wrappers that hold nothing else. Bounded.
 */
export function following(el: Element, max = 20, sub = false): Element[] {
  let cur: Element | null = el;
  for (let i = 0; i < 4 && cur && !cur.nextElementSibling; i++) {
    const p: Element | null = cur.parentElement;
    if (!p || /^(BODY|ARTICLE|MAIN)$/.test(p.tagName)) break;
    cur = p;
  }
  const out: Element[] = [];
  const lvl = HEADING.test(el.tagName) ? +el.tagName[1] : 7;
  for (let s = cur?.nextElementSibling ?? null; s && out.length < max; s = s.nextElementSibling) {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BR)$/.test(s.tagName)) continue;
    // a rule ends the section, unless it only sets the label off from its content
    if (s.tagName === 'HR') {
      if (out.length) break;
      continue;
    }
    // a heading ends the section (with `sub`, only one of the label's level or higher)
    if (HEADING.test(s.tagName) && (!sub || +s.tagName[1] <= lvl)) break;
    if (!HEADING.test(s.tagName) || !sub) {
      const pre = textOf(s, 100, 30);
      if (pre.length <= 90) {
        const l = cleanLabel(pre);
        if (labelSized(l) && ANY_LABEL.test(l)) break;
      }
    }
    if (isBoilerplate(s, true) && !/^(ASIDE|HEADER|FOOTER)$/.test(s.tagName)) {
      // an ad slot between a label and its content is passed over, other modules end the section
      if (s.tagName === 'INS' || AD_SLOT.test(attrs(s))) continue;
      break;
    }
    if (s.tagName === 'INS') continue;
    out.push(s);
  }
  return out;
}
