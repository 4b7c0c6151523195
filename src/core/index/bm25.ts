/**
 * A small BM25 index over pre-segmented terms, with MiniSearch's kind of
 * surface: `addAll`, `search`, `toJSON`, `loadJSON`. The tokenizer lives
 * outside (see segmenter.ts), so the same index serves any language.
 */

export interface Bm25Options {
  /** Term-frequency saturation; 1.2–2.0 is the usual range. */
  k1: number;
  /** Length normalisation; 0 (none) to 1 (full), 0.75 by convention. */
  b: number;
}

export interface QueryTerm {
  term: string;
  /** Multiplies the term's contribution (bigrams and bridged words count less). */
  weight: number;
}

export interface Bm25Hit {
  id: number;
  score: number;
  /** Query terms the document contains. */
  matched: string[];
}

interface Bm25Json {
  options: Bm25Options;
  docs: { id: number; length: number; tf: Record<string, number> }[];
}

const DEFAULTS: Bm25Options = { k1: 1.2, b: 0.75 };

export class Bm25Index {
  private readonly options: Bm25Options;
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths = new Map<number, number>();
  private totalLength = 0;

  constructor(options: Partial<Bm25Options> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  get size(): number {
    return this.lengths.size;
  }

  addAll(documents: Iterable<{ id: number; terms: readonly string[] }>): void {
    for (const { id, terms } of documents) this.add(id, terms);
  }

  add(id: number, terms: readonly string[]): void {
    if (this.lengths.has(id)) throw new Error(`Bm25Index: duplicate id ${id}`);
    this.lengths.set(id, terms.length);
    this.totalLength += terms.length;
    for (const term of terms) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Map()));
      posting.set(id, (posting.get(id) ?? 0) + 1);
    }
  }

  /** Number of documents containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** BM25+ style idf, always positive. */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  search(query: readonly QueryTerm[], limit = 10): Bm25Hit[] {
    const { k1, b } = this.options;
    const averageLength = this.totalLength / Math.max(1, this.size);
    const scores = new Map<number, Bm25Hit>();
    for (const { term, weight } of query) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = this.idf(term);
      for (const [id, tf] of posting) {
        const length = this.lengths.get(id) ?? 0;
        const score = (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
        const hit = scores.get(id) ?? { id, score: 0, matched: [] };
        hit.score += score;
        hit.matched.push(term);
        scores.set(id, hit);
      }
    }
    return [...scores.values()].sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
  }

  toJSON(): Bm25Json {
    const docs = new Map<number, Record<string, number>>();
    for (const [term, posting] of this.postings) {
      for (const [id, tf] of posting) {
        let tfs = docs.get(id);
        if (!tfs) docs.set(id, (tfs = {}));
        tfs[term] = tf;
      }
    }
    return { options: this.options, docs: [...this.lengths].map(([id, length]) => ({ id, length, tf: docs.get(id) ?? {} })) };
  }

  static loadJSON(json: Bm25Json): Bm25Index {
    const index = new Bm25Index(json.options);
    for (const doc of json.docs) {
      index.lengths.set(doc.id, doc.length);
      index.totalLength += doc.length;
      for (const [term, tf] of Object.entries(doc.tf)) {
        let posting = index.postings.get(term);
        if (!posting) index.postings.set(term, (posting = new Map()));
        posting.set(doc.id, tf);
      }
    }
    return index;
  }
}
