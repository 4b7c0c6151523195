/**
 * The paragraphs of an HTML fragment: every block element's own text is one
 * paragraph (inline markup keeps only its text), headings are paragraphs of
 * their own, `<br>` breaks a paragraph, and a table row is one paragraph of
 * its cells joined by " · ", as the Markdown reader writes one. Used for
 * Readability's article and for mammoth's DOCX conversion alike.
 */
import { CELL_SEPARATOR, collapseSpaces } from './layout.js';

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
}

export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buffer = '';
  const flush = (heading = 0): void => {
    const text = collapseSpaces(buffer);
    if (text !== '') out.push({ text, heading });
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
      if (name === 'TR') {
        // An action item's owner and date stand in cells beside it: apart, "谁负责…" finds the task without its owner.
        buffer = rowText(child);
        flush();
        continue;
      }
      walk(child);
      const heading = /^H([1-6])$/.exec(name);
      flush(heading ? Number(heading[1]) : 0);
    }
  };
  walk(root);
  flush();
  return out;
}

/** A table row's cells, each read as blocks of its own, joined by CELL_SEPARATOR; empty cells are left out. */
function rowText(row: DomNode): string {
  const cells: string[] = [];
  for (let i = 0; i < row.childNodes.length; i++) {
    const cell = row.childNodes[i] as DomNode;
    if (cell.nodeType !== ELEMENT_NODE || !CELLS.has(cell.nodeName.toUpperCase())) continue;
    const text = collapseSpaces(htmlBlocks(cell).map((b) => b.text).join('\n'));
    if (text !== '') cells.push(text);
  }
  return cells.join(CELL_SEPARATOR);
}
