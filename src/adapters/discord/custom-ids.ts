/**
 * Custom ids of the buttons the bot puts under its answers. Discord requires
 * them unique within a message and at most 100 characters: the document is
 * named by its 8-character key (core/refs.ts), never by its path, so an id is
 * at most ~30 characters whatever the file is called; the index keeps two
 * buttons for the same paragraph apart.
 */
import { type Vote } from '../../app/contracts.js';
import { documentKey } from '../../core/refs.js';

const PREFIX = 'cite';

/** `cite:1a2b3c4d:12:0` — show ¶12 of the document keyed 1a2b3c4d, the first button of the message. */
export function citationButtonId(ref: { document: string; paragraph: number }, index: number): string {
  return `${PREFIX}:${documentKey(ref.document)}:${ref.paragraph}:${index}`;
}

/**
 * What a citation button shows, as a `/source` reference (`KEY#N`), or
 * undefined when the id is not ours. Buttons from before documents had keys
 * (`cite:12:0`) still resolve while there is one document.
 */
export function parseCitationButtonId(customId: string): string | undefined {
  const match = /^cite:(?:([0-9a-f]{8}):)?(\d{1,9}):\d{1,3}$/.exec(customId);
  if (match?.[2] === undefined) return undefined;
  return match[1] === undefined ? match[2] : `${match[1]}#${match[2]}`;
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
