/**
 * The local extractive summarizer: a TL;DR (one or two sentences) and 3–5 key takeaways picked
 * from the article's own sentences. Pure, deterministic, no dependencies, any language.
 *
 * Method (unsupervised, explainable):
 * 1. Paragraphs → drop boilerplate lines (boilerplate.ts) → sentences (sentences.ts) → drop
 *    boilerplate sentences, duplicates and sentences too short or too long to stand alone.
 * 2. Each sentence becomes a bag of content words (lower-cased letter/digit runs; Han / kana runs
 *    as character bigrams; a small stop-word list), weighted tf·idf where idf is computed over
 *    the article's own sentences.
 * 3. Score = position prior (news puts the point first: 1 / (1 + i / k)) × (a + centrality +
 *    title overlap). Centrality is "forward" centrality (as in PacSum, Zheng & Lapata 2019): the
 *    mean cosine similarity of a sentence to the sentences AFTER it, scaled to a maximum of 1 —
 *    a sentence that the rest of the article elaborates on is a good summary sentence. Title
 *    overlap: the share of the title's content words in the sentence. Quotes and questions are
 *    lightly penalized (takeaways state facts).
 * 4. Maximal marginal relevance picks the takeaways: the best sentence not too similar to those
 *    already picked (and never one with cosine ≥ 0.5 to a picked one). They come out in
 *    document order.
 * 5. TL;DR = the first picked sentence in document order, with the next one added when it is short.
 * 6. English takeaways lose a leading connective ("But", "However,"), as they are read out of context.
 *
 * The constants were chosen by a grid search on ROUGE-1 + ROUGE-2 over articles 1–40 of the
 * development corpus (scripts/bench/summarize.ts); the scores are flat around them (±0.3).
 * Cost: O(n²) similarities over at most MAX_SENTENCES candidates; a few ms for 2,000 words.
 */
import { cleanSentence, isBoilerplate } from './boilerplate';
import { splitSentences } from './sentences';

export interface LocalSummary {
  /** One or two sentences; '' when the text has no usable sentence. */
  tldr: string;
  /** 3–5 sentences in document order (fewer for short texts), never duplicated. */
  takeaways: string[];
}

export interface SummarizeOptions {
  /** BCP 47 language of the text ("en", "de", "zh-CN"); improves splitting. */
  lang?: string;
  /** The article's title: sentences sharing its words rank higher. */
  title?: string;
  /** Number of takeaways wanted, clamped to 3–5 (default 3). Short texts give fewer. */
  count?: number;
}

/** Tunable constants (exported for the benchmark; the defaults are what ships). */
export interface Params {
  /** Position decay: the prior is 1 / (1 + i / posK). */
  posK: number;
  /** Centrality offset: score ∝ prior × (centBase + centrality + titleW · title overlap). */
  centBase: number;
  /** Weight of the title overlap bonus (not tuned: the development corpus has no titles). */
  titleW: number;
  /** MMR trade-off: λ·score − (1 − λ)·max similarity to picked sentences. */
  lambda: number;
  /** Candidate sentence length bounds in word-equivalents. */
  minWords: number;
  maxWords: number;
  /** Multiplier for sentences that open with a quote or are questions. */
  quotePenalty: number;
  /** A sentence at least this similar (cosine) to a picked one is never picked too. */
  maxSim: number;
  /** Trim leading connectives ("But", "However,") from English takeaways. */
  trim: boolean;
}

export const DEFAULT_PARAMS: Params = {
  posK: 10,
  centBase: 0.3,
  titleW: 0.3,
  lambda: 0.6,
  minWords: 5,
  maxWords: 90,
  quotePenalty: 0.8,
  maxSim: 0.5,
  trim: true,
};

/** Caps keeping a huge page cheap. */
const MAX_CHARS = 60_000;
const MAX_SENTENCES = 150;

