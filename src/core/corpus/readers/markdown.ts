/**
 * `.md`: parsed with mdast (micromark, CommonMark + GFM tables), so markup
 * never reaches a quote: headings become headline lines, emphasis, links and
 * inline code keep only their text, images and raw HTML are dropped, each
 * list item and table row is its own paragraph, its cells under their
 * column headers. The first level-1 heading
 * (else the first heading) is the title.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { collapseSpaces, layoutParagraphs, tableTexts } from './layout.js';
import { decodeText } from './plain-text.js';
import { type DocumentReader, type ReadDocument } from './types.js';

const inline = (node: Nodes): string => collapseSpaces(toString(node, { includeImageAlt: false, includeHtml: false }));

interface Collected {
  out: string[];
  headings: { depth: number; text: string }[];
  /** Lines written inside a list item. */
  items: string[];
}

function blocks(nodes: readonly RootContent[], into: Collected, inItem = false): void {
  const { out, headings } = into;
  const pushItems = (...texts: string[]): void => {
    out.push(...texts);
    into.items.push(...texts);
  };
  const push = inItem ? pushItems : (...texts: string[]): void => void out.push(...texts);
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = inline(node);
        headings.push({ depth: node.depth, text });
        push(text);
        break;
      }
      case 'paragraph':
        push(inline(node));
        break;
      case 'listItem':
        blocks(node.children, into, true);
        break;
      case 'list':
      case 'blockquote':
        blocks(node.children, into, inItem);
        break;
      case 'table': {
        // GFM's first row is always the header: it labels the cells of the rows below and is no fact of its own.
        const [head, ...rows] = node.children.map((row) => row.children.map((cell) => inline(cell)));
        // A table's rows are a list too: "待办事项有哪些？" asks for every row under its heading.
        if (head !== undefined) pushItems(...tableTexts(rows, head));
        break;
      }
      case 'code':
        push(node.value);
        break;
      default:
        break; // html, thematic breaks, definitions, footnote definitions: not prose
    }
  }
}

export function markdownToText(source: string): ReadDocument {
  const tree: Root = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const into: Collected = { out: [], headings: [], items: [] };
  blocks(tree.children, into);
  const { out, headings, items } = into;
  const title = (headings.find((h) => h.depth === 1) ?? headings[0])?.text ?? '';
  return { text: layoutParagraphs(out), title, marked: { headings: headings.map((h) => h.text), listItems: items } };
}

export const markdownReader: DocumentReader = {
  format: 'Markdown',
  extensions: ['.md', '.markdown'],
  read: async (bytes) => markdownToText(decodeText(bytes)),
};
