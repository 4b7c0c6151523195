/**
 * Does the report answer the question? Signals that generalise beyond any
 * one wording:
 * - coverage: how much of the question's content (salient words — names,
 *   organisations, products, Latin words, numbers — count double) occurs in
 *   the report at all. A question about 特斯拉 or GDP fails here whatever its
 *   similarity to robot or AI paragraphs;
 * - support: how much of the question's (present) content the best paragraph
 *   holds, by BM25 idf mass;
 * - dense: the best paragraph's cosine similarity.
 * Thresholds come from measured distributions (npm run calibrate; see README).
 */
import { type Bm25Index } from './index/bm25.js';
import { BIGRAM } from './index/segmenter.js';
import { type AnalysedQuery, type QueryWord } from './query/analyse.js';
import { type Ranked } from './retrieve.js';

export interface Answerability {
  answerable: boolean;
  coverage: number;
  missingSalient: string[];
  support: number;
  dense: number;
}

export interface Thresholds {
  /** Below this coverage the question is about things the report never mentions. */
  minCoverage: number;
  /** With a salient word missing, coverage must be at least this. */
  minCoverageWithMissingSalient: number;
  /** The best paragraph must hold at least this share of the question's content. */
  minSupport: number;
  /** …unless the dense side is at least this sure. */
  denseOverride: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minCoverage: 0.5,
  minCoverageWithMissingSalient: 0.75,
  minSupport: 0.25,
  denseOverride: 0.62,
};

/** A word occurs in the report as a word, or (Han words) as a run of known character pairs. */
export function occurs(bm25: Bm25Index, word: string): boolean {
  if (bm25.documentFrequency(word) > 0) return true;
  if (/^\p{Script=Han}$/u.test(word)) return bm25.documentFrequency(BIGRAM + word) > 0;
  if (!/^\p{Script=Han}{2,}$/u.test(word)) return false;
  for (let i = 0; i + 1 < word.length; i++) if (bm25.documentFrequency(BIGRAM + word.slice(i, i + 2)) === 0) return false;
  return true;
}

function present(bm25: Bm25Index, word: QueryWord): boolean {
  return word.forms.some((form) => occurs(bm25, form));
}

export function judge(query: AnalysedQuery, ranked: readonly Ranked[], bm25: Bm25Index, thresholds: Thresholds = DEFAULT_THRESHOLDS): Answerability {
  let total = 0;
  let found = 0;
  const missingSalient: string[] = [];
  for (const word of query.words) {
    const weight = word.salient ? 2 : 1;
    total += weight;
    if (present(bm25, word)) found += weight;
    else if (word.salient) missingSalient.push(word.english ?? word.word);
  }
  const coverage = total === 0 ? 0 : found / total;

  const best = ranked[0];
  let possible = 0;
  for (const term of query.terms) if (!term.term.startsWith(BIGRAM)) possible += term.weight * bm25.idf(term.term) * (bm25.documentFrequency(term.term) > 0 ? 1 : 0);
  let held = 0;
  if (best) for (const term of query.terms) if (!term.term.startsWith(BIGRAM) && best.matched.includes(term.term)) held += term.weight * bm25.idf(term.term);
  const support = possible > 0 ? held / possible : 0;
  const dense = best?.dense ?? 0;

  const answerable =
    best !== undefined &&
    coverage >= thresholds.minCoverage &&
    (missingSalient.length === 0 || coverage >= thresholds.minCoverageWithMissingSalient) &&
    (support >= thresholds.minSupport || dense >= thresholds.denseOverride);
  return { answerable, coverage, missingSalient, support, dense };
}
