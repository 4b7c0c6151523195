/**
 * Outcome (answer, decline, refusal) and ¶N → a Discord message payload.
 * Only formats: the words come from adapters/shared/messages.ts, the facts
 * from the core. Every Discord limit is enforced here, so handlers can send
 * whatever this returns.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type MessageMentionOptions,
} from 'discord.js';
import { type LoggedReply, type Outcome } from '../../app/contracts.js';
import { type AnswerReply, type Language, type OverviewReply, type Paragraph, type QuotedSentence, type SourceResult } from '../../core/reply.js';
import { citationHeading, messages, notAnswered, paragraphHeading, sentenceLabeler, shortParagraphLabel, sourceInvalid } from '../shared/messages.js';
import { citationButtonId, voteButtonId } from './custom-ids.js';
import { chunkBySentence, clip, clipAtSentence, escapeDiscord } from './text.js';

/** Discord's documented limits (characters unless noted). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

/** Nothing pings: no @everyone/@here, roles, users, nor the person replied to. */
export const NO_PINGS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Fits interaction replies, edits, follow-ups and channel messages alike. */
export interface DiscordPayload {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_PINGS;
}

/** A plain short message (refusals, confirmations): our own words, within the content limit. */
export function textPayload(text: string): DiscordPayload {
  return { content: clip(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_PINGS };
}

export function renderOutcome(outcome: Outcome): DiscordPayload {
  if (outcome.kind === 'answer') return renderAnswer(outcome);
  if (outcome.kind === 'overview') return renderOverview(outcome);
  return textPayload(notAnswered(outcome));
}

/** Characters Discord counts toward an embed's 6000. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/** The smallest useful field value; a citation that cannot get this much is left out. */
const MIN_FIELD_VALUE = 40;

function renderAnswer(reply: AnswerReply & LoggedReply): DiscordPayload {
  const title = clip(escapeDiscord(reply.question), LIMITS.title);
  const description = answerDescription(reply, Math.min(LIMITS.description, LIMITS.embedTotal - title.length - 1000));
  const fields: APIEmbedField[] = [];
  let budget = LIMITS.embedTotal - title.length - description.length;
  for (const citation of reply.citations.slice(0, Math.min(LIMITS.fields, LIMITS.buttonsPerRow * LIMITS.rows))) {
    const name = clip(escapeDiscord(citationHeading(citation)), LIMITS.fieldName);
    const room = Math.min(LIMITS.fieldValue, budget - name.length);
    if (room < MIN_FIELD_VALUE) break;
    const quoted = clipAtSentence(escapeDiscord(citation.quote.trim() !== '' ? citation.quote : citation.text), room);
    // Discord rejects blank field values.
    const value = quoted.trim() === '' ? '—' : quoted;
    fields.push({ name, value });
    budget -= name.length + value.length;
  }
  const buttons = reply.citations.slice(0, fields.length).map(
    (citation, index): APIButtonComponentWithCustomId => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: citationButtonId(citation, index),
      label: clip(shortParagraphLabel(citation), LIMITS.buttonLabel),
    }),
  );
  // Discord rejects a blank title; a question of only spaces gets none.
  const embed: APIEmbed = title.trim() === '' ? { description, fields } : { title, description, fields };
  // 👍/👎 get a row of their own, under the citation buttons.
  const votes = reply.questionId === undefined ? [] : [voteRow(reply.questionId)];
  return { content: '', embeds: [embed], components: [...rows(buttons, LIMITS.rows - votes.length), ...votes], allowedMentions: NO_PINGS };
}

/** 👍 and 👎 for a logged answer. */
function voteRow(questionId: number): ButtonRow {
  const button = (vote: 'up' | 'down', emoji: string): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: voteButtonId(vote, questionId),
    emoji: { name: emoji },
  });
  return { type: ComponentType.ActionRow, components: [button('up', messages.voteUp), button('down', messages.voteDown)] };
}

/** A quoted sentence, escaped, with its answer phrase in bold. */
function highlighted(sentence: QuotedSentence): string {
  const h = sentence.highlight;
  if (!h || h.start < 0 || h.end > sentence.text.length || h.start >= h.end) return escapeDiscord(sentence.text);
  const t = sentence.text;
  return `${escapeDiscord(t.slice(0, h.start))}**${escapeDiscord(t.slice(h.start, h.end))}**${escapeDiscord(t.slice(h.end))}`;
}

