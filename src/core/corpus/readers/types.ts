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
   * Set when the format marks its paragraphs (Markdown, Word, web pages): every line is a paragraph of its own (a
   * list item without a full stop does not run into the next item, nor a table row into the text under it).
   */
  marked?: MarkedStructure;
}

export interface MarkedStructure {
  /**
   * The heading lines, when the format marks them: these are the headings, whatever they look like ("Weekly Report,
   * Week 49" has a comma), and no other line is one ("主持人：韩冰" is a short line, not a heading). Left out when a
   * document marks none (a Word file whose headings are only bold): its headlines are then told by their look.
   */
  headings?: readonly string[];
  /**
   * The lines that are items of a list the format marks (a bullet or a number): "启动华北仓选址调研" under "下周计划"
   * says what is planned only with its heading, so it is embedded with it and answered with the list's other items.
   */
  listItems?: readonly string[];
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
