/**
 * Custom ids of the buttons the bot puts under its answers. Discord requires
 * them unique within a message and at most 100 characters; the index keeps
 * two buttons for the same paragraph apart.
 */
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
