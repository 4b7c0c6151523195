/**
 * A reader turns one file's bytes into the plain text the cleaner numbers:
 * one paragraph per line block, blank lines between paragraphs, headings on
 * lines of their own (short, no sentence punctuation — the cleaner reads them
 * as headlines). Readers never see the file system.
 */
export interface ReadDocument {
  text: string;
  /** The title the format itself records (metadata or main heading); '' when it has none. */
  title: string;
  /**
   * Set when the format marks its headings and its paragraphs (Markdown): these lines are the headings, whatever
   * they look like ("Weekly Report, Week 49" has a comma), no other line is one, and every line is a paragraph of
   * its own (a list item without a full stop is no headline, nor does it run into the next item).
   */
  marked?: MarkedStructure;
}

export interface MarkedStructure {
  headings: readonly string[];
}

export interface DocumentReader {
  /** What the reader is, for log lines (`PDF`, `DOCX`…). */
  format: string;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  read(bytes: Uint8Array): Promise<ReadDocument>;
}

/** A file the reader cannot turn into text; `message` says why in words the operator can act on. */
export class UnreadableDocument extends Error {
  override name = 'UnreadableDocument';
}
