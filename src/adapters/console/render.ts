/**
 * Plain-text rendering for terminals: the console chat and `npm run ask`.
 */
import { type Outcome, type Summary } from '../../app/contracts.js';
import { type Paragraph, type SourceResult } from '../../core/reply.js';
import { citationHeading, messages, notAnswered } from '../shared/messages.js';

export function renderOutcome(outcome: Outcome): string {
  if (outcome.kind !== 'answer') return notAnswered(outcome);
  const lines = [messages.answerIntro(outcome.language), outcome.sentences.map((s) => `${s.text} [¶${s.paragraph}]`).join('\n'), '', `${messages.sourcesTitle(outcome.language)}:`];
  for (const citation of outcome.citations) lines.push(`  ${citationHeading(citation)}`, indent(citation.text));
  return lines.join('\n');
}

export function renderParagraph(paragraph: Paragraph): string {
  const heading = citationHeading({ paragraph: paragraph.number, headline: paragraph.headline, ...(paragraph.speaker ? { speaker: paragraph.speaker } : {}) });
  return `${heading}\n${indent(paragraph.text)}`;
}

export function renderSource(result: SourceResult, language: 'zh' | 'en' = 'zh'): string {
  if (result.kind === 'paragraph') return renderParagraph(result.paragraph);
  return result.reason === 'not_a_number' ? messages.sourceNotANumber(language, result.max) : messages.sourceOutOfRange(language, result.max);
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
    for (const item of section.items) lines.push(`  • ${item.question ? `${item.question} — ` : ''}${item.text} [¶${item.paragraph}]`);
  }
  return lines.join('\n');
}
