/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004), as in Google's `rouge-score` package without
 * stemming: text lower-cased, every run of characters other than a-z / 0-9 is a separator, so
 * tokens are ASCII alphanumeric runs ("U.S." → "u", "s"; "3.5%" → "3", "5"). Multi-sentence
 * summaries are scored as one concatenated token sequence ("rougeL", not "rougeLsum").
 *
 * Counts are clipped (an n-gram matches at most as often as it occurs in the other text).
 * F1 = 2PR / (P + R), 0 when either side is empty. No stemming, no stop-word removal.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeResult {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Lower-cased ASCII alphanumeric tokens. */
export function rougeTokens(text: string | string[]): string[] {
  const t = Array.isArray(text) ? text.join(' ') : text;
  return t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

function score(match: number, candTotal: number, refTotal: number): RougeScore {
  const precision = candTotal ? match / candTotal : 0;
  const recall = refTotal ? match / refTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N between token lists. */
export function rougeN(cand: string[], ref: string[], n: number): RougeScore {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let match = 0;
  for (const [k, v] of c) match += Math.min(v, r.get(k) ?? 0);
  return score(match, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence, O(n·m) time, O(m) memory. */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** ROUGE-L between token lists (LCS over the whole sequences). */
export function rougeL(cand: string[], ref: string[]): RougeScore {
  return score(lcsLength(cand, ref), cand.length, ref.length);
}

/** All three scores of a candidate summary (text or sentences) against a reference (text or bullets). */
export function rouge(candidate: string | string[], reference: string | string[]): RougeResult {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
