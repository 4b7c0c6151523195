import { type ParagraphRef } from './refs.js';
import { type Example, type Language, type Paragraph, type QuotedSentence, type Reply, type SourceResult } from './reply.js';

/** A document under the data folder and the paragraphs it contributed. */
export interface DocumentInfo {
  /** Path under the data folder, `/`-separated, e.g. `weekly/2026-w48.pdf`. */
  name: string;
  /** Its recorded title, else its first headline, else its file name. */
  title: string;
  /** Short stable key (8 hex characters of the path's hash) for button ids. */
  key: string;
  /** sha256 of the file's bytes: changes when the file changes. */
  hash: string;
  /** How many paragraphs it has: ¶1–¶paragraphs. */
  paragraphs: number;
  /** Position of its ¶1 in the core's `paragraphs`. */
  first: number;
}

export interface CoreStatus {
  /** `hybrid` (dense + lexical) or `lexical` when the model could not be loaded. */
  mode: 'hybrid' | 'lexical';
  model: string;
  /** Why the core runs lexical-only, in one line the operator can act on. */
  warning?: string;
  /** Passages searched: the paragraphs plus their sentences (a gauge for operators). */
  passages?: number;
}

/** The documents changed and the core now answers from them. */
export interface DocumentsChanged {
  /** The documents now answered from. */
  documents: readonly DocumentInfo[];
  added: string[];
  changed: string[];
  removed: string[];
  paragraphs: number;
  /** Passages the model had to embed (the others came from the embedding cache). */
  embedded: number;
  buildMs: number;
}

/** How current the answers are. */
export interface Freshness {
  /** When the snapshot being answered from was built. */
  updatedAt: Date;
  /** A rebuild is waiting or running; answers come from the previous snapshot meanwhile. */
  rebuilding: boolean;
  /** Why the last rebuild failed, if it did (the previous documents are still answered from). */
  lastError?: string;
}

/**
 * The retrieval core: load once per process, share between adapters.
 * Knows nothing of Discord or Telegram. `paragraphs`, `documents` and
 * `keyPoints` read the current snapshot: they change when the documents do.
 */
export interface ReportCore {
  readonly paragraphs: readonly Paragraph[];
  readonly documents: readonly DocumentInfo[];
  readonly status: CoreStatus;
  readonly freshness: Freshness;
  /** Calls `listener` after each swap to new documents; returns the unsubscribe function. */
  onChange(listener: (event: DocumentsChanged) => void): () => void;
  /** Answer with verbatim, cited sentences — or decline. Never throws on user input. */
  ask(question: string): Promise<Reply>;
  /**
   * A paragraph by reference: `{ document, paragraph }`, or what a person
   * types — `DOC#N` (path, unique file name, or key), or `N` / `¶N` when
   * there is one document.
   */
  source(ref: string | number | ParagraphRef): SourceResult;
  /**
   * Sentences that cover the report's distinct topics (maximal marginal
   * relevance over sentence embeddings), rotated by `day` so consecutive days
   * differ. `documents` restricts to those files. Every text is a verbatim
   * substring of its paragraph's `text`.
   */
  keyPoints(options: { day: number; count: number; documents?: readonly string[] }): QuotedSentence[];
  /**
   * Questions in `language` made from the documents' headlines, speakers and
   * key sentences that the core itself answers from the paragraph they came
   * from — for /help. Computed on first use and kept until the documents change.
   */
  examples(language: Language): Promise<Example[]>;
}
