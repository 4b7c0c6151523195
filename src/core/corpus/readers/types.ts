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
