/**
 * `.pdf`: unpdf (pdf.js, serverless build: no canvas, no worker) gives the
 * positioned text runs of each page. Runs on one baseline form a line
 * (spaces only between Latin words, never inside CJK text); lines form
 * paragraphs. A line that does not end a sentence was wrapped by the layout
 * and continues on the next line — across a page break too — unless a larger
 * vertical gap or a change of font size says a new block starts, or the line is
 * too narrow to have been filled (a table row, a right-aligned signer).
 * A line opening with an item mark (1. 2、 •) after a sentence starts a paragraph. A line that
 * ends a sentence ends its paragraph when it stops short of the right margin
 * or the next line starts after a larger gap. Bare page numbers are dropped.
 * The title is the PDF's Title metadata, when it has one that is not a file name.
 *
 * A PDF marks no structure, but its layout shows some (`marked`): lines set larger
 * than the body text are its headings; two or more one-line paragraphs in a row
 * whose text stands in the same number of cells (runs a wide gap apart) are a
 * table, read as other formats read one (a header row of words labels the cells
 * of rows holding numbers); items and rows are list items.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { endsSentence, ITEM_MARK } from '../lines.js';
import { isCjk, joinWrapped, layoutParagraphs, tableRowText, tableTexts } from './layout.js';
import { type DocumentReader, type MarkedStructure, type ReadDocument, UnreadableDocument } from './types.js';

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
  /** The line's text in cells: runs a wide gap apart (a table's columns). */
  cells: string[];
}

/** A paragraph and the lines it was joined from. */
interface PdfBlock {
  text: string;
  lines: readonly PdfLine[];
}

/** A gap between two runs on one line, in ems, that separates table cells rather than words. */
const CELL_GAP = 1;

const PAGE_NUMBER = /^(?:[-–—\s]*\d{1,4}[-–—\s]*|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/iu;

function linesOfPage(runs: readonly Run[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  /** Where the last visible run of the current line ends: white-space runs span the gaps between cells. */
  let inkRight = 0;
  for (const run of runs) {
    if (run.str === '' && run.width === 0) continue;
    const size = run.fontSize || 10;
    const ink = run.str.trim() !== '';
    if (current && Math.abs(run.y - current.y) <= size * 0.5) {
      const gap = run.x - current.right;
      const text = run.str;
      // A visible gap between Latin words is a space; CJK text never gets one.
      const spaced = gap > size * 0.2 && !isCjk(current.text.at(-1)) && !isCjk(text.trimStart()[0]) && !/\s$/.test(current.text) && !/^\s/.test(text);
      current.text += spaced ? ` ${text}` : text;
      if (ink) {
        if (run.x - inkRight > size * CELL_GAP || current.cells.length === 0) current.cells.push(text);
        else current.cells[current.cells.length - 1] = joinWrapped(current.cells.at(-1) ?? '', text);
        inkRight = run.x + run.width;
      }
      current.right = Math.max(current.right, run.x + run.width);
      current.fontSize = Math.max(current.fontSize, size);
      continue;
    }
    if (current) lines.push(current);
    current = { text: run.str, page, y: run.y, left: run.x, right: run.x + run.width, fontSize: size, cells: ink ? [run.str] : [] };
    inkRight = ink ? run.x + run.width : run.x;
  }
  if (current) lines.push(current);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim(), cells: l.cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '') }))
    .filter((l) => l.text !== '' && !PAGE_NUMBER.test(l.text));
}

/** The share of the text's full line width a line must reach to have been wrapped (ragged-right Latin text falls short by a word). */
const FULL_LINE = 0.7;

/** The value below which a share `q` of `values` lies; 0 for none. */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] as number;
}

