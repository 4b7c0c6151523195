/**
 * How people and buttons name a paragraph: `N` when there is one document,
 * `DOC#N` always, where DOC is the document's path under the data folder
 * (`weekly/2026-w48.pdf`), its file name when that is unique (`2026-w48.pdf`
 * or `2026-w48`), or its short key (buttons, whose ids have little room).
 */
import { createHash } from 'node:crypto';

/** 8 hex characters of the path's sha256: stable while the document keeps its path. */
export function documentKey(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 8);
}

/** A paragraph of a document: ¶`paragraph` of `document`. */
export interface ParagraphRef {
  document: string;
  paragraph: number;
}

export type ParsedRef = { kind: 'ref'; document: string | undefined; paragraph: number } | { kind: 'not_a_number'; document: string | undefined };

/** Splits `DOC#N`, `DOC ¶N`, `¶N` or `N`; the document part is returned as typed. */
export function parseRef(input: string): ParsedRef {
  const text = input.trim();
  const match = /^(?:(.*?)\s*(?:#|¶|\s)\s*)?¶?\s*([+-]?\d+)$/u.exec(text);
  if (match) {
    const document = match[1]?.trim();
    return { kind: 'ref', document: document === '' ? undefined : document, paragraph: Number(match[2]) };
  }
  const hash = text.lastIndexOf('#');
  return { kind: 'not_a_number', document: hash > 0 ? text.slice(0, hash).trim() : undefined };
}
