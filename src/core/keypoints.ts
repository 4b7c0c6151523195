/**
 * Key points: sentences that together cover the report's distinct topics.
 * Sections (articles) take turns, so every topic is represented; inside a
 * section the candidates are its most typical sentences (mean similarity to
 * the section's other sentences), and maximal marginal relevance (MMR) picks
 * the one most typical yet least like the points already chosen. The day
 * decides which section leads and rotates each section's candidates, so
 * consecutive days quote different sentences.
 */
import { type DenseStore } from './index/dense-store.js';
import { quoted } from './answer.js';
import { type Passages, type SentenceRecord } from './passages.js';
import { type QuotedSentence } from './reply.js';

/** Trade-off between typicality (1) and novelty (0). */
const LAMBDA = 0.6;
const MIN_CHARS = 18;
/** A list item says its point in few words (发布iOS端4.3版本), and its format marks it whole though no full stop ends it. */
const MIN_ITEM_CHARS = 8;
const MAX_CHARS = 160;
/**
 * A key point is a whole sentence: it ends with sentence-final punctuation
 * (closing quotes allowed). A page that breaks off mid-sentence (the article
 * continues on another page: `…新基建工程，加强`) leaves a fragment that no
 * cleaning can complete; it may still be quoted in answers, never as a point.
 */
const WHOLE_SENTENCE = /[。！？!?…]+[”’」』）)]*$/u;
/** Share of a section's sentences (most typical first) that may become key points. */
const POOL_SHARE = 0.6;

type Similarity = (a: SentenceRecord, b: SentenceRecord) => number;

function similarity(dense: DenseStore | undefined): Similarity {
  if (dense) return (a, b) => dense.sentencePairSimilarity(a.id, b.id);
  // Without vectors, word overlap (Jaccard) stands in for meaning.
  return (a, b) => {
    let shared = 0;
    for (const term of a.terms) if (b.terms.has(term)) shared++;
    return shared / Math.max(1, a.terms.size + b.terms.size - shared);
  };
}

interface Section {
  document: string;
  /** Eligible sentences, most typical first (mean similarity to the section's other sentences). */
  ranked: SentenceRecord[];
  typicality: ReadonlyMap<SentenceRecord, number>;
}

/**
 * Key points for a day. Sections and how typical each sentence is depend only
 * on the corpus, so they are computed once, on first use; each call only
 * picks. Each section's candidates alternate between days (even and odd
 * ranks), so two consecutive days never quote the same sentence.
 */
export function createKeyPoints(
  passages: Passages,
  dense: DenseStore | undefined,
): (options: { day: number; count: number; documents?: readonly string[] }) => QuotedSentence[] {
  const sim = similarity(dense);
  let sections: Section[] | undefined;
  const allSections = (): Section[] => {
    if (sections) return sections;
    const byKey = new Map<string, SentenceRecord[]>();
    for (const s of passages.sentences) {
      const p = passages.paragraphs[s.paragraph];
      if (!p || p.kind !== 'body' || s.isLabel || s.text.length > MAX_CHARS) continue;
      if (p.listItem === true ? s.text.length < MIN_ITEM_CHARS : s.text.length < MIN_CHARS || !WHOLE_SENTENCE.test(s.text)) continue;
      const key = `${p.document}\n${p.headline}`;
      byKey.set(key, [...(byKey.get(key) ?? []), s]);
    }
    sections = [...byKey.values()].map((members) => {
      const typicality = new Map(members.map((s) => [s, members.reduce((sum, o) => sum + (o === s ? 0 : sim(s, o)), 0) / Math.max(1, members.length - 1)]));
      const ranked = [...members].sort((a, b) => (typicality.get(b) ?? 0) - (typicality.get(a) ?? 0));
      return { document: passages.paragraphs[members[0]?.paragraph ?? -1]?.document ?? '', ranked, typicality };
    });
    return sections;
  };
  return (options) => (options.count <= 0 ? [] : pick(allSections(), sim, options).map((s) => quoted(s, passages)));
}

function pick(sections: readonly Section[], sim: Similarity, options: { day: number; count: number; documents?: readonly string[] }): SentenceRecord[] {
  const day = Math.abs(Math.trunc(options.day));
  // Each section's candidate pool: its most typical sentences of the day's parity, rotated by the day.
  const pools = sections
    .filter((section) => !options.documents || options.documents.includes(section.document))
    .map(({ ranked, typicality }) => {
      const pool = ranked.slice(0, Math.max(2, Math.ceil(ranked.length * POOL_SHARE))).filter((_, rank) => rank % 2 === day % 2);
      const shift = Math.floor(day / 2) % Math.max(1, pool.length);
      return { pool: [...pool.slice(shift), ...pool.slice(0, shift)], typicality };
    })
    .filter((p) => p.pool.length > 0);
  if (pools.length === 0) return [];
  const lead = day % pools.length;
  const order = [...pools.slice(lead), ...pools.slice(0, lead)];

  const chosen: SentenceRecord[] = [];
  while (chosen.length < options.count && order.some((o) => o.pool.some((s) => !chosen.includes(s)))) {
    for (const { pool, typicality } of order) {
      if (chosen.length >= options.count) break;
      let best: SentenceRecord | undefined;
      let bestScore = -Infinity;
      pool.forEach((s, position) => {
        if (chosen.includes(s)) return;
        const redundancy = chosen.reduce((max, c) => Math.max(max, sim(s, c)), 0);
        // The day's rotation leads: earlier positions in the rotated pool are preferred.
        const relevance = (typicality.get(s) ?? 0) * (1 - position / (pool.length * 2));
        const score = LAMBDA * relevance - (1 - LAMBDA) * redundancy;
        if (score > bestScore) [best, bestScore] = [s, score];
      });
      if (best) chosen.push(best);
    }
  }
  return chosen;
}
