/** The readers, by file extension: one per format. */
import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { markdownReader } from './markdown.js';
import { pdfReader } from './pdf.js';
import { plainTextReader } from './plain-text.js';
import { type DocumentReader } from './types.js';

export { type DocumentReader, type ReadDocument, UnreadableDocument } from './types.js';

const readers: readonly DocumentReader[] = [plainTextReader, markdownReader, htmlReader, pdfReader, docxReader];
const byExtension = new Map(readers.flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)));

/** Extensions the bot reads, e.g. for messages: `.txt, .md, …`. */
export const supportedExtensions: readonly string[] = [...byExtension.keys()];

/** The reader for a file name, or undefined when the format is not supported. */
export function readerFor(fileName: string): DocumentReader | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? undefined : byExtension.get(fileName.slice(dot).toLowerCase());
}