/**
 * An overview: one embed whose description is the intro, then per article its
 * headline (or its document's title) in bold and each key sentence as a `>`
 * quote ending in ¶N (`title ¶N` when several documents are quoted); one
 * button per cited paragraph, as with answers. Whole lines only, as many as fit.
 */
function renderOverview(reply: OverviewReply): DiscordPayload {
  const title = clip(escapeDiscord(reply.question), LIMITS.title);
  const max = Math.min(LIMITS.description, LIMITS.embedTotal - title.length);
  let description = messages.overviewIntro(reply.language, reply.sections.flatMap((section) => section.sentences));
  const label = sentenceLabeler(reply.sections.flatMap((section) => section.sentences));
  const refOf = (ref: { document: string; paragraph: number }): string => `${ref.document}#${ref.paragraph}`;
  const shown = new Set<string>();
  outer: for (const section of reply.sections) {
    const heading = `\n\n**${escapeDiscord(section.headline !== '' ? section.headline : section.title)}**`;
    if (description.length + heading.length > max) break;
    description += heading;
    for (const sentence of section.sentences) {
      const line = `\n> ${escapeDiscord(sentence.text)} ${escapeDiscord(label(sentence))}`;
      if (description.length + line.length > max) break outer;
      description += line;
      shown.add(refOf(sentence));
    }
  }
  const buttons = reply.citations
    .filter((citation) => shown.has(refOf(citation)))
    .slice(0, LIMITS.buttonsPerRow * LIMITS.rows)
    .map(
      (citation, index): APIButtonComponentWithCustomId => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: citationButtonId(citation, index),
        label: clip(shortParagraphLabel(citation), LIMITS.buttonLabel),
      }),
    );
  const embed: APIEmbed = title.trim() === '' ? { description } : { title, description };
  return { content: '', embeds: [embed], components: rows(buttons), allowedMentions: NO_PINGS };
}

/** The intro, then each quoted sentence with its ¶N; whole sentences only, as many as fit. */
function answerDescription(reply: AnswerReply, max: number): string {
  // The exact answer phrase, when the reader marked one, comes first; it is bold again inside its sentence.
  const said = messages.answerIntro(reply.language, reply.sentences);
  const intro = reply.phrase ? `**${escapeDiscord(reply.phrase)}**\n${said}` : said;
  const label = sentenceLabeler(reply.sentences);
  const lines = reply.sentences.length > 0 ? reply.sentences.map((s) => `${highlighted(s)} ${escapeDiscord(label(s))}`) : [escapeDiscord(reply.answer)];
  let text = intro;
  for (const line of lines) {
    if (text.length + 1 + line.length > max) {
      // The first sentence always shows, cut if it must be; later ones are left to the fields.
      if (text === intro) text += `\n${clipAtSentence(line, max - text.length - 1)}`;
      break;
    }
    text += `\n${line}`;
  }
  return text;
}

/** Buttons in rows of five, at most `maxRows` rows. */
function rows(buttons: APIButtonComponentWithCustomId[], maxRows: number = LIMITS.rows): ButtonRow[] {
  const result: ButtonRow[] = [];
  for (let i = 0; i < buttons.length && result.length < maxRows; i += LIMITS.buttonsPerRow) {
    result.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return result;
}

/** ¶N whole, under its headline and speaker; a rare paragraph over 4096 continues in further embeds. */
export function renderParagraph(paragraph: Paragraph): DiscordPayload {
  const title = clip(escapeDiscord(paragraphHeading(paragraph)), LIMITS.title);
  const embeds: APIEmbed[] = [];
  let total = title.length;
  for (const chunk of chunkBySentence(escapeDiscord(paragraph.text), LIMITS.description)) {
    if (embeds.length === LIMITS.embedsPerMessage) break;
    const description = clipAtSentence(chunk, LIMITS.embedTotal - total);
    if (description === '') break;
    embeds.push(embeds.length === 0 ? { title, description } : { description });
    total += description.length;
  }
  return { content: '', embeds, components: [], allowedMentions: NO_PINGS };
}

export function renderSource(result: SourceResult, language: Language): DiscordPayload {
  if (result.kind === 'paragraph') return renderParagraph(result.paragraph);
  return textPayload(sourceInvalid(language, result));
}
