/**
 * Looks up the paragraph a person or a button names (see refs.ts). Errors
 * carry the documents that could be meant, so adapters can say what to type.
 */
import { type DocumentInfo } from './core.js';
import { type ParagraphRef, parseRef } from './refs.js';
import { type DocumentChoice, type Paragraph, type SourceResult } from './reply.js';
import { stripInvisible } from './text/normalise.js';

const choice = (d: DocumentInfo): DocumentChoice => ({ name: d.name, title: d.title, paragraphs: d.paragraphs });

/** Documents a typed name can mean: the path, the key, the file name, either without extension. */
export function matchDocuments(documents: readonly DocumentInfo[], typed: string): DocumentInfo[] {
  const want = typed.trim().replace(/^\.?\//, '').toLowerCase();
  const noExt = (s: string): string => s.replace(/\.[^./]+$/, '');
  const exact = documents.filter((d) => d.name.toLowerCase() === want || d.key === want);
  if (exact.length > 0) return exact;
  const base = (d: DocumentInfo): string => d.name.slice(d.name.lastIndexOf('/') + 1).toLowerCase();
  const byName = documents.filter((d) => base(d) === want || noExt(d.name.toLowerCase()) === want);
  return byName.length > 0 ? byName : documents.filter((d) => noExt(base(d)) === want);
}

export function createSourceLookup(paragraphs: readonly Paragraph[], documents: readonly DocumentInfo[]): (ref: string | number | ParagraphRef) => SourceResult {
  const all = documents.map(choice);
  const invalid = (reason: Extract<SourceResult, { kind: 'invalid' }>['reason'], document: DocumentInfo | string | undefined, choices = all): SourceResult => ({
    kind: 'invalid',
    reason,
    document: typeof document === 'string' ? document : (document?.name ?? ''),
    max: typeof document === 'object' ? document.paragraphs : documents.length === 1 ? (documents[0]?.paragraphs ?? 0) : 0,
    documents: choices,
  });
  const inDocument = (document: DocumentInfo, n: number): SourceResult => {
    if (!Number.isInteger(n) || n < 1 || n > document.paragraphs) return invalid('out_of_range', document);
    const paragraph = paragraphs[document.first + n - 1];
    return paragraph ? { kind: 'paragraph', paragraph } : invalid('out_of_range', document);
  };

  return (ref) => {
    if (documents.length === 0) return invalid('no_documents', undefined);
    if (typeof ref === 'object') {
      const document = documents.find((d) => d.name === ref.document);
      return document ? inDocument(document, ref.paragraph) : invalid('unknown_document', ref.document);
    }
    const parsed = parseRef(stripInvisible(String(ref)));
    let document: DocumentInfo | undefined;
    if (parsed.document === undefined) {
      if (documents.length > 1) return invalid(parsed.kind === 'ref' ? 'ambiguous' : 'not_a_number', undefined);
      document = documents[0];
    } else {
      const matches = matchDocuments(documents, parsed.document);
      if (matches.length === 0) return invalid('unknown_document', parsed.document);
      if (matches.length > 1) return invalid('ambiguous', parsed.document, matches.map(choice));
      document = matches[0];
    }
    if (!document) return invalid('unknown_document', undefined);
    return parsed.kind === 'ref' ? inDocument(document, parsed.paragraph) : invalid('not_a_number', document);
  };
}
