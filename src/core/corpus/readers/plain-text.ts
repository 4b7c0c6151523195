/**
 * `.txt`: UTF-8 text as written. A file that is not text (NUL bytes, or many
 * byte sequences that are not UTF-8 — a binary renamed `.txt`, a file in
 * another encoding) is refused rather than quoted as mojibake.
 */
import { type DocumentReader, UnreadableDocument } from './types.js';

/** Share of replacement characters above which the bytes are not UTF-8 text. */
const MAX_INVALID_SHARE = 0.01;
/** NUL never occurs in text; look at the head only, like `file` and git do. */
const SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array): string {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new UnreadableDocument('binary data (NUL bytes), not text');
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (const ch of text) if (ch === '\ufffd') invalid++;
  if (invalid > 0 && invalid / Math.max(1, text.length) > MAX_INVALID_SHARE) {
    throw new UnreadableDocument(`not UTF-8 text (${invalid} invalid byte sequences) — save it as UTF-8`);
  }
  return text.replace(/^\ufeff/, '');
}

export const plainTextReader: DocumentReader = {
  format: 'text',
  extensions: ['.txt'],
  read: async (bytes) => ({ text: decodeText(bytes), title: '' }),
};
