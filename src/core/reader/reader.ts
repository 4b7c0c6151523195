/**
 * The answer reader: a cross-encoder trained by scripts/reader/train.py from
 * bge-small-zh on public reading-comprehension pairs. It reads the question
 * and one candidate sentence together and says (1) whether the sentence
 * answers the question — a logit — and (2) where the answer phrase is.
 * Served with onnxruntime-node, the runtime @xenova/transformers runs on.
 */
import fs from 'node:fs';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { loadWordPiece, type Token, type WordPiece } from './wordpiece.js';

export interface ReaderCandidate {
  /** The headline of the candidate's article ('' when none): the subject the sentence speaks of. */
  title: string;
  /** The sentence, verbatim. */
  text: string;
}

export interface ReaderScore {
  /** Logit that the sentence answers the question. */
  answerable: number;
  /** The answer phrase the model marks, as offsets into the candidate's `text` (when it marks one there). */
  span?: { start: number; end: number; score: number };
}

export interface Reader {
  /** Scores every candidate against the question, in one batch. */
  read(question: string, candidates: readonly ReaderCandidate[]): Promise<ReaderScore[]>;
}

interface ReaderSettings {
  maxLength: number;
  maxQuestionTokens: number;
  maxTitleChars: number;
}

/** The longest answer phrase worth highlighting, in tokens. */
const MAX_SPAN_TOKENS = 24;

/** The bge vocabulary has Latin words in lower case only; the trainer lower-cases ASCII the same way. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

export async function loadReader(dir: string): Promise<Reader> {
  const settings = JSON.parse(fs.readFileSync(path.join(dir, 'reader.json'), 'utf8')) as ReaderSettings;
  const wordPiece = loadWordPiece(path.join(dir, 'tokenizer.json'));
  const session = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model_quantized.onnx'), { graphOptimizationLevel: 'all' });
  const cache = new Map<string, Token[]>();
  const tokens = (text: string): Token[] => {
    let found = cache.get(text);
    if (!found) {
      found = wordPiece.tokenize(asciiLower(text));
      if (cache.size > 20_000) cache.clear(); // sentences repeat across questions; bound the memory
      cache.set(text, found);
    }
    return found;
  };

  async function read(question: string, candidates: readonly ReaderCandidate[]): Promise<ReaderScore[]> {
    if (candidates.length === 0) return [];
    const q = tokens(question).slice(0, settings.maxQuestionTokens);
    const rows = candidates.map((c) => encodeRow(wordPiece, q, c, settings, tokens));
    const width = Math.max(...rows.map((r) => r.ids.length));
    const size = rows.length * width;
    const ids = new BigInt64Array(size);
    const mask = new BigInt64Array(size);
    const types = new BigInt64Array(size);
    rows.forEach((row, r) => {
      row.ids.forEach((id, t) => {
        ids[r * width + t] = BigInt(id);
        mask[r * width + t] = 1n;
        types[r * width + t] = t >= row.segmentStart ? 1n : 0n;
      });
    });
    const dims = [rows.length, width];
    const output = await session.run({
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', types, dims),
    });
    const answerable = output.answerable?.data as Float32Array;
    const starts = output.start_logits?.data as Float32Array;
    const ends = output.end_logits?.data as Float32Array;
    return rows.map((row, r) => {
      const score: ReaderScore = { answerable: answerable[r] as number };
      const span = bestSpan(row, starts.subarray(r * width, (r + 1) * width), ends.subarray(r * width, (r + 1) * width));
      if (span) score.span = span;
      return score;
    });
  }

  return { read };
}

interface Row {
  ids: number[];
  /** Index of the first token of the second segment (title and sentence). */
  segmentStart: number;
  /** Index of the sentence's first token, and the sentence tokens' offsets. */
  sentenceStart: number;
  sentence: Token[];
}

function encodeRow(wordPiece: WordPiece, question: Token[], candidate: ReaderCandidate, settings: ReaderSettings, tokens: (text: string) => Token[]): Row {
  const title = candidate.title.trim().slice(0, settings.maxTitleChars);
  // The trainer joins title and sentence as `title：sentence`; tokenized apart, the tokens are the same.
  const prefix = title === '' ? [] : tokens(`${title}：`);
  const room = Math.max(0, settings.maxLength - question.length - 3 - prefix.length);
  const sentence = tokens(candidate.text).slice(0, room);
  const ids = [wordPiece.cls, ...question.map((t) => t.id), wordPiece.sep, ...prefix.map((t) => t.id), ...sentence.map((t) => t.id), wordPiece.sep];
  const segmentStart = question.length + 2;
  return { ids, segmentStart, sentenceStart: segmentStart + prefix.length, sentence };
}

/** The best start ≤ end inside the sentence, by start + end logit. */
function bestSpan(row: Row, starts: Float32Array, ends: Float32Array): ReaderScore['span'] {
  let best: ReaderScore['span'];
  for (let i = 0; i < row.sentence.length; i++) {
    const s = starts[row.sentenceStart + i] as number;
    for (let j = i; j < Math.min(row.sentence.length, i + MAX_SPAN_TOKENS); j++) {
      const score = s + (ends[row.sentenceStart + j] as number);
      if (!best || score > best.score) best = { start: (row.sentence[i] as Token).start, end: (row.sentence[j] as Token).end, score };
    }
  }
  return best;
}
