/**
 * Loads every .txt/.md document in the data folder (sorted by name, so ¶
 * numbers are stable for a given set of files) and numbers the paragraphs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentInfo } from '../core.js';
import { type Paragraph } from '../reply.js';
import { cleanDocument } from './clean.js';

export interface Corpus {
  paragraphs: Paragraph[];
  documents: DocumentInfo[];
  /** Extra text indexed for search only (sub-headlines, bylines), by ¶ number - 1. */
  searchExtras: string[];
  /** Changes when any document or the cleaning rules change. */
  hash: string;
}

/** Bump when cleaning changes, so indexes built from the old paragraphs are rebuilt. */
const CLEANING_VERSION = 2;

/** Whether a file name in the data folder is a document the loader reads (the watcher asks too). */
export function isDocumentName(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && !name.startsWith('.');
}

export function listDocuments(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs
    .readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isDocumentName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Markdown headings become plain headline lines; the rest reads like a page. */
function fromMarkdown(text: string): string {
  return text.replace(/^#{1,6}\s+/gm, '').replace(/^\s*[-*]\s+/gm, '');
}

export function loadCorpus(dataDir: string): Corpus {
  const paragraphs: Paragraph[] = [];
  const documents: DocumentInfo[] = [];
  const searchExtras: string[] = [];
  const corpusHash = createHash('sha256').update(`cleaning:${CLEANING_VERSION}\n`);
  for (const name of listDocuments(dataDir)) {
    const raw = fs.readFileSync(path.join(dataDir, name), 'utf8');
    const hash = createHash('sha256').update(raw).digest('hex');
    corpusHash.update(`${name}\n${hash}\n`);
    const source = name.toLowerCase().endsWith('.md') ? fromMarkdown(raw) : raw;
    const numbers: number[] = [];
    for (const clean of cleanDocument(source)) {
      const number = paragraphs.length + 1;
      const paragraph: Paragraph = {
        number,
        document: name,
        kind: clean.kind,
        headline: clean.headline,
        byline: clean.byline,
        body: clean.body,
        text: clean.text,
      };
      if (clean.speaker) paragraph.speaker = clean.speaker;
      paragraphs.push(paragraph);
      searchExtras.push([clean.subheadline, clean.byline].filter((s) => s !== '').join(' '));
      numbers.push(number);
    }
    documents.push({ name, hash, paragraphs: numbers });
  }
  return { paragraphs, documents, searchExtras, hash: corpusHash.digest('hex') };
}
