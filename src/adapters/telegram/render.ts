/**
 * Platform-neutral results → Telegram HTML messages. Words come from
 * shared/messages.ts; report and user text is escaped in html.ts; the 4096
 * split happens in split.ts. Nothing here talks to Telegram.
 */
import { type InlineKeyboardButton } from 'telegraf/types';
import { type LoggedReply, type Outcome, type Summary, type Vote } from '../../app/contracts.js';
import { type AnswerReply, type Citation, type Language, type OverviewReply, type Paragraph, type SourceResult } from '../../core/reply.js';
import { documentKey } from '../../core/refs.js';
import { citationHeading, messages, notAnswered, paragraphHeading, sentenceLabeler, shortParagraphLabel, sourceInvalid, summaryItemLabel } from '../shared/messages.js';
import { type Block, type Line } from './html.js';
import { packParts } from './split.js';

/** A reply: HTML parts sent in order; the buttons go under the last part. */
export interface TelegramMessage {
  parts: string[];
  buttons: InlineKeyboardButton.CallbackButton[][];
}

const BUTTONS_PER_ROW = 4;
/** Telegram allows 100 buttons; more than a screenful of citations helps no one. */
const MAX_BUTTONS = 12;

/** callback_data of a citation button: `src:KEY:N` (≤ 64 bytes by construction: the document goes by its 8-character key). */
export function sourceCallbackData(ref: { document: string; paragraph: number }): string {
  return `src:${documentKey(ref.document)}:${ref.paragraph}`;
}

/**
 * The paragraph a citation button shows, as a `/source` reference (`KEY#N`),
 * or undefined for anything else. Buttons from before documents had keys
 * (`src:N`) still resolve while there is one document.
 */
export function parseSourceCallback(data: string): string | undefined {
  const match = /^src:(?:([0-9a-f]{8}):)?(\d{1,7})$/.exec(data);
  if (match?.[2] === undefined) return undefined;
  return match[1] === undefined ? match[2] : `${match[1]}#${match[2]}`;
}

/** callback_data of a 👍/👎 button on logged answer `questionId` (`vote:up:42`, far below 64 bytes). */
export function voteCallbackData(vote: Vote, questionId: number): string {
  return `vote:${vote}:${questionId}`;
}

/** The vote and answer in a 👍/👎 button's callback_data, or undefined for anything else. */
export function parseVoteCallback(data: string): { vote: Vote; questionId: number } | undefined {
  const match = /^vote:(up|down):(\d{1,15})$/.exec(data);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { vote: match[1] as Vote, questionId: Number(match[2]) };
}

export function renderOutcome(outcome: Outcome): TelegramMessage {
  if (outcome.kind === 'answer') return renderAnswer(outcome);
  if (outcome.kind === 'overview') return renderOverview(outcome);
  return { parts: packParts([[{ text: notAnswered(outcome) }]]), buttons: [] };
}

function renderAnswer(reply: AnswerReply & LoggedReply): TelegramMessage {
  // The exact answer phrase, when the reader marked one, comes first; it is bold again inside its sentence.
  const blocks: Block[] = reply.phrase ? [[{ text: reply.phrase, style: 'bold' }]] : [];
  blocks.push([{ text: messages.answerIntro(reply.language, reply.sentences), style: 'bold' }, ...answerLines(reply)]);
  if (reply.citations.length > 0) blocks.push([{ text: messages.sourcesTitle(reply.language), style: 'bold' }]);
  for (const citation of reply.citations) {
    blocks.push([
      { text: citationHeading(citation), style: 'bold' },
      { text: citation.quote !== '' ? citation.quote : citation.text, style: 'quote' },
    ]);
  }
  const rows = citationButtons(reply.citations);
  // 👍/👎 on a row of their own, under the citation buttons.
  if (reply.questionId !== undefined) {
    rows.push([
      { text: messages.voteUp, callback_data: voteCallbackData('up', reply.questionId) },
      { text: messages.voteDown, callback_data: voteCallbackData('down', reply.questionId) },
    ]);
  }
  return { parts: packParts(blocks), buttons: rows };
}

/** One button per cited paragraph (at most MAX_BUTTONS), four per row. */
function citationButtons(citations: readonly Citation[]): InlineKeyboardButton.CallbackButton[][] {
  const buttons = citations.slice(0, MAX_BUTTONS).map((c) => ({ text: shortParagraphLabel(c, 12), callback_data: sourceCallbackData(c) }));
  const rows: InlineKeyboardButton.CallbackButton[][] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) rows.push(buttons.slice(i, i + BUTTONS_PER_ROW));
  return rows;
}

