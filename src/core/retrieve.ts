/**
 * Hybrid retrieval: BM25 over segmented words and the dense HNSW index, fused
 * by a weighted sum of each side's scores scaled to the best hit (so a side
 * that finds nothing adds nothing, and a clear winner on either side stays in
 * front). Lexical-only when the model could not be loaded.
 */
import { type Bm25Index, type QueryTerm } from './index/bm25.js';
import { type DenseStore } from './index/dense-store.js';

export interface Ranked {
  /** 0-based paragraph index. */
  index: number;
  fused: number;
  /** BM25 score divided by the best BM25 score of this query (0..1). */
  lexical: number;
  /** Raw BM25 score. */
  bm25: number;
  /** Cosine similarity to the question (0 without the model). */
  dense: number;
  /** Dense similarity scaled between the candidates' floor (0) and the best hit (1). */
  denseScaled: number;
  matched: string[];
}

export interface FusionWeights {
  lexical: number;
  dense: number;
}

export const DEFAULT_WEIGHTS: FusionWeights = { lexical: 0.6, dense: 0.4 };

/** How many hits each side contributes before fusion. */
const CANDIDATES = 50;

/**
 * A paragraph that holds none of the names, organisations or numbers the
 * question gives (and the report has) is about something else: it keeps at
 * most this share of its score.
 */
const WITHOUT_ENTITY = 0.5;
/** Added to a paragraph holding every phrase the question quotes. */
const PHRASE_BONUS = 0.1;
/** An entity in more than this share of paragraphs is context, not a subject. */
const SPECIFIC_SHARE = 0.2;

export function retrieve(
  sides: {
    bm25: Bm25Index;
    terms: readonly QueryTerm[];
    entities?: readonly string[][];
    /** Phrases the question quotes (each with its alternative forms), and each paragraph's text to find them in (matching form). */
    phrases?: { quoted: readonly (readonly string[])[]; texts: readonly string[] };
    dense?: DenseStore;
    vector?: Float32Array;
  },
  weights: FusionWeights = DEFAULT_WEIGHTS,
): Ranked[] {
  const byIndex = new Map<number, Ranked>();
  const get = (index: number): Ranked => {
    let ranked = byIndex.get(index);
    if (!ranked) byIndex.set(index, (ranked = { index, fused: 0, lexical: 0, bm25: 0, dense: 0, denseScaled: 0, matched: [] }));
    return ranked;
  };
  const lexicalHits = sides.bm25.search(sides.terms, CANDIDATES);
  const bestLexical = lexicalHits[0]?.score ?? 0;
  for (const hit of lexicalHits) {
    const ranked = get(hit.id);
    ranked.bm25 = hit.score;
    ranked.lexical = bestLexical > 0 ? hit.score / bestLexical : 0;
    ranked.matched = hit.matched;
  }
  const denseHits = sides.dense && sides.vector ? sides.dense.search(sides.vector, CANDIDATES) : [];
  const top = denseHits[0]?.similarity ?? 0;
  // Scale dense similarities between the candidates' floor and the best hit.
  const floor = denseHits.length > 1 ? (denseHits[denseHits.length - 1]?.similarity ?? 0) : 0;
  for (const hit of denseHits) {
    const ranked = get(hit.index);
    ranked.dense = hit.similarity;
    ranked.denseScaled = top > floor ? (hit.similarity - floor) / (top - floor) : 1;
  }
  const useDense = denseHits.length > 0;
  for (const ranked of byIndex.values()) {
    ranked.fused = useDense ? weights.lexical * ranked.lexical + weights.dense * ranked.denseScaled : ranked.lexical;
  }
  // Entities the report has, and that single out a few paragraphs (not 中国 in a report about China).
  // Each is a list of alternative forms (a bridged English word has several).
  const specific = (f: string): boolean => {
    const df = sides.bm25.documentFrequency(f);
    return df > 0 && df <= Math.max(2, SPECIFIC_SHARE * sides.bm25.size);
  };
  const entities = (sides.entities ?? []).filter((forms) => forms.some(specific));
  if (entities.length > 0) {
    for (const ranked of byIndex.values()) {
      const held = entities.filter((forms) => forms.some((f) => ranked.matched.includes(f))).length;
      ranked.fused *= WITHOUT_ENTITY + (1 - WITHOUT_ENTITY) * (held / entities.length);
    }
  }
  // A phrase the question quotes is the report's own wording: the paragraph that has it, as written, is the one meant.
  const quoted = sides.phrases?.quoted ?? [];
  if (quoted.length > 0) {
    for (const ranked of byIndex.values()) {
      const text = sides.phrases?.texts[ranked.index] ?? '';
      ranked.fused += PHRASE_BONUS * (quoted.filter((forms) => forms.some((phrase) => text.includes(phrase))).length / quoted.length);
    }
  }
  return [...byIndex.values()].sort((a, b) => b.fused - a.fused || a.index - b.index);
}
