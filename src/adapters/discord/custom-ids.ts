/**
 * Custom ids of the buttons the bot puts under its answers. Discord requires
 * them unique within a message and at most 100 characters; the index keeps
 * two buttons for the same paragraph apart.
 */
import { type Vote } from '../../app/contracts.js';

const PREFIX = 'cite';

/** `cite:12:0` — show ¶12, the first button of the message. */
export function citationButtonId(paragraph: number, index: number): string {
  return `${PREFIX}:${paragraph}:${index}`;
}

/** The paragraph a citation button shows, or undefined when the id is not ours. */
export function parseCitationButtonId(customId: string): number | undefined {
  const match = /^cite:(\d{1,9}):\d{1,3}$/.exec(customId);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** `vote:up:42` — 👍 on the logged answer 42 (`down`: 👎). */
export function voteButtonId(vote: Vote, questionId: number): string {
  return `vote:${vote}:${questionId}`;
}

/** The vote and the logged answer of a 👍/👎 button, or undefined when the id is not ours. */
export function parseVoteButtonId(customId: string): { vote: Vote; questionId: number } | undefined {
  const match = /^vote:(up|down):(\d{1,15})$/.exec(customId);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { vote: match[1] as Vote, questionId: Number(match[2]) };
}
