/**
 * `.pdf`: unpdf (pdf.js, serverless build: no canvas, no worker) gives the
 * positioned text runs of each page. Runs on one baseline form a line
 * (spaces only between Latin words, never inside CJK text); lines form
 * paragraphs. A line that does not end a sentence was wrapped by the layout
 * and continues on the next line — across a page break too — unless a larger
 * vertical gap or a change of font size says a new block starts. A line that
 * ends a sentence ends its paragraph when it stops short of the right margin
 * or the next line starts after a larger gap. Bare page numbers are dropped.
 * The title is the PDF's Title metadata, when it has one that is not a file name.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { endsSentence } from '../lines.js';
import { isCjk, joinWrapped, layoutParagraphs } from './layout.js';
import { type DocumentReader, UnreadableDocument } from './types.js';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface PdfLine {
  text: string;
  page: number;
  /** Baseline, PDF space (grows upwards). */
  y: number;
  left: number;
  right: number;
  fontSize: number;
}

const PAGE_NUMBER = /^(?:[-–—\s]*\d{1,4}[-–—\s]*|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/iu;

function linesOfPage(runs: readonly Run[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const run of runs) {
    if (run.str === '' && run.width === 0) continue;
    const size = run.fontSize || 10;
    if (current && Math.abs(run.y - current.y) <= size * 0.5) {
      const gap = run.x - current.right;
      const text = run.str;
      // A visible gap between Latin words is a space; CJK text never gets one.
      const spaced = gap > size * 0.2 && !isCjk(current.text.at(-1)) && !isCjk(text.trimStart()[0]) && !/\s$/.test(current.text) && !/^\s/.test(text);
      current.text += spaced ? ` ${text}` : text;
      current.right = Math.max(current.right, run.x + run.width);
      current.fontSize = Math.max(current.fontSize, size);
      continue;
    }
    if (current) lines.push(current);
    current = { text: run.str, page, y: run.y, left: run.x, right: run.x + run.width, fontSize: size };
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '' && !PAGE_NUMBER.test(l.text));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Joins wrapped lines into paragraphs (see the module comment). */
export function paragraphsOfLines(lines: readonly PdfLine[]): string[] {
  // The usual distance between two lines of one paragraph, relative to font size.
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
    if (a.page === b.page && Math.abs(a.fontSize - b.fontSize) < 0.5 && a.y > b.y) pitches.push((a.y - b.y) / a.fontSize);
  }
  const pitch = median(pitches) || 1.5;
  const rightMargin = Math.max(0, ...lines.map((l) => l.right));
  const paragraphs: string[] = [];
  let text = '';
  lines.forEach((line, i) => {
    text = joinWrapped(text, line.text);
    const next = lines[i + 1];
    if (!next) return;
    const newBlock = Math.abs(next.fontSize - line.fontSize) > Math.max(0.5, line.fontSize * 0.08);
    // A page break is no gap in the text: only a gap on the same page separates blocks.
    const wideGap = next.page === line.page && (line.y - next.y > pitch * 1.3 * line.fontSize || line.y < next.y);
    if (!endsSentence(line.text) && !newBlock && !wideGap) return; // wrapped mid-sentence
    const short = line.right < rightMargin - line.fontSize * 2;
    if (newBlock || wideGap || short) {
      paragraphs.push(text);
      text = '';
    }
  });
  if (text !== '') paragraphs.push(text);
  return paragraphs;
}

function usefulTitle(title: unknown): string {
  if (typeof title !== 'string') return '';
  const clean = title.replace(/\s+/g, ' ').trim();
  // Producers often record the file name or a placeholder instead of a title.
  if (clean === '' || /^(untitled|无标题|microsoft word - )/i.test(clean) || /\.(docx?|pdf|html?|txt|md)$/i.test(clean)) return '';
  return clean;
}

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; title: string }> {
  let items: Run[][];
  let title = '';
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      ({ items } = await extractTextItems(pdf));
      title = usefulTitle((await getMeta(pdf)).info.Title);
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw new UnreadableDocument(`not a readable PDF (${(error as Error).message.split('\n')[0]})`);
  }
  const lines = items.flatMap((runs, page) => linesOfPage(runs, page));
  return { text: layoutParagraphs(paragraphsOfLines(lines)), title };
}

export const pdfReader: DocumentReader = {
  format: 'PDF',
  extensions: ['.pdf'],
  read: pdfToText,
};
