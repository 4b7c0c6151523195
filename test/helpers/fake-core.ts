/**
 * A core that always finds the same sentence, for tests about what sits
 * around the core (rate limits, storage outages), not about retrieval.
 */
import { type ReportCore } from '../../src/core/core.js';
import { type Reply } from '../../src/core/reply.js';

export const sameAnswerCore: ReportCore = {
  paragraphs: [],
  documents: [],
  status: { mode: 'lexical', model: 'none' },
  ask: async (question): Promise<Reply> => ({
    kind: 'answer', found: true, question, language: 'zh', ms: 1, answer: '答。', sentences: [{ text: '答。', document: 'report.txt', title: '报告', paragraph: 3 }],
    citations: [{ document: 'report.txt', title: '报告', paragraph: 3, headline: '', quote: '答。', text: '答。', score: 1 }],
  }),
  source: () => ({ kind: 'invalid', reason: 'no_documents', document: '', max: 0, documents: [] }),
  keyPoints: () => [],
  examples: async () => [],
  freshness: { updatedAt: new Date(0), rebuilding: false },
  onChange: () => () => undefined,
};
