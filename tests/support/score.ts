/**
 * Scoring shared by the fixture test (tests/extract/fixtures.test.ts) and the extraction benchmark
 * (scripts/bench/extract-accuracy.ts). Pure functions, no DOM.
 *
 * A fixture's expected.json lists only the fields its labeller checked; a field absent from it is
 * not scored. See tests/fixtures/README.md for the conventions the labels follow.
 */

/** Fields of the brief that a fixture may label, in report order. */
export const SCORED_FIELDS = [
  'isArticle',
  'title',
  'siteName',
  'byline',
  'publishedAt',
  'lang',
  'tldr',
  'takeaways',
  'sources',
  'ticker',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Score a field must reach to pass (1 = exact). */
export const THRESHOLDS: Record<ScoredField, number> = {
  isArticle: 1,
  title: 1,
  siteName: 1,
  byline: 1,
  publishedAt: 1,
  lang: 1,
  tldr: 0.9,
  takeaways: 0.95,
  sources: 0.95,
  ticker: 0.95,
};

/** Two list items (takeaways, ticker titles) are the same item at this token F1 or above. */
export const ITEM_MATCH_F1 = 0.8;

export interface FieldResult {
  /** 0..1; 1 or 0 for exact fields. */
  score: number;
  pass: boolean;
  threshold: number;
  expected: unknown;
  actual: unknown;
}

export type BriefScore = Partial<Record<ScoredField, FieldResult>>;

// ---------------------------------------------------------------------------------------------
// Tokens

// Scripts written without spaces between words: every character is a token.
const CJK_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3005\u30FC]/gu;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3005\u30FC]|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Lower-cased, NFKC-normalised word tokens; punctuation and symbols are dropped. Characters of
 * scripts written without spaces (Chinese, Japanese kana, Thai, …) are one token each, so a
 * Chinese sentence is compared character by character; Korean (Hangul, spaced) and every other
 * script are compared by words.
 */
export function tokenize(text: string | null | undefined): string[] {
  if (!text) return [];
  const norm = String(text).normalize('NFKC').toLowerCase().replace(CJK_ALL, ' $& ');
  const out: string[] = [];
  for (const m of norm.matchAll(TOKEN)) out.push(m[0].replace(/’/g, "'"));
  return out;
}

