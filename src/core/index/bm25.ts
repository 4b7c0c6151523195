/**
 * A small BM25 index over pre-segmented terms, with MiniSearch's kind of
 * surface: `addAll`, `search`, and a compact serialised form. The tokenizer
 * lives outside (see segmenter.ts), so the same index serves any language.
 *
 * Postings are kept in typed arrays (compressed-sparse-row: per term a range
 * of document ids and term frequencies), built once when the first query
 * arrives; the index is then read-only. At 20,000 paragraphs this is a few
 * tens of MB instead of the hundreds a map per term costs, and it is written
 * to and read from disk as is (see lexical-store.ts).
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

/** The index's data: terms (sorted), and per term i its postings at starts[i]…starts[i+1]. */
export interface Bm25Data {
  options: Bm25Options;
  terms: readonly string[];
  starts: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Length (terms) of each document, by id; ids without a document have length 0 and are not counted. */
  lengths: Uint32Array;
  /** Number of documents. */
  size: number;
}

const DEFAULTS: Bm25Options = { k1: 1.2, b: 0.75 };

export class Bm25Index {
  private readonly options: Bm25Options;
  private pending: Map<string, Map<number, number>> | undefined = new Map();
  private pendingLengths = new Map<number, number>();
  private frozen: (Bm25Data & { ids: Map<string, number>; averageLength: number }) | undefined;

  constructor(options: Partial<Bm25Options> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** An index over stored data (see `data()`), ready to search. */
  static fromData(data: Bm25Data): Bm25Index {
    const index = new Bm25Index(data.options);
    index.pending = undefined;
    index.pendingLengths.clear();
    index.frozen = Bm25Index.prepare(data);
    return index;
  }

  private static prepare(data: Bm25Data): Bm25Data & { ids: Map<string, number>; averageLength: number } {
    let total = 0;
    for (const length of data.lengths) total += length;
    return { ...data, ids: new Map(data.terms.map((term, i) => [term, i])), averageLength: total / Math.max(1, data.size) };
  }

  get size(): number {
    return this.frozen?.size ?? this.pendingLengths.size;
  }

  addAll(documents: Iterable<{ id: number; terms: readonly string[] }>): void {
    for (const { id, terms } of documents) this.add(id, terms);
  }

  add(id: number, terms: readonly string[]): void {
    if (!this.pending) throw new Error('Bm25Index: the index is read-only once searched or stored — build a new one');
    if (!Number.isInteger(id) || id < 0) throw new Error(`Bm25Index: id ${id} is not a whole number ≥ 0`);
    if (this.pendingLengths.has(id)) throw new Error(`Bm25Index: duplicate id ${id}`);
    this.pendingLengths.set(id, terms.length);
    for (const term of terms) {
      let posting = this.pending.get(term);
      if (!posting) this.pending.set(term, (posting = new Map()));
      posting.set(id, (posting.get(id) ?? 0) + 1);
    }
  }

  /** The index's data, for storing; the index becomes read-only. */
  data(): Bm25Data {
    const { ids: _ids, averageLength: _average, ...data } = this.index();
    return data;
  }

  private index(): Bm25Data & { ids: Map<string, number>; averageLength: number } {
    if (this.frozen) return this.frozen;
    const pending = this.pending ?? new Map<string, Map<number, number>>();
    const terms = [...pending.keys()].sort();
    const starts = new Uint32Array(terms.length + 1);
    let count = 0;
    terms.forEach((term, i) => {
      starts[i] = count;
      count += pending.get(term)?.size ?? 0;
    });
    starts[terms.length] = count;
    const docs = new Uint32Array(count);
    const tfs = new Uint16Array(count);
    terms.forEach((term, i) => {
      let at = starts[i] as number;
      const posting = [...(pending.get(term) ?? [])].sort((x, y) => x[0] - y[0]);
      for (const [id, tf] of posting) {
        docs[at] = id;
        tfs[at] = Math.min(tf, 0xffff);
        at++;
      }
    });
    let maxId = -1;
    for (const id of this.pendingLengths.keys()) maxId = Math.max(maxId, id);
    const lengths = new Uint32Array(maxId + 1);
    for (const [id, length] of this.pendingLengths) lengths[id] = length;
    this.frozen = Bm25Index.prepare({ options: this.options, terms, starts, docs, tfs, lengths, size: this.pendingLengths.size });
    this.pending = undefined;
    this.pendingLengths = new Map();
    return this.frozen;
  }

  /** Every term the index holds, sorted. */
  terms(): readonly string[] {
    return this.index().terms;
  }

  /** Number of documents containing the term. */
  documentFrequency(term: string): number {
    const index = this.index();
    const id = index.ids.get(term);
    return id === undefined ? 0 : (index.starts[id + 1] as number) - (index.starts[id] as number);
  }

  /** BM25+ style idf, always positive. */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The `limit` best documents for the query, best first (ties by id). Scores
   * accumulate in typed scratch arrays reused across searches (search is
   * synchronous, so no two share them): at 20,000 paragraphs a common word
   * touches most documents, and an object per touched document was megabytes
   * of garbage per question. Matched terms are collected for the winners only.
   */
  search(query: readonly QueryTerm[], limit = 10): Bm25Hit[] {
    const index = this.index();
    const { k1, b } = this.options;
    const { scores, seen, touched } = this.scratchFor(index.lengths.length);
    let count = 0;
    for (const { term, weight } of query) {
      const id = index.ids.get(term);
      if (id === undefined) continue;
      const idf = this.idf(term);
      for (let k = index.starts[id] as number, end = index.starts[id + 1] as number; k < end; k++) {
        const doc = index.docs[k] as number;
        const tf = index.tfs[k] as number;
        const length = index.lengths[doc] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[count++] = doc;
        }
        scores[doc] = (scores[doc] as number) + (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / index.averageLength));
      }
    }
    // Keep the best `limit` in a small sorted list: most touched documents never enter it.
    const best: number[] = [];
    const before = (x: number, y: number): boolean => (scores[x] as number) > (scores[y] as number) || ((scores[x] as number) === (scores[y] as number) && x < y);
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      if (best.length === limit && !before(doc, best[limit - 1] as number)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(doc, best[at - 1] as number)) {
        best[at] = best[at - 1] as number;
        at--;
      }
      best[at] = doc;
    }
    const hits = new Map(best.map((doc): [number, Bm25Hit] => [doc, { id: doc, score: scores[doc] as number, matched: [] }]));
    for (const term of new Set(query.map((q) => q.term))) {
      const id = index.ids.get(term);
      if (id === undefined) continue;
      for (let k = index.starts[id] as number, end = index.starts[id + 1] as number; k < end; k++) hits.get(index.docs[k] as number)?.matched.push(term);
    }
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      scores[doc] = 0;
      seen[doc] = 0;
    }
    return [...hits.values()];
  }

  private scratch: { scores: Float64Array; seen: Uint8Array; touched: Uint32Array } | undefined;

  private scratchFor(size: number): { scores: Float64Array; seen: Uint8Array; touched: Uint32Array } {
    if (!this.scratch || this.scratch.scores.length < size) this.scratch = { scores: new Float64Array(size), seen: new Uint8Array(size), touched: new Uint32Array(size) };
    return this.scratch;
  }
}
