/**
 * The fitted answer-or-decline decision: a logistic regression over the
 * reader's verdict on the best candidate sentences and the retrieval signals
 * that still help (coverage, missing words, ranks). It can only decline more
 * than the rules in answerability.ts: a question answers when both agree. Fitted by
 * scripts/fit-answerability.ts on the "fit" part of the CMRC benchmark and the
 * report's calibration set; the weights live in models/answerability.json.
 */
import fs from 'node:fs';
import { type ScoredSentence } from './answer.js';
import { type Signals } from './answerability.js';
import { type ReaderScore } from './reader/reader.js';

export const FEATURES = [
  'reader',
  'readerMean2',
  'readerOfLexicalBest',
  'readerSpan',
  'coverage',
  'support',
  'dense',
  'sentenceLexical',
  'missingNoun',
  'missingSalient',
  'rules',
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface FittedModel {
  features: FeatureName[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Answer when the probability reaches this. */
  threshold: number;
  /** How many candidate sentences the reader read when the rows were collected: the features depend on it (READER_CANDIDATES when absent). */
  candidates?: number;
  /** What it was fitted on and what that gave: for people, not code. */
  fittedOn: string;
}

/** The reader's logits, squashed so one overconfident candidate cannot dominate the fit. */
const squash = (logit: number): number => Math.tanh(logit / 4);

/** Candidate sentences the reader reads for one question, unless the fitted model says how many it was fitted with. */
export const READER_CANDIDATES = 3;

export function featuresOf(signals: Signals & { answerable: boolean }, scored: readonly ScoredSentence[], readings: readonly ReaderScore[]): Record<FeatureName, number> {
  const logits = readings.map((r) => r.answerable);
  const sorted = [...logits].sort((a, b) => b - a);
  const reader = sorted[0] ?? -8;
  const best = readings[logits.indexOf(reader)];
  return {
    reader: squash(reader),
    readerMean2: squash(((sorted[0] ?? -8) + (sorted[1] ?? sorted[0] ?? -8)) / 2),
    readerOfLexicalBest: squash(logits[0] ?? -8),
    // How sure the reader is of the answer phrase inside its best sentence.
    readerSpan: squash((best?.span?.score ?? 0) / 2),
    coverage: signals.coverage,
    support: signals.support,
    dense: signals.dense,
    sentenceLexical: scored[0]?.lexical ?? 0,
    missingNoun: signals.missingNouns.length > 0 ? 1 : 0,
    missingSalient: Math.min(3, signals.missingSalient.length),
    // The hand-set rules' verdict (answerability.ts): they know the report's kind of near-topic question.
    rules: signals.answerable ? 1 : 0,
  };
}

export function probability(model: Pick<FittedModel, 'features' | 'mean' | 'scale' | 'weights' | 'bias'>, features: Record<FeatureName, number>): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += (model.weights[i] as number) * ((features[name] - (model.mean[i] as number)) / (model.scale[i] as number));
  });
  return 1 / (1 + Math.exp(-z));
}

export function readModel(file: string): FittedModel | undefined {
  if (!fs.existsSync(file)) return undefined;
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as FittedModel;
  const unknown = model.features.filter((f) => !(FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`${file}: unknown features ${unknown.join(', ')} — refit with scripts/fit-answerability.ts`);
  return model;
}
