/**
 * Turns one extracted page into paragraphs with their metadata:
 * - exact duplicate body lines are dropped first (else a copy survives joining);
 * - a body line that does not end a sentence continues in the next body line,
 *   across blank lines, headlines and captions — but never into another
 *   speaker's quote or past an article's byline, nor where the format marks
 *   its paragraphs (`marked`: Markdown), where each line is one;
 * - headlines, bylines, speaker labels and photo credits become metadata;
 *   a caption becomes a paragraph of its own, ending with its credit, and so
 *   does a dateline (2026-11-28 09:30 来源：…), which is no headline, and the
 *   sign-off closing a report (sign-off.ts).
 */
import { type Speaker } from '../reply.js';
import { classifyLines, endsSentence, isHeaderField, type Line } from './lines.js';
import { type MarkedStructure } from './readers/types.js';
import { parseSpeaker } from './speaker.js';

export interface CleanParagraph {
  kind: 'body' | 'caption' | 'signoff';
  headline: string;
  /** Sub-headline of a quoted section (indexed for search, not displayed). */
  subheadline: string;
  speaker?: Speaker;
  byline: string;
  body: string;
  text: string;
  /** Source line where the paragraph starts: paragraphs are numbered in this order. */
  line: number;
  /** An item of a list the format marks. */
  listItem?: true;
}

interface Article {
  headline: string;
  byline: string;
  paragraphs: CleanParagraph[];
}

/** Joins two pieces of one sentence: nothing between Han text, a space between Latin words. */
function joinPieces(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

function dropDuplicateLines(lines: Line[]): Line[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (line.kind !== 'body' && line.kind !== 'caption') return true;
    if (seen.has(line.text)) return false;
    seen.add(line.text);
    return true;
  });
}

export function cleanDocument(source: string, marked?: MarkedStructure): CleanParagraph[] {
  const lines = dropDuplicateLines(classifyLines(source, marked));
  const articles: Article[] = [];
  /** Headlines whose article body has not started yet (the page continues it later). */
  const waiting: Article[] = [];
  // Text before any headline (or a document without headlines) belongs to an untitled article.
  let article: Article = { headline: '', byline: '', paragraphs: [] };
  articles.push(article);
  let closed = false;
  let speaker: Speaker | undefined;
  let subheadline = '';
  let lastWasSpeaker = false;
  let pending: CleanParagraph | undefined;
  /** A headline met while a sentence was still open: it opens its article once the sentence ends. */
  let deferred: string | undefined;

  const open = (headline: string): void => {
    if (article.paragraphs.length === 0 && article.headline !== '') waiting.push(article);
    article = { headline, byline: '', paragraphs: [] };
    articles.push(article);
    closed = false;
    speaker = undefined;
    subheadline = '';
  };
  /** Body after a closed article continues the oldest headline still waiting for its text. */
  const reopenIfClosed = (): void => {
    if (!closed) return;
    const next = waiting.shift();
    article = next ?? { headline: '', byline: '', paragraphs: [] };
    if (next === undefined) articles.push(article);
    closed = false;
    speaker = undefined;
  };
  const flush = (): void => {
    pending = undefined;
    if (deferred !== undefined) open(deferred);
    deferred = undefined;
  };
  const add = (paragraph: CleanParagraph): void => {
    article.paragraphs.push(paragraph);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const wasSpeaker: boolean = lastWasSpeaker;
    lastWasSpeaker = false;
    switch (line.kind) {
      case 'blank':
        lastWasSpeaker = wasSpeaker;
        break;
      case 'headline':
        // Right under a speaker label, a headline is that quote's sub-headline.
        if (wasSpeaker) subheadline = line.text;
        else if (pending === undefined) open(line.text);
        else deferred ??= line.text; // the layout put it inside an open sentence
        break;
      case 'speaker':
        flush(); // a sentence never runs into another speaker's quote
        reopenIfClosed();
        speaker = parseSpeaker(line.text);
        subheadline = '';
        lastWasSpeaker = true;
        break;
      case 'byline':
        flush();
        article.byline = line.text.replace(/^[（(]|[)）]$/gu, '');
        closed = true;
        break;
      case 'caption': {
        reopenIfClosed();
        const credit = lines[i + 1]?.kind === 'credit' ? (lines[i + 1] as Line).text : '';
        const text = credit === '' ? line.text : `${line.text}\n${credit}`;
        add({ kind: 'caption', headline: article.headline, subheadline: '', byline: '', body: line.text, text, line: line.index });
        break;
      }
      case 'dateline':
        // Under the headline, not one: a paragraph of its own (who reported it, when), never run into the next.
        flush();
        reopenIfClosed();
        add({ kind: 'caption', headline: article.headline, subheadline: '', byline: '', body: line.text, text: line.text, line: line.index });
        break;
      case 'credit':
        break; // attached to its caption above
      case 'signoff': {
        // Who wrote the document and when: one paragraph of its own, its lines joined, never run into the text above.
        flush();
        const previous = article.paragraphs.at(-1);
        if (previous?.kind === 'signoff') previous.body = previous.text = `${previous.text} ${line.text}`;
        else add({ kind: 'signoff', headline: article.headline, subheadline: '', byline: '', body: line.text, text: line.text, line: line.index });
        break;
      }
      case 'body': {
        // A list item starts a paragraph of its own, though the item above ends without a full stop.
        if (line.listItem) flush();
        if (pending !== undefined) {
          pending.body = joinPieces(pending.body, line.text);
        } else {
          reopenIfClosed();
          pending = { kind: 'body', headline: article.headline, subheadline, byline: '', body: line.text, text: '', line: line.index };
          if (speaker !== undefined) pending.speaker = speaker;
          if (line.listItem) pending.listItem = true;
          add(pending);
        }
        // A format that marks its paragraphs (Markdown) has one per line; a layout's lines may break mid-sentence.
        if (marked || endsSentence(line.text) || isHeaderField(line.text)) flush();
        break;
      }
    }
  }
  return finish(articles.concat(waiting.filter((a) => !articles.includes(a))));
}

/** Bylines apply to every paragraph of their article; `text` is what users see. */
function finish(articles: Article[]): CleanParagraph[] {
  const all: CleanParagraph[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      // A sign-off closes the whole document, not the section it happens to follow.
      paragraph.headline = paragraph.kind === 'signoff' ? '' : article.headline;
      paragraph.byline = article.byline;
      if (paragraph.kind === 'body') paragraph.text = paragraph.speaker ? `${paragraph.speaker.label}：${paragraph.body}` : paragraph.body;
      all.push(paragraph);
    }
  }
  return all.sort((a, b) => a.line - b.line);
}
