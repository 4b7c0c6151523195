/**
 * Passage vectors cached on disk by content: the key is a hash of the model id
 * and the passage's text, so a rebuild after one document changed embeds only
 * the paragraphs and sentences that are new; every other vector is read back.
 *
 * One append-only binary file per model and dimension in the index folder:
 * records of [16-byte key][dimension × float32]. A torn last record (a crash
 * mid-append) is cut off on open. When most records belong to passages no
 * longer in the corpus, the file is rewritten with the live ones only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const KEY_BYTES = 16;

export interface EmbeddingCache {
  /** Cached vector of a text, or undefined. */
  get(text: string): Float32Array | undefined;
  /** Remembers new vectors (appended to the file at once). */
  add(entries: readonly { text: string; vector: Float32Array }[]): void;
  /** Drops records whose texts are not in `live` when they outnumber the live ones. */
  compact(live: readonly string[]): void;
  readonly size: number;
}

const slug = (model: string): string => model.replace(/[^A-Za-z0-9._-]+/g, '_');

export function embeddingCacheFile(dir: string, model: string, dimension: number): string {
  return path.join(dir, `embeddings-${slug(model)}-${dimension}.bin`);
}

/** Opens (or starts) the cache for one model. Unreadable files count as empty. */
export function openEmbeddingCache(dir: string, model: string, dimension: number): EmbeddingCache {
  const file = embeddingCacheFile(dir, model, dimension);
  const record = KEY_BYTES + dimension * 4;
  const keyOf = (text: string): string => createHash('sha256').update(model).update('\0').update(text).digest().subarray(0, KEY_BYTES).toString('latin1');
  const vectors = new Map<string, Float32Array>();

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    bytes = Buffer.alloc(0);
  }
  const whole = Math.floor(bytes.length / record);
  if (whole * record !== bytes.length) fs.truncateSync(file, whole * record);
  // One aligned copy for all vectors (a Buffer's offset may not be a multiple of 4).
  const floats = new Float32Array(whole * dimension);
  for (let i = 0; i < whole; i++) {
    const at = i * record;
    const key = bytes.subarray(at, at + KEY_BYTES).toString('latin1');
    const vector = floats.subarray(i * dimension, (i + 1) * dimension);
    new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength).set(bytes.subarray(at + KEY_BYTES, at + record));
    vectors.set(key, vector);
  }

  const encode = (entries: Iterable<[string, Float32Array]>, count: number): Buffer => {
    const out = Buffer.alloc(count * record);
    let at = 0;
    for (const [key, vector] of entries) {
      out.write(key, at, KEY_BYTES, 'latin1');
      Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(out, at + KEY_BYTES);
      at += record;
    }
    return out;
  };

  return {
    get: (text) => vectors.get(keyOf(text)),
    add(entries) {
      if (entries.length === 0) return;
      const fresh = new Map<string, Float32Array>();
      for (const { text, vector } of entries) {
        const key = keyOf(text);
        if (!vectors.has(key)) fresh.set(key, vector);
      }
      for (const [key, vector] of fresh) vectors.set(key, vector);
      fs.mkdirSync(dir, { recursive: true });
      fs.appendFileSync(file, encode(fresh, fresh.size));
    },
    compact(live) {
      const keep = new Set(live.map(keyOf));
      if (vectors.size <= 2 * keep.size + 1000) return;
      const kept = [...vectors].filter(([key]) => keep.has(key));
      fs.writeFileSync(`${file}.tmp`, encode(kept, kept.length));
      fs.renameSync(`${file}.tmp`, file);
      vectors.clear();
      for (const [key, vector] of kept) vectors.set(key, vector);
    },
    get size() {
      return vectors.size;
    },
  };
}