const STOP = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about over after before under between out up down off ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must not no nor ' +
    'it its it\'s this that these those there here he she they we i you me him her them us my your his their our who whom whose which what when where why how ' +
    'than too very just also only more most some any all each both such own same other s t said says say told according ' +
    'der die das ein eine einer eines und oder aber in im auf an zu mit von für ist sind war waren wird werden hat haben nicht sich es er sie wir ich den dem des auch als wie bei nach ' +
    'le la les un une des et ou mais dans sur à au aux de du pour par avec est sont était il elle ils elles nous vous je ce cette qui que pas plus ' +
    'el los las uno una y o pero en con por para es son fue era lo que se su sus del al no ' +
    'il lo gli una e o ma con per è sono di da che non ' +
    'de het een en of maar in op aan met voor van is zijn was niet dat die'
  ).split(' '),
);

const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** Plural "s" stemming (Harman's S-stemmer): "models" → "model", "policies" → "policy". Harmless in most Latin-script languages. */
function sStem(w: string): string {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && !/[ae]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (w.endsWith('es') && !/[aeo]es$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('s') && !/[us]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Content-word tokens of a sentence (CJK runs as character bigrams). */
export function contentTokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/['’](?:s)?$|-+$/u, '');
    if (HAN_KANA.test(w)) {
      const chars = Array.from(w).filter((c) => HAN_KANA.test(c) || /[\p{L}\p{N}]/u.test(c));
      if (chars.length === 1) out.push(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    } else if (!STOP.has(w) && (w.length > 1 || /\d/.test(w))) {
      out.push(sStem(w));
    }
  }
  return out;
}

/** Word-equivalents: space-separated words, or 2 CJK characters per word. */
function wordCount(s: string): number {
  const cjk = (s.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu) ?? []).length;
  const words = (s.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return words + Math.ceil(cjk / 2);
}

type Vec = Map<string, number>;

function norm(v: Vec): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function dot(a: Vec, b: Vec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

interface Candidate {
  text: string;
  index: number; // position among the article's sentences (after boilerplate removal)
  vec: Vec;
  norm: number;
  score: number;
}

const CONNECTIVE = /^(?:but|and|so|yet|still|also|now|however|meanwhile|moreover|furthermore|in addition|additionally|indeed)\b,?\s+(?=\p{L})/iu;

/** A sentence without its leading connective ("But", "However,"), for a takeaway read out of context. English only. */
export function trimSentence(s: string): string {
  let t = s;
  const c = CONNECTIVE.exec(t);
  if (c) t = t.slice(c[0].length, c[0].length + 1).toUpperCase() + t.slice(c[0].length + 1);
  return t.split(/\s+/).length >= 4 ? t : s;
}

const QUOTE_OPEN = /^["'“‘«„「『]/u;

/** Sentences of the story from paragraphs, boilerplate removed, in order. */
export function storySentences(paragraphs: string[], lang?: string): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (chars > MAX_CHARS || out.length >= MAX_SENTENCES * 2) break;
    const para = p.replace(/\s+/g, ' ').trim();
    if (!para || isBoilerplate(para)) continue;
    chars += para.length;
    for (const raw of splitSentences(para, { lang, max: MAX_SENTENCES * 2 - out.length })) {
      const s = cleanSentence(raw);
      if (s && !isBoilerplate(s)) out.push(s);
    }
  }
  return out;
}

/**
 * Summarize a list of sentences (already split and cleaned, in document order). The core of
 * `summarizeText` and `summarizeParagraphs`; exported for the benchmark and for callers that
 * have sentences already.
 */
export function summarizeSentences(sentences: string[], opts: SummarizeOptions = {}, params: Params = DEFAULT_PARAMS): LocalSummary {
  const P = params;
  const isEnglish = !opts.lang || /^en\b/i.test(opts.lang);
  const seen = new Set<string>();
  const cands: Candidate[] = [];
  const all = sentences.slice(0, MAX_SENTENCES * 2);
  for (let i = 0; i < all.length && cands.length < MAX_SENTENCES; i++) {
    const text = all[i].replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    const wc = wordCount(text);
    if (wc < P.minWords || wc > P.maxWords) continue;
    const toks = contentTokens(text);
    if (toks.length < 2) continue;
    const tf: Vec = new Map();
    for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
    cands.push({ text, index: i, vec: tf, norm: 0, score: 0 });
  }
  // Too few candidates (a short text): fall back to every non-empty sentence.
  if (cands.length < 3) {
    const texts = new Set(cands.map((c) => c.text));
    for (let i = 0; i < all.length && cands.length < 3; i++) {
      const text = all[i].replace(/\s+/g, ' ').trim();
      const wc = wordCount(text);
      if (!text || texts.has(text) || wc < 3 || wc > P.maxWords * 2) continue;
      texts.add(text);
      const tf: Vec = new Map();
      for (const t of contentTokens(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
      cands.push({ text, index: i, vec: tf, norm: 0, score: 0 });
    }
    cands.sort((a, b) => a.index - b.index);
  }
  if (!cands.length) return { tldr: '', takeaways: [] };

  // idf over the article's own sentences; tf·idf vectors.
  const df = new Map<string, number>();
  for (const c of cands) for (const k of c.vec.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = cands.length;
  for (const c of cands) {
    for (const [k, tf] of c.vec) c.vec.set(k, (1 + Math.log(tf)) * Math.log(1 + n / (df.get(k) ?? 1)));
    c.norm = norm(c.vec) || 1;
  }
  const sim = (a: Candidate, b: Candidate): number => dot(a.vec, b.vec) / (a.norm * b.norm);
  const titleToks = new Set(opts.title ? contentTokens(opts.title) : []);

  // Forward centrality: mean similarity to the later sentences, scaled to max 1.
  const fwd = cands.map((c, i) => {
    let sum = 0;
    for (let j = i + 1; j < n; j++) sum += sim(c, cands[j]);
    return sum / Math.max(1, n - 1);
  });
  const fwdMax = Math.max(...fwd) || 1;
  cands.forEach((c, rank) => {
    const cent = fwd[rank] / fwdMax;
    let title = 0;
    if (titleToks.size) {
      let hit = 0;
      for (const k of c.vec.keys()) if (titleToks.has(k)) hit++;
      title = hit / titleToks.size;
    }
    const prior = 1 / (1 + rank / P.posK);
    let s = prior * (P.centBase + cent + P.titleW * title);
    if (QUOTE_OPEN.test(c.text) || /[?？]["'”’»」』]?$/u.test(c.text)) s *= P.quotePenalty;
    c.score = s;
  });

  const want = Math.min(5, Math.max(3, opts.count ?? 3), cands.length);
  const maxScore = Math.max(...cands.map((c) => c.score)) || 1;
  const picked: Candidate[] = [];
  const left = cands.slice();
  while (picked.length < want && left.length) {
    let best = -Infinity;
    let bi = 0;
    for (let i = 0; i < left.length; i++) {
      const c = left[i];
      let red = 0;
      for (const p of picked) red = Math.max(red, sim(c, p));
      if (red >= P.maxSim && picked.length) continue;
      const m = P.lambda * (c.score / maxScore) - (1 - P.lambda) * red;
      if (m > best + 1e-12) {
        best = m;
        bi = i;
      }
    }
    if (best === -Infinity) break; // everything left repeats a picked sentence
    picked.push(left.splice(bi, 1)[0]);
  }

  // TL;DR: the first picked sentence in document order (news leads with its point); a short
  // one gets the next picked sentence too.
  const inOrder = picked.slice().sort((a, b) => a.index - b.index);
  let tldr = inOrder[0].text;
  if (wordCount(tldr) < 15 && inOrder[1]) tldr = `${tldr} ${inOrder[1].text}`;
  const takeaways = picked.sort((a, b) => a.index - b.index).map((c) => (P.trim && isEnglish ? trimSentence(c.text) : c.text));
  if (P.trim && isEnglish) tldr = trimSentence(tldr);
  return { tldr, takeaways };
}

/**
 * Summarize an article's main text. Paragraphs are separated by line breaks; boilerplate lines
 * are dropped. Deterministic: the same input always gives the same output.
 *
 * @example summarizeText(mainText(document).text, { lang: 'en', title: document.title })
 */
export function summarizeText(text: string, opts: SummarizeOptions = {}): LocalSummary {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  return summarizeParagraphs(t.split(/\n+/), opts);
}

/** Summarize an article given as paragraphs (e.g. `mainText(doc).paragraphs`). */
export function summarizeParagraphs(paragraphs: string[], opts: SummarizeOptions = {}, params: Params = DEFAULT_PARAMS): LocalSummary {
  return summarizeSentences(storySentences(paragraphs, opts.lang), opts, params);
}
