/**
 * loadCorpus: every document under the data folder, read by its format's
 * reader, cleaned and numbered. Paragraphs are numbered within their
 * document (¶1, ¶2…), so a citation stays the same while that document is
 * unchanged whatever happens to the others. A file that cannot be read is
 * skipped with one log line saying which and why; it never stops loading.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Logger, silentLogger } from '../../logger.js';
import { type DocumentInfo } from '../core.js';
import { documentKey } from '../refs.js';
import { type Paragraph } from '../reply.js';
import { cleanDocument } from './clean.js';
import { classifyLines } from './lines.js';
import { type DocumentFile, findDocumentFiles, type SkippedFile } from './files.js';
import { readDocumentFile } from './read-file.js';
import { readerFor, UnreadableDocument } from './readers/index.js';
import { isCreditedCaption, PHOTO_WORDS } from './photo.js';

export interface Corpus {
  /** All paragraphs, document by document (documents sorted by path). */
  paragraphs: Paragraph[];
  documents: DocumentInfo[];
  /** Extra text indexed for search only (sub-headlines), by position in `paragraphs`. */
  searchExtras: string[];
  /** Files found but not read, with the reason (already logged). */
  skipped: SkippedFile[];
  /** Changes when any document, the readers or the cleaning rules change. */
  hash: string;
}

export interface LoadOptions {
  /** Folders under the data folder that hold no documents (the index). */
  exclude?: readonly string[];
  /** Files larger than this are skipped. */
  maxDocumentBytes?: number;
  /**
   * Skips (see `skipKey`) the previous load already logged: a watching core
   * re-reads the folder on every change, and an oversized or corrupt file
   * that is still there is said once, not at every rebuild.
   */
  alreadyLogged?: ReadonlySet<string>;
  logger?: Logger;
}

/** Identifies a skip for `alreadyLogged`: the same file skipped for the same reason. */
export const skipKey = (skip: SkippedFile): string => `${skip.name}\n${skip.reason}`;

/** Whether a file name in the data folder is a document the loader reads (the watcher asks too). */
export function isDocumentName(name: string): boolean {
  return !path.basename(name).startsWith('.') && readerFor(name) !== undefined;
}

/** Bump when reading or cleaning changes, so indexes built from the old paragraphs are rebuilt. */
const CORPUS_VERSION = 13;
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The document's title: what its format records, else its first headline (in page order), else its file name. */
function titleOf(file: DocumentFile, recorded: string, headlines: readonly string[]): string {
  return recorded.trim() || headlines.find((h) => h.trim() !== '') || path.posix.basename(file.name).replace(/\.[^.]+$/, '');
}

/** Reads every file; unreadable ones are logged once and left out. */
export async function loadCorpus(dataDir: string, options: LoadOptions = {}): Promise<Corpus> {
  const logger = options.logger ?? silentLogger();
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const { files, skipped } = await findDocumentFiles(dataDir, options.exclude ?? []);
  return buildCorpus(files, { ...options, maxDocumentBytes: maxBytes, logger }, skipped);
}

/** The second half of loadCorpus, for files already found (tests remove a file in between). */
export async function buildCorpus(files: readonly DocumentFile[], options: LoadOptions, alreadySkipped: SkippedFile[] = []): Promise<Corpus> {
  const logger = options.logger ?? silentLogger();
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const skipped = [...alreadySkipped];
  const skip = (entry: SkippedFile): void => {
    if (!options.alreadyLogged?.has(skipKey(entry))) logger.warn({ document: entry.name }, `skipped ${entry.name}: ${entry.reason}`);
  };
  alreadySkipped.forEach(skip);
  const paragraphs: Paragraph[] = [];
  const documents: DocumentInfo[] = [];
  const searchExtras: string[] = [];
  const corpusHash = createHash('sha256').update(`corpus:${CORPUS_VERSION}\n`);
  for (const file of files) {
    let read;
    try {
      read = await readDocumentFile(file, maxBytes);
    } catch (error) {
      const reason = error instanceof UnreadableDocument ? error.message : `unexpected error (${(error as Error).message})`;
      skipped.push({ name: file.name, reason });
      skip({ name: file.name, reason });
      continue;
    }
    const hash = createHash('sha256').update(read.bytes).digest('hex');
    corpusHash.update(`${file.name}\n${hash}\n`);
    const cleaned = cleanDocument(read.text, read.marked);
    const title = titleOf(file, read.title, classifyLines(read.text, read.marked).filter((l) => l.kind === 'headline').map((l) => l.text));
    const key = documentKey(file.name);
    const positions: number[] = [];
    cleaned.forEach((clean, i) => {
      const paragraph: Paragraph = {
        number: i + 1,
        document: file.name,
        title,
        kind: clean.kind,
        headline: clean.headline,
        byline: clean.byline,
        body: clean.body,
        text: clean.text,
      };
      if (clean.speaker) paragraph.speaker = clean.speaker;
      if (clean.listItem) paragraph.listItem = true;
      positions.push(paragraphs.length);
      paragraphs.push(paragraph);
      // A byline says who wrote the article, not what it is about: questions about the writer's writings are
      // answered from `Paragraph.byline` (authorship.ts); indexed, it made "王晓文今年多大？" find the article.
      // A caption with its credit (…摄) is a photo, though it never says so: "谁拍的照片", "who took the photo" find it.
      searchExtras.push(isCreditedCaption(clean) ? [clean.subheadline, ...PHOTO_WORDS].join(' ').trim() : clean.subheadline);
    });
    if (cleaned.length === 0) logger.warn({ document: file.name }, `${file.name} has no text to answer from`);
    documents.push({ name: file.name, title, key, hash, paragraphs: positions.length, first: positions[0] ?? paragraphs.length });
  }
  return { paragraphs, documents, searchExtras, skipped, hash: corpusHash.digest('hex') };
}
