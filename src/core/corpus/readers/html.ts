/**
 * `.html`/`.htm`: Mozilla Readability (Firefox Reader View's extractor) finds
 * the article over a linkedom document; navigation, scripts, asides, footers,
 * forms and consent banners are removed first, so page furniture is never
 * quoted even when Readability would keep a piece of it. The title is the
 * article's main heading when the page title contains it (page titles carry
 * the site's name), else the page title.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from './plain-text.js';
import { type DomNode, type HtmlBlock, htmlBlocks } from './html-blocks.js';
import { collapseSpaces, layoutParagraphs } from './layout.js';
import { type DocumentReader, type ReadDocument } from './types.js';

/** Page furniture, by element and by the names sites give it. */
const BOILERPLATE = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'dialog', 'iframe', 'button',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]',
  '[aria-hidden="true"]', '[hidden]',
  '[class*="cookie" i]', '[id*="cookie" i]', '[class*="consent" i]', '[id*="consent" i]', '[class*="gdpr" i]',
  '[class*="newsletter" i]', '[class*="share" i]', '[class*="breadcrumb" i]', '[class*="related" i]',
].join(',');

/**
 * Blocks as the cleaner reads them: one paragraph each (a block never wraps mid-sentence as a PDF line does), and
 * the heading elements as the headings when there are any besides the first block, the title.
 */
export function readBlocks(blocks: readonly HtmlBlock[], title: string): ReadDocument {
  const headings = blocks.filter((b) => b.heading > 0).map((b) => b.text);
  const marksSections = headings.some((h) => h !== blocks[0]?.text);
  const listItems = blocks.filter((b) => b.listItem).map((b) => b.text);
  return { text: layoutParagraphs(blocks.map((b) => b.text)), title, marked: marksSections ? { headings, listItems } : { listItems } };
}

export function htmlToText(html: string): ReadDocument {
  const { document } = parseHTML(html);
  for (const element of [...document.querySelectorAll(BOILERPLATE)]) element.remove();
  const pageTitle = collapseSpaces(document.querySelector('title')?.textContent ?? '');
  const h1 = collapseSpaces(document.querySelector('h1')?.textContent ?? '');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let blocks: HtmlBlock[];
  if (article?.content) {
    blocks = htmlBlocks(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode);
  } else {
    // Too little text for Readability to call it an article: the page without its furniture.
    blocks = htmlBlocks(document.body as unknown as DomNode);
  }
  const readTitle = collapseSpaces(article?.title ?? '') || pageTitle;
  const title = h1 !== '' && (readTitle === '' || readTitle.includes(h1)) ? h1 : readTitle;
  // Readability demotes the article's h1 to h2 and sometimes drops it; the title leads either way.
  if (title !== '' && blocks[0]?.text !== title) blocks.unshift({ text: title, heading: 1 });
  return readBlocks(blocks, title);
}

export const htmlReader: DocumentReader = {
  format: 'HTML',
  extensions: ['.html', '.htm'],
  read: async (bytes) => htmlToText(decodeText(bytes)),
};
