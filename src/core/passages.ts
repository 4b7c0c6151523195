/**
 * The searchable form of the corpus: every paragraph's sentences with their
 * offsets (quotes are exact substrings of the paragraph's text) and terms.
 */
import { endsSentence } from './corpus/lines.js';
import { splitSentences } from './corpus/sentences.js';
import { Bm25Index } from './index/bm25.js';
import { tag, terms } from './index/segmenter.js';
import { normaliseForMatch } from './text/normalise.js';
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
  /** The text in matching form, for quoted phrases. */
  normalised: string;
  /** Names a person (jieba: nr, or an unknown two-to-four-character Han word). */
  namesPerson: boolean;
  /** The speaker label in front of a quoted paragraph (`…CEO张明：`): answers "who is…", never a key point. */
  isLabel: boolean;
}

export interface Passages {
  paragraphs: readonly Paragraph[];
  /** Each paragraph's headline terms: question words that only restate the topic. */
  headlineTerms: readonly ReadonlySet<string>[];
  /** Each paragraph's text in matching form, for quoted phrases. */
  normalised: readonly string[];
  /** Sentences of each paragraph, in reading order. */
  sentencesOf: readonly (readonly SentenceRecord[])[];
  /** All sentences, by id. */
  sentences: readonly SentenceRecord[];
  /**
   * Sentence-level index, for idf: words shared by a whole article (its topic)
   * weigh little when choosing a sentence; the word only one sentence has, a lot.
   */
  sentenceIndex: Bm25Index;
}

/** A person's name as jieba tags it, or two to four Han characters it does not know (a name it has never seen). */
export const isPersonName = (t: { word: string; tag: string }): boolean => /^nr/.test(t.tag) || (t.tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(t.word));

/** Sentences of a paragraph: the speaker label, then the body's sentences; captions and sign-offs are quoted whole. */
function sentencesOfParagraph(paragraph: Paragraph): { text: string; start: number; isLabel: boolean }[] {
  if (paragraph.kind !== 'body') return [{ text: paragraph.text, start: 0, isLabel: false }];
  const labelLength = paragraph.text.length - paragraph.body.length;
  const body = splitSentences(paragraph.body, labelLength).map((s) => ({ ...s, isLabel: false }));
  return labelLength > 0 ? [{ text: paragraph.text.slice(0, labelLength), start: 0, isLabel: true }, ...body] : body;
}

export function buildPassages(paragraphs: readonly Paragraph[]): Passages {
  const sentences: SentenceRecord[] = [];
  const sentencesOf = paragraphs.map((paragraph, index) =>
    sentencesOfParagraph(paragraph).map((s) => {
      const record: SentenceRecord = {
        paragraph: index,
        text: s.text,
        start: s.start,
        id: sentences.length,
        terms: new Set(terms(s.text)),
        normalised: normaliseForMatch(s.text),
        namesPerson: tag(s.text).some(isPersonName),
        isLabel: s.isLabel,
      };
      sentences.push(record);
      return record;
    }),
  );
  const sentenceIndex = new Bm25Index();
  sentenceIndex.addAll(sentences.map((s) => ({ id: s.id, terms: [...s.terms] })));
  // Articles share a headline: segment each headline once.
  const byHeadline = new Map<string, ReadonlySet<string>>();
  const headlineTerms = paragraphs.map((p) => {
    let set = byHeadline.get(p.headline);
    if (!set) byHeadline.set(p.headline, (set = new Set(terms(p.headline))));
    return set;
  });
  return { paragraphs, headlineTerms, normalised: paragraphs.map((p) => normaliseForMatch(p.text)), sentencesOf, sentences, sentenceIndex };
}

/**
 * What is embedded before a paragraph and each of its sentences: for a list item that is no sentence, its headline,
 * which says what the list is of ("启动华北仓选址调研" is a plan only under "下周计划"); '' for any other paragraph.
 * An item that is a sentence says what it is about itself, and the headline would only bring it nearer every
 * question asked under that heading: measured with every one-sentence item under its headline, two English
 * questions the documents do not answer rose over the English dense floor and were answered with an item.
 */
export function denseLead(paragraph: Paragraph): string {
  return paragraph.listItem && paragraph.headline !== '' && !endsSentence(paragraph.body) ? `${paragraph.headline}：` : '';
}

/** What the lexical index stores for a paragraph: its text and the metadata people ask about. */
export function searchableText(paragraph: Paragraph, extra: string): string {
  return [paragraph.text, paragraph.headline, extra].filter((s) => s !== '').join('\n');
}

/** A paragraph with its headline, in matching form: what the rules and the time of a candidate are read in. */
export function headedText(passages: Passages, index: number): string {
  return `${normaliseForMatch(passages.paragraphs[index]?.headline ?? '')}\n${passages.normalised[index] ?? ''}`;
}

const documentTexts = new WeakMap<Passages, Map<string, string>>();

/**
 * The whole document a paragraph belongs to, headlines included, in matching form: what a question's subject is
 * looked for in (answerability.ts openingName). Built once per set of passages, on first use.
 */
export function documentText(passages: Passages, index: number): string {
  let byDocument = documentTexts.get(passages);
  if (byDocument === undefined) {
    const parts = new Map<string, string[]>();
    passages.paragraphs.forEach((paragraph, i) => {
      const list = parts.get(paragraph.document) ?? [];
      list.push(normaliseForMatch(paragraph.headline), passages.normalised[i] ?? '');
      parts.set(paragraph.document, list);
    });
    byDocument = new Map([...parts].map(([document, list]) => [document, list.join('\n')]));
    documentTexts.set(passages, byDocument);
  }
  const document = passages.paragraphs[index]?.document;
  return document === undefined ? '' : (byDocument.get(document) ?? '');
}
