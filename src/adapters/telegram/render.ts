/**
 * Platform-neutral results → Telegram HTML messages. Words come from
 * shared/messages.ts; report and user text is escaped in html.ts; the 4096
 * split happens in split.ts. Nothing here talks to Telegram.
 */
import { type InlineKeyboardButton } from 'telegraf/types';
import { type Outcome, type Summary } from '../../app/contracts.js';
import { type AnswerReply, type Language, type Paragraph, type SourceResult } from '../../core/reply.js';
import { documentKey } from '../../core/refs.js';
import { citationHeading, messages, notAnswered, paragraphHeading, paragraphLabel, sentenceLabeler, shortParagraphLabel, sourceInvalid } from '../shared/messages.js';
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

export function renderOutcome(outcome: Outcome): TelegramMessage {
  if (outcome.kind === 'answer') return renderAnswer(outcome);
  return { parts: packParts([[{ text: notAnswered(outcome) }]]), buttons: [] };
}

function renderAnswer(reply: AnswerReply): TelegramMessage {
  // The exact answer phrase, when the reader marked one, comes first; it is bold again inside its sentence.
  const blocks: Block[] = reply.phrase ? [[{ text: reply.phrase, style: 'bold' }]] : [];
  blocks.push([{ text: messages.answerIntro(reply.language), style: 'bold' }, ...answerLines(reply)]);
  if (reply.citations.length > 0) blocks.push([{ text: messages.sourcesTitle(reply.language), style: 'bold' }]);
  for (const citation of reply.citations) {
    blocks.push([
      { text: citationHeading(citation), style: 'bold' },
      { text: citation.quote !== '' ? citation.quote : citation.text, style: 'quote' },
    ]);
  }
  const buttons = reply.citations.slice(0, MAX_BUTTONS).map((c) => ({ text: shortParagraphLabel(c, 12), callback_data: sourceCallbackData(c) }));
  const rows: InlineKeyboardButton.CallbackButton[][] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) rows.push(buttons.slice(i, i + BUTTONS_PER_ROW));
  return { parts: packParts(blocks), buttons: rows };
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
      if (item.question !== undefined) {
        const asked = item.asked !== undefined && item.asked > 1 ? ` ${messages.askedTimes(language, item.asked)}` : '';
        lines.push({ text: `${item.question}${asked}`, style: 'italic' });
      } else if (section.kind === 'documents' && item.document !== lastDocument) {
        lines.push({ text: `${item.title} (${item.document})`, style: 'italic' });
      }
      lastDocument = item.document;
      lines.push({ text: `• ${item.text} ${section.kind === 'documents' ? `¶${item.paragraph}` : paragraphLabel(item)}` });
      blocks.push(lines);
    }
  }
  return packParts(blocks);
}
