/**
 * Plain-text rendering for terminals: the console chat and `npm run ask`.
 */
import { type Outcome, type Summary } from '../../app/contracts.js';
import { type Paragraph, type QuotedSentence, type SourceResult } from '../../core/reply.js';
import { citationHeading, messages, notAnswered, paragraphHeading, paragraphLabel, sentenceLabeler, sourceInvalid } from '../shared/messages.js';

export function renderOutcome(outcome: Outcome): string {
  if (outcome.kind !== 'answer') return notAnswered(outcome);
  const label = sentenceLabeler(outcome.sentences);
  // The exact answer phrase, when the reader marked one, comes first and is marked **like this** inside its sentence.
  const lines = [
    ...(outcome.phrase ? [`» ${outcome.phrase}`] : []),
    messages.answerIntro(outcome.language),
    outcome.sentences.map((s) => `${marked(s)} [${label(s)}]`).join('\n'),
    '',
    `${messages.sourcesTitle(outcome.language)}:`,
  ];
  for (const citation of outcome.citations) lines.push(`  ${citationHeading(citation)}`, indent(citation.text));
  return lines.join('\n');
}

function marked(sentence: QuotedSentence): string {
  const h = sentence.highlight;
  if (!h || h.start < 0 || h.end > sentence.text.length || h.start >= h.end) return sentence.text;
  return `${sentence.text.slice(0, h.start)}**${sentence.text.slice(h.start, h.end)}**${sentence.text.slice(h.end)}`;
}

export function renderParagraph(paragraph: Paragraph): string {
  return `${paragraphHeading(paragraph)}\n${indent(paragraph.text)}`;
}

/** `command` is what the user types to ask for a paragraph: `/source` in the chat, `--source` on the command line. */
export function renderSource(result: SourceResult, language: 'zh' | 'en' = 'zh', command = '/source'): string {
  if (result.kind === 'paragraph') return renderParagraph(result.paragraph);
  return sourceInvalid(language, result, command);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** A summary as plain text: each section's title, then its quoted lines with ¶N. */
export function renderSummary(summary: Summary): string {
  const lines = [`${summary.date}`];
  for (const section of summary.sections) {
    lines.push('', section.title);
    for (const item of section.items) lines.push(`  • ${item.question ? `${item.question} — ` : ''}${item.text} [${paragraphLabel(item)}]`);
  }
  return lines.join('\n');
}
