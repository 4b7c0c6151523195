/**
 * Reads one document file through its format's reader, refusing what would
 * hurt the bot: files over the size cap (checked before reading, and again on
 * the bytes read, since the file may grow in between), files that vanish or
 * cannot be opened, and content the reader cannot parse.
 */
import fs from 'node:fs/promises';
import { type DocumentFile } from './files.js';
import { readerFor, type ReadDocument, UnreadableDocument } from './readers/index.js';

export interface ReadFile extends ReadDocument {
  bytes: Uint8Array;
}

const MB = 1024 * 1024;

function tooLarge(size: number, maxBytes: number): UnreadableDocument {
  return new UnreadableDocument(`${(size / MB).toFixed(1)} MB is over the ${maxBytes / MB} MB limit (MAX_DOCUMENT_MB)`);
}

/** Throws UnreadableDocument with a reason the operator can act on. */
export async function readDocumentFile(file: DocumentFile, maxBytes: number): Promise<ReadFile> {
  const reader = readerFor(file.name);
  if (!reader) throw new UnreadableDocument('no reader for this file type');
  let bytes: Uint8Array;
  try {
    const handle = await fs.open(file.path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw tooLarge(size, maxBytes);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UnreadableDocument) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableDocument('it was removed while the documents were being read');
    throw new UnreadableDocument(`cannot be read (${code ?? (error as Error).message})`);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  try {
    return { ...(await reader.read(bytes)), bytes };
  } catch (error) {
    if (error instanceof UnreadableDocument) throw error;
    // A reader library failing on odd input is still one unreadable file, not a crash.
    throw new UnreadableDocument(`${reader.format} could not be read (${(error as Error).message.split('\n')[0]})`);
  }
}
