/**
 * Plain-text rendering for terminals: the console chat and `npm run ask`.
 */
import { type Outcome, type Summary } from '../../app/contracts.js';
import { type OverviewReply, type Paragraph, type QuotedSentence, type SourceResult } from '../../core/reply.js';
import { citationHeading, messages, notAnswered, paragraphHeading, sentenceLabeler, sourceInvalid, summaryItemLabel } from '../shared/messages.js';

export function renderOutcome(outcome: Outcome): string {
  if (outcome.kind === 'overview') return renderOverview(outcome);
  if (outcome.kind !== 'answer') return notAnswered(outcome);
  const label = sentenceLabeler(outcome.sentences);
  // The exact answer phrase, when the reader marked one, comes first and is marked **like this** inside its sentence.
  const lines = [
    ...(outcome.phrase ? [`» ${outcome.phrase}`] : []),
    messages.answerIntro(outcome.language, outcome.sentences),
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

/** Each article's headline, then its key sentences quoted with [¶N] (or [title ¶N]); the paragraphs follow as sources. */
function renderOverview(reply: OverviewReply): string {
  const lines = [messages.overviewIntro(reply.language, reply.sections.flatMap((section) => section.sentences))];
  const label = sentenceLabeler(reply.sections.flatMap((section) => section.sentences));
  for (const section of reply.sections) {
    lines.push('', section.headline !== '' ? section.headline : section.title);
    for (const s of section.sentences) lines.push(`  • ${s.text} [${label(s)}]`);
  }
  lines.push('', `${messages.sourcesTitle(reply.language)}:`);
  for (const citation of reply.citations) lines.push(`  ${citationHeading(citation)}`, indent(citation.text));
  return lines.join('\n');
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
    for (const item of section.items) {
      const times = item.asked !== undefined && item.asked > 1 ? ` ${messages.askedTimes('zh', item.asked)}` : '';
      const down = item.votesDown !== undefined ? ` ${messages.markedWrong('zh', item.votesDown)}` : '';
      if (item.paragraph === undefined) lines.push(`  • ${item.question ?? item.text}${times}`);
      else lines.push(`  • ${item.question ? `${item.question}${times}${down} — ` : ''}${item.text} [${summaryItemLabel({ ...item, paragraph: item.paragraph })}]`);
    }
  }
  return lines.join('\n');
}
