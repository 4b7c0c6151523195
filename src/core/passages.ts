/**
 * The searchable form of the corpus: every paragraph's sentences with their
 * offsets (quotes are exact substrings of the paragraph's text) and terms.
 */
import { splitSentences } from './corpus/sentences.js';
import { terms } from './index/segmenter.js';
import { type Paragraph } from './reply.js';

export interface SentenceRecord {
  /** 0-based paragraph index. */
  paragraph: number;
  text: string;
  /** Offset in the paragraph's `text`. */
  start: number;
  /** Position in the sentence-vector table. */
  id: number;
  terms: ReadonlySet<string>;
}

export interface Passages {
  paragraphs: readonly Paragraph[];
  /** Sentences of each paragraph, in reading order. */
  sentencesOf: readonly (readonly SentenceRecord[])[];
  /** All sentences, by id. */
  sentences: readonly SentenceRecord[];
}

/** Sentences of a paragraph: body sentences after the speaker label; captions are quoted whole. */
function sentencesOfParagraph(paragraph: Paragraph): { text: string; start: number }[] {
  if (paragraph.kind === 'caption') return [{ text: paragraph.text, start: 0 }];
  return splitSentences(paragraph.body, paragraph.text.length - paragraph.body.length);
}

export function buildPassages(paragraphs: readonly Paragraph[]): Passages {
  const sentences: SentenceRecord[] = [];
  const sentencesOf = paragraphs.map((paragraph, index) =>
    sentencesOfParagraph(paragraph).map((s) => {
      const record: SentenceRecord = { paragraph: index, text: s.text, start: s.start, id: sentences.length, terms: new Set(terms(s.text)) };
      sentences.push(record);
      return record;
    }),
  );
  return { paragraphs, sentencesOf, sentences };
}

/** What the lexical index stores for a paragraph: its text and the metadata people ask about. */
export function searchableText(paragraph: Paragraph, extra: string): string {
  return [paragraph.text, paragraph.headline, extra].filter((s) => s !== '').join('\n');
}
