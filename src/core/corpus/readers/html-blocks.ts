/**
 * The paragraphs of an HTML fragment: every block element's own text is one
 * paragraph (inline markup keeps only its text), headings are paragraphs of
 * their own, `<br>` breaks a paragraph, and a table row is one paragraph of
 * its cells joined by " · ", each under its column's header, as the Markdown
 * reader writes one. Used for Readability's article and for mammoth's DOCX
 * conversion alike.
 */
import { collapseSpaces, tableTexts } from './layout.js';

/** Just what the walk needs of a DOM node (linkedom's nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

export interface HtmlBlock {
  text: string;
  /** 1–6 for h1–h6, 0 for other blocks. */
  heading: number;
  /** Written inside a list item (`<li>`). */
  listItem?: true;
}

export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buffer = '';
  /** How many `<li>` the walk is inside. */
  let items = 0;
  const flush = (heading = 0): void => {
    const text = collapseSpaces(buffer);
    if (text !== '') out.push(items > 0 ? { text, heading, listItem: true } : { text, heading });
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as DomNode;
      if (child.nodeType === TEXT_NODE) {
        buffer += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'BR') {
        flush();
        continue;
      }
      if (!BLOCKS.has(name)) {
        walk(child);
        continue;
      }
      flush();
      if (name === 'TABLE') {
        // An action item's owner and date stand in cells beside it: apart, "谁负责…" finds the task without its owner.
        const rows = rowsOf(child);
        const header = rows[0]?.header ? rows[0].cells : undefined;
        const body = (header ? rows.slice(1) : rows).map((row) => row.cells);
        for (const text of tableTexts(body, header)) out.push({ text, heading: 0, listItem: true }); // a table's rows are a list too
        continue;
      }
      if (name === 'LI') items++;
      walk(child);
      const heading = /^H([1-6])$/.exec(name);
      flush(heading ? Number(heading[1]) : 0);
      if (name === 'LI') items--;
    }
  };
  walk(root);
  flush();
  return out;
}

/** A table's rows in order (through THEAD, TBODY, TFOOT; not into tables nested in cells), each with its cells' text. */
function rowsOf(table: DomNode): { cells: string[]; header: boolean }[] {
  const rows: { cells: string[]; header: boolean }[] = [];
  const visit = (node: DomNode, inHead: boolean): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as DomNode;
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (name === 'THEAD' || name === 'TBODY' || name === 'TFOOT') visit(child, name === 'THEAD');
      else if (name === 'TR') rows.push(rowOf(child, inHead));
    }
  };
  visit(table, false);
  return rows;
}

/** A row's cells, each read as blocks of its own; a header row is in THEAD or made of TH cells only. */
function rowOf(row: DomNode, inHead: boolean): { cells: string[]; header: boolean } {
  const cells: string[] = [];
  let allHeaders = true;
  for (let i = 0; i < row.childNodes.length; i++) {
    const cell = row.childNodes[i] as DomNode;
    if (cell.nodeType !== ELEMENT_NODE || !CELLS.has(cell.nodeName.toUpperCase())) continue;
    allHeaders &&= cell.nodeName.toUpperCase() === 'TH';
    cells.push(collapseSpaces(htmlBlocks(cell).map((b) => b.text).join('\n')));
  }
  return { cells, header: cells.length > 0 && (inHead || allHeaders) };
}
