/**
 * Sentence splitting in any language.
 *
 * `Intl.Segmenter` (granularity "sentence") does the splitting where it exists (every current
 * browser, Node ≥ 16 with ICU). Its Unicode rules do not know abbreviations, so the segments are
 * then re-joined where a break follows a title ("Dr.", "Mr."), an initial ("J. Smith"), a
 * dotted acronym followed by a name ("U.S. Senate") or is followed by a lower-case word. Where
 * Segmenter is missing, a regex splitter with the same rules takes over: terminal punctuation
 * (. ! ? … and the CJK 。！？), optional closing quotes/brackets, then space or a CJK boundary.
 * Decimals ("3.5"), times ("10.30") and URLs never split because a break needs a space (or CJK
 * full-width punctuation) after the terminal.
 *
 * Pure and deterministic; linear in the text length.
 */

/**
 * Titles and abbreviations that do not end a sentence before a capitalized word ("Dr. Smith",
 * "Sen. Warren", "vgl. Abschnitt"). Lower-case, without the final dot. Words that often DO end a
 * sentence ("me", "no", "etc", "Inc", "al") are not here.
 */
const TITLES = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'capt', 'sgt', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'supt', 'insp', 'cpl', 'pvt', 'adm', 'cmdr', 'maj', 'messrs', 'vs', 'dept', 'cf', 'eds',
  'e.g', 'i.e', 'ph.d',
  // German
  'bzw', 'evtl', 'ggf', 'hr', 'fr', 'vgl', 'bspw', 'inkl', 'zzgl', 'z.b', 'd.h', 'u.a',
  // French, Spanish, Italian, Dutch
  'mme', 'mlle', 'pr', 'sra', 'srta', 'dra', 'sig', 'dott', 'ing', 'avv', 'dhr', 'mevr', 'p.ex', 'c.-à-d',
]);
/** Abbreviations that do not end a sentence before a number ("No. 5", "Fig. 3", "Jan. 12", "S. 14"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'nr', 'vol', 'pp', 'p', 's', 'fig', 'figs', 'ca', 'approx', 'str', 'art', 'abs', 'bd', 'ch', 'sec', 'tel',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Dotted acronyms ("U.S.", "e.g.", "Ph.D.") and single-letter initials ("J."). */
const DOTTED = /(?:^|[\s("'“‘«])((?:\p{L}\.){2,}|\p{L}\.)$/u;
/** The last word before the final dot of a segment. */
const LAST_WORD = /(?:^|[\s("'“‘«])([\p{L}.-]+)\.$/u;
/** Words that start a new sentence after a dotted acronym ("… in the U.S. The company …"). */
const STARTERS = new Set(
  'the a an he she it they we i you this that these those there his her its their in on at but and or so yet if when while after before as for with by from however meanwhile still then now on der die das ein eine er sie es wir ich le la les il elle ils nous je el los las ella'.split(
    ' ',
  ),
);

const CJK_TERMINAL = /[。！？｡]["'”’」』）)]*$/u;

function shouldJoin(prev: string, next: string, lang?: string): boolean {
  // Only the ends matter: look at a bounded tail and head (keeps joining linear on hostile text).
  const p = prev.slice(-120).trimEnd();
  const n = next.slice(0, 120).trimStart();
  if (!p || !n) return true;
  if (CJK_TERMINAL.test(p)) {
    // Japanese quotative after a closing bracket: 「はい。」と彼は言った。
    return /[」』]$/u.test(p) && /^(?:と|って)/u.test(n);
  }
  if (!p.endsWith('.')) {
    // "?" or "!" inside a quote followed by a lower-case attribution: ‘Why?’ he asked.
    return /[?!]["'”’»]?$/u.test(p) && /^\p{Ll}/u.test(n) && /^(?:he|she|they|we|i|it|said|says|asked|added)\b/u.test(n);
  }
  // A lower-case (or digit-led continuation) word after the dot: an abbreviation, not a break.
  if (/^\p{Ll}/u.test(n)) return true;
  const dotted = DOTTED.exec(p);
  if (dotted) {
    const acronym = dotted[1];
    if (acronym.length === 2) return true; // single initial "J." (a one-letter word never ends a sentence)
    const lower = acronym.toLowerCase().slice(0, -1);
    if (['e.g', 'i.e', 'z.b', 'd.h', 'u.a', 'p.ex'].includes(lower)) return true;
    const first = /^[\p{L}']+/u.exec(n)?.[0].toLowerCase() ?? '';
    return !!first && !STARTERS.has(first);
  }
  // German ordinals and dates: "am 3. Oktober", "der 2. Platz".
  if (lang && /^de\b/i.test(lang) && /(?:^|\s)\d{1,2}\.$/.test(p)) return true;
  const m = LAST_WORD.exec(p);
  if (!m) return false;
  const word = m[1].toLowerCase();
  return TITLES.has(word) || (BEFORE_NUMBER.has(word) && /^\d/.test(n));
}

/** No sentence grows past this by joining (a run of initials on a hostile page). */
const MAX_SENTENCE_CHARS = 2000;

type SegmenterCtor = new (
  locales?: string | string[],
  options?: { granularity?: 'grapheme' | 'word' | 'sentence' },
) => { segment(input: string): Iterable<{ segment: string }> };

function getSegmenter(): SegmenterCtor | null {
  const I = (globalThis as { Intl?: { Segmenter?: SegmenterCtor } }).Intl;
  return I && typeof I.Segmenter === 'function' ? I.Segmenter : null;
}

/** A raw split with a regex: terminal punctuation + optional closers, then whitespace or CJK. */
function regexSegments(text: string): string[] {
  const out: string[] = [];
  // After [.!?…] + closers: need whitespace. After CJK terminals: break right away.
  const re = /[.!?…]+(?:["'”’»)\]]|\s»)*(?=\s)|[。！？｡]+["'”’」』）)]*/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Segmenter = { segment(input: string): Iterable<{ segment: string }> };
// Segmenters are costly to build (ICU data): one per language, kept.
const segmenters = new Map<string, Segmenter>();

function segmenterFor(Seg: SegmenterCtor, lang: string | undefined): Segmenter {
  const key = lang || '';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Seg(lang || undefined, { granularity: 'sentence' });
    } catch {
      seg = new Seg(undefined, { granularity: 'sentence' });
    }
    if (segmenters.size > 32) segmenters.clear();
    segmenters.set(key, seg);
  }
  return seg;
}

/** Segments, lazily: the caller may stop early (Segmenter iterates on demand). */
function* rawSegments(text: string, lang?: string): Iterable<string> {
  const Seg = getSegmenter();
  if (!Seg) return yield* regexSegments(text);
  for (const s of segmenterFor(Seg, lang).segment(text)) yield s.segment;
}

export interface SplitOptions {
  /** BCP 47 language tag of the text, e.g. "en", "de", "zh-CN". */
  lang?: string;
  /** Force the regex splitter (tests; environments without Intl.Segmenter). */
  noSegmenter?: boolean;
  /** Stop after this many sentences (bounded work on huge or hostile text). */
  max?: number;
}

/**
 * Split one block of text (a paragraph) into sentences, trimmed and whitespace-collapsed,
 * empty ones dropped. Line breaks are treated as spaces: split paragraphs yourself first.
 */
export function splitSentences(text: string, opts: SplitOptions = {}): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const raw = opts.noSegmenter ? regexSegments(clean) : rawSegments(clean, opts.lang);
  // Segmenter may break inside a run like "?!" or after a closing quote: re-join abbreviations.
  const out: string[] = [];
  let carry = '';
  const max = opts.max ?? Infinity;
  for (const r of raw) {
    if (out.length > max) break;
    let s = carry + r.trim();
    carry = '';
    // Closing quotes/brackets that landed at the start of the next segment belong to the previous one.
    const close = /^[»”」』）)\]]+/u.exec(s);
    if (close && out.length) {
      out[out.length - 1] += (close[0] === '»' ? ' ' : '') + close[0];
      s = s.slice(close[0].length).trim();
    }
    // Opening quotes/brackets stranded at the end of a segment belong to the next one.
    const open = /\s*[「『（(“‘«]+$/u.exec(s);
    if (open && open.index > 0) {
      carry = open[0].trim();
      s = s.slice(0, open.index).trim();
    }
    if (!s) continue;
    if (out.length && out[out.length - 1].length < MAX_SENTENCE_CHARS && shouldJoin(out[out.length - 1], s, opts.lang)) out[out.length - 1] += (/^[\u3000-\u30ff\u4e00-\u9fff]/u.test(s) ? '' : ' ') + s;
    else if (out.length && !/[\p{L}\p{N}]/u.test(s)) out[out.length - 1] += s; // stray punctuation/closer
    else out.push(s);
  }
  if (carry) {
    if (out.length) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** Split text with paragraph breaks (blank lines or single newlines) into sentences, paragraph by paragraph. */
export function splitParagraphSentences(paragraphs: string[], opts: SplitOptions = {}): string[][] {
  return paragraphs.map((p) => splitSentences(p, opts));
}
