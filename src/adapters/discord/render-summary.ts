/**
 * A daily Summary → Discord messages of embeds. One embed per section (more
 * when a section is long), lines kept whole: a long summary continues in
 * further embeds and messages instead of being cut mid-sentence.
 */
import { type APIEmbed } from 'discord.js';
import { type Summary, type SummaryItem, type SummarySection } from '../../app/contracts.js';
import { type Language } from '../../core/reply.js';
import { messages, summaryItemLabel } from '../shared/messages.js';
import { LIMITS, NO_PINGS, embedLength, textPayload, type DiscordPayload } from './render.js';
import { chunkBySentence, clip, escapeDiscord } from './text.js';

/** One summary line as Discord text: the verbatim sentence and its `title ¶N · headline` (questions lead with the question); under a document's heading ¶N and the headline. */
function itemLine(section: SummarySection, item: SummaryItem, language: Language): string {
  const times = item.asked !== undefined && item.asked > 1 ? ` ${messages.askedTimes(language, item.asked)}` : '';
  // Declined questions: the question and how often, nothing to quote.
  if (item.paragraph === undefined) return `• ${escapeDiscord(item.question ?? item.text)}${times}`;
  const where = summaryItemLabel({ ...item, paragraph: item.paragraph }, section.kind === 'documents');
  const quote = `${escapeDiscord(item.text)} ${escapeDiscord(where)}`;
  if ((section.kind === 'questions' || section.kind === 'wrong') && item.question !== undefined) {
    const down = item.votesDown !== undefined ? ` ${messages.markedWrong(language, item.votesDown)}` : '';
    return `**${escapeDiscord(item.question)}**${times}${down}\n${quote}`;
  }
  return `• ${quote}`;
}

/** A section's lines, with the document's title heading each run of its items. */
function sectionLines(section: SummarySection, language: Language): string[] {
  const lines: string[] = [];
  let document: string | undefined;
  for (const item of section.items) {
    if (section.kind === 'documents' && item.document !== document) {
      document = item.document;
      lines.push(`**${escapeDiscord(item.title ?? "")}** (${escapeDiscord(item.document ?? "")})`);
    }
    lines.push(itemLine(section, item, language));
  }
  return lines;
}

/** Packs lines into descriptions of at most `max`, a line over `max` split between its sentences. */
function pack(lines: string[], max: number): string[] {
  const pieces = lines.flatMap((line) => (line.length <= max ? [line] : chunkBySentence(line, max)));
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + 1 + piece.length > max) {
      out.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') out.push(current);
  return out;
}

/** Keeps each message within 10 embeds and 6000 characters. */
function toMessages(embeds: APIEmbed[], heading: string): DiscordPayload[] {
  const out: DiscordPayload[] = [];
  let batch: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (batch.length > 0 && (batch.length === LIMITS.embedsPerMessage || total + length > LIMITS.embedTotal)) {
      out.push({ content: '', embeds: batch, components: [], allowedMentions: NO_PINGS });
      batch = [];
      total = 0;
    }
    batch.push(embed);
    total += length;
  }
  if (batch.length > 0) out.push({ content: '', embeds: batch, components: [], allowedMentions: NO_PINGS });
  const [first] = out;
  if (first) first.content = heading;
  return out;
}

/**
 * The summary as one or more messages, the first headed by the date; one
 * embed per section. A summary with nothing in it says so in `language`.
 */
export function renderSummary(summary: Summary, language: Language = 'zh'): DiscordPayload[] {
  const embeds: APIEmbed[] = [];
  for (const section of summary.sections) {
    const lines = sectionLines(section, language);
    if (lines.length === 0) continue;
    const title = clip(escapeDiscord(section.title), LIMITS.title);
    // Leave room for the title so one embed always fits a message by itself.
    for (const [index, description] of pack(lines, Math.min(LIMITS.description, LIMITS.embedTotal - LIMITS.title)).entries()) {
      // Discord rejects a blank title.
      embeds.push(index === 0 && title.trim() !== '' ? { title, description } : { description });
    }
  }
  const heading = `**${escapeDiscord(messages.summaryTitle(language, summary.date))}**`;
  if (embeds.length === 0) return [textPayload(`${heading}\n${messages.summaryEmpty(language)}`)];
  return toMessages(embeds, clip(heading, LIMITS.content));
}