/** Token-overlap F1 of two texts (bag of tokens). Both empty → 1; exactly one empty → 0. */
export function tokenF1(a: string | null | undefined, b: string | null | undefined): number {
  const ta = tokenize(a);
  const tb = tokenize(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / tb.length;
  const recall = common / ta.length;
  return (2 * precision * recall) / (precision + recall);
}

// ---------------------------------------------------------------------------------------------
// Lists

/**
 * F1 of two lists under a one-to-one matching of items (`match(expectedItem, actualItem)`).
 * Greedy in expected order, each expected item taking the first unused actual item it matches,
 * then improved with augmenting paths so the result is a maximum matching (order never costs a
 * match). Both empty → 1; exactly one empty → 0.
 */
export function listF1<E, A = E>(
  expected: readonly E[],
  actual: readonly A[],
  match: (e: E, a: A) => boolean = ((e: unknown, a: unknown) =>
    tokenF1(String(e ?? ''), String(a ?? '')) >= ITEM_MATCH_F1) as (e: E, a: A) => boolean,
): number {
  const exp = expected ?? [];
  const act = actual ?? [];
  if (exp.length === 0 && act.length === 0) return 1;
  if (exp.length === 0 || act.length === 0) return 0;
  const matched = matchCount(exp, act, match);
  if (matched === 0) return 0;
  const precision = matched / act.length;
  const recall = matched / exp.length;
  return (2 * precision * recall) / (precision + recall);
}

function matchCount<E, A>(exp: readonly E[], act: readonly A[], match: (e: E, a: A) => boolean): number {
  // Candidate lists, computed once (match may be costly).
  const cand: number[][] = exp.map((e) => {
    const out: number[] = [];
    act.forEach((a, j) => {
      if (match(e, a)) out.push(j);
    });
    return out;
  });
  const owner = new Array<number>(act.length).fill(-1);
  const tryAssign = (i: number, seen: Uint8Array): boolean => {
    for (const j of cand[i]) {
      if (seen[j]) continue;
      seen[j] = 1;
      if (owner[j] === -1 || tryAssign(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < exp.length; i++) {
    if (cand[i].length && tryAssign(i, new Uint8Array(act.length))) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Normalisation of exact fields

/** Whitespace collapsed, NFKC, curly quotes straightened, dashes unified, lower-cased, trimmed. */
export function normText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Title / site name: normalised text without trailing punctuation that carries nothing. */
export function normTitle(v: unknown): string {
  return normText(v).replace(/[\s|:·•,;-]+$/u, '').replace(/^[\s|:·•,;-]+/u, '');
}

/**
 * A byline as the set of names it lists: "By Jane Doe and John Roe", "Jane Doe, John Roe" and
 * "john roe & jane doe" are the same byline. A leading "By"/"Von"/"Par"/"Por"/"Di"/"文/" is dropped.
 */
export function bylineNames(v: unknown): string[] {
  const s = normText(v)
    .replace(/^(by|von|par|por|di|door|av|af|文\s*\/|作者[:：]?|著者[:：]?)\s+/u, '')
    .replace(/^(文\s*\/|作者[:：]|著者[:：])\s*/u, '');
  if (!s) return [];
  return s
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|、|，|・|\|)\s*/u)
    .map((x) => x.replace(/^(by)\s+/, '').replace(/[.\s]+$/, '').trim())
    .filter(Boolean)
    .sort();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Publication date: when expected is a date only ("2026-07-03"), the actual value passes if its
 * written calendar date or its UTC calendar date is that day; otherwise both must be the same
 * instant (to the minute).
 */
export function sameDate(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined || expected === '') return actual === null || actual === undefined || actual === '';
  if (typeof actual !== 'string' || !actual.trim()) return false;
  const want = String(expected).trim();
  const got = actual.trim();
  if (DATE_ONLY.test(want)) {
    if (got.slice(0, 10) === want) return true;
    const t = Date.parse(got);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === want;
  }
  const a = Date.parse(want);
  const b = Date.parse(got);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return Math.abs(a - b) < 60_000;
}

/** Language: primary subtags equal; a region in expected ("pt-BR") must match too. */
export function sameLang(expected: unknown, actual: unknown): boolean {
  const e = normText(expected).replace(/_/g, '-');
  const a = normText(actual).replace(/_/g, '-');
  if (!e) return !a;
  if (!a) return false;
  if (e.includes('-')) return a === e;
  return a.split('-')[0] === e;
}

// ---------------------------------------------------------------------------------------------
// Briefs

interface SourceLike { url?: unknown; title?: unknown }
interface TickerLike { title?: unknown; url?: unknown }

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const urlOf = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function result(field: ScoredField, score: number, expected: unknown, actual: unknown): FieldResult {
  const threshold = THRESHOLDS[field];
  return { score, pass: score >= threshold - 1e-9, threshold, expected, actual };
}

function looksLikeBrief(v: unknown): boolean {
  return !!v && typeof v === 'object' && Array.isArray((v as { reasons?: unknown }).reasons) && 'wordCount' in (v as object);
}

/**
 * Scores an actual brief against a fixture's expected.json, field by field, only for fields
 * present in `expected`. Returns `{ [field]: { score, pass, threshold, expected, actual } }`.
 *
 * The arguments are (expected, actual); a call with (brief, expected) — the order the benchmark
 * once used — is recognised (a Brief has `reasons` and `wordCount`, a fixture has neither) and
 * swapped, so either order gives the same result.
 */
export function scoreBrief(expected: Record<string, unknown>, actual: Record<string, unknown>): BriefScore {
  if (looksLikeBrief(expected) && !looksLikeBrief(actual)) [expected, actual] = [actual, expected];
  const out: BriefScore = {};
  const has = (f: string): boolean => Object.prototype.hasOwnProperty.call(expected, f);
  const act = actual ?? {};

  if (has('isArticle')) {
    out.isArticle = result('isArticle', Boolean(act.isArticle) === Boolean(expected.isArticle) ? 1 : 0, expected.isArticle, act.isArticle);
  }
  for (const f of ['title', 'siteName'] as const) {
    if (!has(f)) continue;
    const e = expected[f];
    const a = act[f];
    const ok = e === null ? !normTitle(a) : normTitle(e) === normTitle(a);
    out[f] = result(f, ok ? 1 : 0, e, a);
  }
  if (has('byline')) {
    const e = bylineNames(expected.byline);
    const a = bylineNames(act.byline);
    const ok = e.length === a.length && e.every((x, i) => x === a[i]);
    out.byline = result('byline', ok ? 1 : 0, expected.byline, act.byline);
  }
  if (has('publishedAt')) {
    out.publishedAt = result('publishedAt', sameDate(expected.publishedAt, act.publishedAt) ? 1 : 0, expected.publishedAt, act.publishedAt);
  }
  if (has('lang')) {
    out.lang = result('lang', sameLang(expected.lang, act.lang) ? 1 : 0, expected.lang, act.lang);
  }
  if (has('tldr')) {
    const e = expected.tldr;
    const a = act.tldr;
    const empty = (x: unknown): boolean => x === null || x === undefined || (typeof x === 'string' && !x.trim());
    const score = empty(e) ? (empty(a) ? 1 : 0) : empty(a) ? 0 : tokenF1(String(e), String(a));
    out.tldr = result('tldr', score, e, a);
  }
  if (has('takeaways')) {
    const e = asArray<unknown>(expected.takeaways).map(String);
    const a = asArray<unknown>(act.takeaways).map((x) => String(x ?? ''));
    out.takeaways = result('takeaways', listF1(e, a), expected.takeaways, act.takeaways);
  }
  if (has('sources')) {
    const e = asArray<SourceLike>(expected.sources).map((s) => urlOf(s?.url));
    const a = asArray<SourceLike>(act.sources).map((s) => urlOf(s?.url));
    out.sources = result('sources', listF1(e, a, (x, y) => x !== null && x === y), expected.sources, act.sources);
  }
  if (has('ticker')) {
    const e = asArray<TickerLike>(expected.ticker);
    const a = asArray<TickerLike>(act.ticker);
    const score = listF1(e, a, (x, y) =>
      tokenF1(String(x?.title ?? ''), String(y?.title ?? '')) >= ITEM_MATCH_F1 && urlOf(x?.url) === urlOf(y?.url),
    );
    out.ticker = result('ticker', score, expected.ticker, act.ticker);
  }
  return out;
}

/** The fields that failed, for messages: `[field, result]` pairs in report order. */
export function failures(score: BriefScore): [ScoredField, FieldResult][] {
  return SCORED_FIELDS.filter((f) => score[f] && !score[f]!.pass).map((f) => [f, score[f]!]);
}
