/**
 * Key points: sentences that together cover the report's distinct topics,
 * chosen by maximal marginal relevance (MMR) — each pick is representative of
 * its section yet unlike the picks before it. The day decides which section
 * leads, so consecutive days open on different sections and differ.
 */
import { dot } from './index/embedder.js';
import { type DenseStore } from './index/dense-store.js';
import { type Passages, type SentenceRecord } from './passages.js';
import { type QuotedSentence } from './reply.js';

/** Trade-off between relevance (1) and novelty (0). */
const LAMBDA = 0.65;
const FOCUS_BONUS = 0.35;
const MIN_CHARS = 18;
const MAX_CHARS = 160;

type Similarity = (a: SentenceRecord, b: SentenceRecord) => number;

function similarity(dense: DenseStore | undefined): Similarity {
  if (dense) return (a, b) => dot(dense.sentenceVector(a.id), dense.sentenceVector(b.id));
  // Without vectors, word overlap (Jaccard) stands in for meaning.
  return (a, b) => {
    let shared = 0;
    for (const term of a.terms) if (b.terms.has(term)) shared++;
    return shared / Math.max(1, a.terms.size + b.terms.size - shared);
  };
}

export function selectKeyPoints(
  passages: Passages,
  dense: DenseStore | undefined,
  options: { day: number; count: number; documents?: readonly string[] },
): QuotedSentence[] {
  const inScope = (s: SentenceRecord): boolean => {
    const paragraph = passages.paragraphs[s.paragraph];
    return paragraph !== undefined && paragraph.kind === 'body' && !s.isLabel && (!options.documents || options.documents.includes(paragraph.document));
  };
  const pool = passages.sentences.filter((s) => inScope(s) && s.text.length >= MIN_CHARS && s.text.length <= MAX_CHARS);
  if (pool.length === 0 || options.count <= 0) return [];

  const sectionOf = (s: SentenceRecord): string => {
    const p = passages.paragraphs[s.paragraph];
    return `${p?.document ?? ''}\n${p?.headline ?? ''}`;
  };
  const sections = [...new Set(pool.map(sectionOf))];
  const day = Math.abs(Math.trunc(options.day));
  const focus = sections[day % sections.length];
  const sim = similarity(dense);

  // Relevance: how typical a sentence is of its section (mean similarity to its section's sentences).
  const bySection = new Map<string, SentenceRecord[]>();
  for (const s of pool) bySection.set(sectionOf(s), [...(bySection.get(sectionOf(s)) ?? []), s]);
  const relevance = new Map<number, number>();
  for (const s of pool) {
    const peers = bySection.get(sectionOf(s)) ?? [];
    const typical = peers.reduce((sum, p) => sum + (p === s ? 0 : sim(s, p)), 0) / Math.max(1, peers.length - 1);
    // Within the focus section, rotate which sentences lead as the days go by.
    const rotation = sectionOf(s) === focus ? FOCUS_BONUS * (1 - (((peers.indexOf(s) - day) % peers.length) + peers.length) % peers.length / peers.length) : 0;
    relevance.set(s.id, typical + rotation);
  }

  const chosen: SentenceRecord[] = [];
  const left = new Set(pool);
  while (chosen.length < options.count && left.size > 0) {
    let best: SentenceRecord | undefined;
    let bestScore = -Infinity;
    for (const s of left) {
      const redundancy = chosen.reduce((max, c) => Math.max(max, sim(s, c)), 0);
      const score = LAMBDA * (relevance.get(s.id) ?? 0) - (1 - LAMBDA) * redundancy;
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (!best) break;
    chosen.push(best);
    left.delete(best);
  }
  return chosen.map((s) => ({ text: s.text, paragraph: s.paragraph + 1 }));
}
