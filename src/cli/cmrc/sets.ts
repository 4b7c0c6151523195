/**
 * The answerability benchmark, built from public reading-comprehension data
 * (CMRC 2018, CC BY-SA 4.0) so it measures any corpus's behaviour, not this
 * report's. Three question sets over one corpus of Wikipedia passages:
 * - in-corpus: the passage holding the answer is in the corpus, whole;
 * - near-topic: the passage is in the corpus with every sentence holding the
 *   gold answer removed — its subject and neighbours stay, the fact is gone;
 * - off-corpus: the passage is not in the corpus at all.
 *
 * Contexts are split once, by sha1(context_id), exactly as the reader's
 * training script splits them (scripts/reader/cmrc.py): trial and dev buckets
 * 0–1 train the reader, bucket 2 ("fit") fits the answerability fusion,
 * bucket 3 ("measure") is only measured. Nothing generated is committed: the
 * sets are rebuilt from ../shared/datasets on demand.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../core/corpus/sentences.js';
import { type EvalItem } from '../eval-score.js';

export type CmrcPart = 'train' | 'fit' | 'measure';

interface CmrcQuestion {
  query_id: string;
  query_text: string;
  answers: (string | number)[];
}
interface CmrcContext {
  context_id: string;
  title: string;
  context_text: string;
  qas: CmrcQuestion[];
}

export interface CmrcSets {
  part: CmrcPart;
  /** Documents of the corpus: file name → text. */
  documents: Map<string, string>;
  inCorpus: EvalItem[];
  nearTopic: EvalItem[];
  offCorpus: EvalItem[];
}

const FILES = ['cmrc2018_trial.json', 'cmrc2018_dev_part.json'];
/** Near-topic passages lose the answers of at most this many of their questions. */
const NEAR_TOPIC_PER_PASSAGE = 2;

export function partOf(contextId: string): CmrcPart {
  if (contextId.startsWith('TRIAL')) return 'train';
  const bucket = Number.parseInt(createHash('sha1').update(contextId).digest('hex').slice(0, 8), 16) % 4;
  return bucket === 2 ? 'fit' : bucket === 3 ? 'measure' : 'train';
}

/** A second, independent hash decides each context's role inside its part. */
function roleOf(contextId: string): 'in' | 'near' | 'off' {
  const bucket = Number.parseInt(createHash('sha1').update(`role:${contextId}`).digest('hex').slice(0, 8), 16) % 5;
  return bucket < 2 ? 'in' : bucket < 4 ? 'near' : 'off';
}

function answersOf(q: CmrcQuestion): string[] {
  return [...new Set(q.answers.map((a) => String(a).trim()).filter((a) => a !== ''))].sort((a, b) => a.length - b.length);
}

function document(title: string, body: string): string {
  return `${title}\n\n${body}\n`;
}

export function readContexts(datasetDir: string): CmrcContext[] {
  return FILES.flatMap((file) => JSON.parse(fs.readFileSync(path.join(datasetDir, file), 'utf8')) as CmrcContext[]);
}

export function buildSets(contexts: readonly CmrcContext[], part: CmrcPart): CmrcSets {
  const documents = new Map<string, string>();
  const inCorpus: EvalItem[] = [];
  const nearTopic: EvalItem[] = [];
  const offCorpus: EvalItem[] = [];
  for (const context of contexts.filter((c) => partOf(c.context_id) === part)) {
    const sentences = splitSentences(context.context_text).map((s) => s.text);
    const holding = (answers: readonly string[]): string[] => sentences.filter((s) => answers.some((a) => s.includes(a)));
    const role = roleOf(context.context_id);
    if (role === 'in') {
      documents.set(`${context.context_id}.txt`, document(context.title, context.context_text));
      for (const q of context.qas) {
        const answers = answersOf(q);
        const evidence = holding(answers);
        // An answer that crosses a sentence boundary has no sentence to quote: not a clean item.
        if (evidence.length === 0) continue;
        const key = answers.find((a) => evidence.some((s) => s.includes(a))) as string;
        inCorpus.push({ id: q.query_id, question: q.query_text, in_report: true, evidence, answer_keys: [key] });
      }
    } else if (role === 'near') {
      const chosen = context.qas.filter((q) => holding(answersOf(q)).length > 0).slice(0, NEAR_TOPIC_PER_PASSAGE);
      if (chosen.length === 0) continue;
      const removed = new Set(chosen.flatMap((q) => holding(answersOf(q))));
      const kept = sentences.filter((s) => !removed.has(s));
      // The answer may still be written elsewhere in the passage (a repeated name): then it is not near-topic.
      const clean = chosen.filter((q) => !answersOf(q).some((a) => kept.join('').includes(a) || context.title.includes(a)));
      if (clean.length === 0 || kept.length === 0) continue;
      documents.set(`${context.context_id}.txt`, document(context.title, kept.join('')));
      for (const q of clean) nearTopic.push({ id: q.query_id, question: q.query_text, in_report: false });
    } else {
      for (const q of context.qas) offCorpus.push({ id: q.query_id, question: q.query_text, in_report: false });
    }
  }
  return { part, documents, inCorpus, nearTopic, offCorpus };
}

/** Writes the corpus into `dir/data` (only when it changed, so the index in `dir/index` is reused). */
export function writeCorpus(sets: CmrcSets, dir: string): { dataDir: string; indexDir: string } {
  const dataDir = path.join(dir, 'data');
  const indexDir = path.join(dir, 'index');
  const stamp = createHash('sha256');
  for (const [name, text] of [...sets.documents].sort(([a], [b]) => a.localeCompare(b))) stamp.update(`${name}\n${text}\n`);
  const digest = stamp.digest('hex');
  const stampFile = path.join(dir, 'corpus.sha256');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === digest) return { dataDir, indexDir };
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  for (const [name, text] of sets.documents) fs.writeFileSync(path.join(dataDir, name), text);
  fs.writeFileSync(stampFile, digest);
  return { dataDir, indexDir };
}
