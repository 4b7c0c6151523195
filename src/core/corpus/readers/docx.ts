/**
 * `.docx`: mammoth converts the Word document's paragraphs (with their
 * heading styles) to simple HTML, read with the same block walk as web
 * pages; text boxes, comments and tracked deletions are not body text. The
 * first Heading 1 / Title-styled paragraph is the title.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { readBlocks } from './html.js';
import { type DomNode, htmlBlocks } from './html-blocks.js';
import { type DocumentReader, type ReadDocument, UnreadableDocument } from './types.js';

export async function docxToText(bytes: Uint8Array): Promise<ReadDocument> {
  let html: string;
  try {
    // Word's Title style is a heading too: it is the document's title when present.
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1:fresh"] }));
  } catch (error) {
    throw new UnreadableDocument(`not a readable Word document (${(error as Error).message.split('\n')[0]})`);
  }
  const blocks = htmlBlocks(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as DomNode);
  const title = (blocks.find((b) => b.heading === 1) ?? blocks.find((b) => b.heading > 0))?.text ?? '';
  return readBlocks(blocks, title);
}

export const docxReader: DocumentReader = {
  format: 'DOCX',
  extensions: ['.docx'],
  read: docxToText,
};