/**
 * An overview: a bold intro, then per article its headline in bold and each key
 * sentence as a quote ending in ¶N (`title ¶N` when several documents are
 * quoted); the citation buttons open the paragraphs.
 * Parts break between articles, never inside a tag.
 */
function renderOverview(reply: OverviewReply): TelegramMessage {
  const blocks: Block[] = [[{ text: messages.overviewIntro(reply.language, reply.sections.flatMap((section) => section.sentences)), style: 'bold' }]];
  const label = sentenceLabeler(reply.sections.flatMap((section) => section.sentences));
  for (const section of reply.sections) {
    blocks.push([
      { text: section.headline !== '' ? section.headline : section.title, style: 'bold' },
      ...section.sentences.map((s): Line => ({ text: `${s.text} ${label(s)}`, style: 'blockquote' })),
    ]);
  }
  return { parts: packParts(blocks), buttons: citationButtons(reply.citations) };
}

/** The quoted sentences, consecutive ones from the same paragraph on one line, each line ending in its ¶N. */
function answerLines(reply: AnswerReply): Line[] {
  if (reply.sentences.length === 0) return [{ text: reply.answer }];
  const lines: Line[] = [];
  const label = sentenceLabeler(reply.sentences);
  let text = '';
  let highlight: Line['highlight'];
  reply.sentences.forEach((sentence, index) => {
    if (sentence.highlight) highlight = { start: text.length + sentence.highlight.start, end: text.length + sentence.highlight.end };
    text += sentence.text;
    const next = reply.sentences[index + 1];
    if (next?.paragraph !== sentence.paragraph || next.document !== sentence.document) {
      lines.push({ text: `${text} ${label(sentence)}`, ...(highlight ? { highlight } : {}) });
      text = '';
      highlight = undefined;
    }
  });
  return lines;
}

/** The whole paragraph under its heading, for /source and the citation buttons. */
export function renderParagraph(paragraph: Paragraph): string[] {
  return packParts([paragraphBlock(paragraph)]);
}

function paragraphBlock(paragraph: Paragraph): Block {
  return [{ text: paragraphHeading(paragraph), style: 'bold' }, { text: paragraph.text }];
}

/** The paragraph as plain text, for a callback alert (which shows no markup). */
export function paragraphPlainText(paragraph: Paragraph): string {
  return `${paragraphHeading(paragraph)}\n${paragraph.text}`;
}

export function renderSource(result: SourceResult, language: Language): string[] {
  if (result.kind === 'paragraph') return renderParagraph(result.paragraph);
  return packParts([[{ text: sourceInvalid(language, result) }]]);
}

/** A summary: title, then each section's heading and items; parts break between items, never mid-sentence. */
export function renderSummary(summary: Summary, language: Language): string[] {
  const blocks: Block[] = [[{ text: messages.summaryTitle(language, summary.date), style: 'bold' }]];
  const sections = summary.sections.filter((section) => section.items.length > 0);
  if (sections.length === 0) blocks.push([{ text: messages.summaryEmpty(language) }]);
  for (const section of sections) {
    blocks.push([{ text: section.title, style: 'bold' }]);
    let lastDocument: string | undefined;
    for (const item of section.items) {
      const lines: Line[] = [];
      const asked = item.asked !== undefined && item.asked > 1 ? ` ${messages.askedTimes(language, item.asked)}` : '';
      if (item.paragraph === undefined) {
        // A declined question: the question and how often, nothing to quote.
        blocks.push([{ text: `• ${item.question ?? item.text}${asked}` }]);
        continue;
      }
      if (item.question !== undefined) {
        const down = item.votesDown !== undefined ? ` ${messages.markedWrong(language, item.votesDown)}` : '';
        lines.push({ text: `${item.question}${asked}${down}`, style: 'italic' });
      } else if (section.kind === 'documents' && item.document !== lastDocument) {
        lines.push({ text: `${item.title ?? ''} (${item.document ?? ''})`, style: 'italic' });
      }
      lastDocument = item.document;
      lines.push({ text: `• ${item.text} ${summaryItemLabel({ ...item, paragraph: item.paragraph }, section.kind === 'documents')}` });
      blocks.push(lines);
    }
  }
  return packParts(blocks);
}