/** Joins wrapped lines into paragraphs (see the module comment). */
export function paragraphsOfLines(lines: readonly PdfLine[]): PdfBlock[] {
  // The usual distance between two lines of one paragraph, relative to font size.
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
    if (a.page === b.page && Math.abs(a.fontSize - b.fontSize) < 0.5 && a.y > b.y) pitches.push((a.y - b.y) / a.fontSize);
  }
  // The lower quartile, not the median: where most paragraphs are one line long (lists, reports of short items), most
  // pairs of lines are a paragraph apart, and their median is the paragraph gap.
  const pitch = quantile(pitches, 0.25) || 1.5;
  const rightMargin = Math.max(0, ...lines.map((l) => l.right));
  // A line wraps only when the text fills it: a line much narrower than the text's usual full line (a table row, a
  // right-aligned signer, a heading without its number) ends where its writer ended it.
  const fullWidth = quantile(lines.map((l) => l.right - l.left), 0.9);
  const full = (line: PdfLine): boolean => line.right - line.left >= fullWidth * FULL_LINE;
  const paragraphs: PdfBlock[] = [];
  let text = '';
  let joined: PdfLine[] = [];
  lines.forEach((line, i) => {
    text = joinWrapped(text, line.text);
    joined.push(line);
    const next = lines[i + 1];
    if (!next) return;
    const newBlock = Math.abs(next.fontSize - line.fontSize) > Math.max(0.5, line.fontSize * 0.08);
    // A page break is no gap in the text: only a gap on the same page separates blocks.
    const wideGap = next.page === line.page && (line.y - next.y > pitch * 1.3 * line.fontSize || line.y < next.y);
    const filled = full(line);
    if (!endsSentence(line.text) && !newBlock && !wideGap && filled) return; // wrapped mid-sentence
    const short = line.right < rightMargin - line.fontSize * 2;
    // A sentence ending a full line, then a line opening with an item mark: the next item of a list.
    const nextItem = ITEM_MARK.test(next.text);
    if (newBlock || wideGap || short || !filled || nextItem) {
      paragraphs.push({ text, lines: joined });
      text = '';
      joined = [];
    }
  });
  if (text !== '') paragraphs.push({ text, lines: joined });
  return paragraphs;
}

/** The font size most of the text is set in. */
function bodySize(blocks: readonly PdfBlock[]): number {
  const chars = new Map<number, number>();
  for (const line of blocks.flatMap((b) => b.lines)) chars.set(line.fontSize, (chars.get(line.fontSize) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** A block that may be a table row: one line in two cells or more. */
const cellsOf = (block: PdfBlock): readonly string[] | undefined => (block.lines.length === 1 && (block.lines[0]?.cells.length ?? 0) >= 2 ? block.lines[0]?.cells : undefined);

/**
 * The paragraphs' texts and the structure their layout shows (see the module comment). Headings are marked only where
 * some line is set larger than the body; otherwise the cleaner tells them by their look, as in plain text.
 */
export function structureOf(blocks: readonly PdfBlock[]): { paragraphs: string[]; marked?: MarkedStructure } {
  const size = bodySize(blocks);
  const headings = blocks.filter((b) => b.lines.length <= 2 && b.text.length <= 60 && b.lines.every((l) => l.fontSize > size + 0.5)).map((b) => b.text);
  const paragraphs: string[] = [];
  const items: string[] = [];
  const cellsAt = blocks.map(cellsOf);
  const opens = blocks.map((b) => ITEM_MARK.test(b.text));
  for (let i = 0; i < blocks.length; i++) {
    const cells = cellsAt[i];
    let end = i + 1;
    while (cells !== undefined && cellsAt[end]?.length === cells.length) end++;
    if (cells !== undefined && end - i >= 2) {
      const rows = cellsAt.slice(i, end) as (readonly string[])[];
      // A header row names its columns in words; the rows under it hold the figures.
      const headed = !rows[0]?.some((cell) => /\d/u.test(cell)) && rows.slice(1).some((row) => row.some((cell) => /\d/u.test(cell)));
      const texts = headed ? tableTexts(rows.slice(1), rows[0]) : rows.map((row) => tableRowText(row));
      paragraphs.push(...texts);
      items.push(...texts);
      i = end - 1;
      continue;
    }
    const text = (blocks[i] as PdfBlock).text;
    paragraphs.push(text);
    if (opens[i] && (opens[i - 1] || opens[i + 1])) items.push(text);
  }
  return headings.length === 0 ? { paragraphs } : { paragraphs, marked: { headings, listItems: items } };
}

function usefulTitle(title: unknown): string {
  if (typeof title !== 'string') return '';
  const clean = title.replace(/\s+/g, ' ').trim();
  // Producers often record the file name or a placeholder instead of a title.
  if (clean === '' || /^(untitled|无标题|microsoft word - )/i.test(clean) || /\.(docx?|pdf|html?|txt|md)$/i.test(clean)) return '';
  return clean;
}

export async function pdfToText(bytes: Uint8Array): Promise<ReadDocument> {
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
  const { paragraphs, marked } = structureOf(paragraphsOfLines(lines));
  return { text: layoutParagraphs(paragraphs), title, ...(marked ? { marked } : {}) };
}

export const pdfReader: DocumentReader = {
  format: 'PDF',
  extensions: ['.pdf'],
  read: pdfToText,
};
