/**
 * The fitted decision's inputs: pure functions over the rules' signals, the
 * candidate sentences and the reader's verdicts (no model needed); and the
 * operator's threshold (ANSWER_THRESHOLD), through a real core.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type ScoredSentence } from '../../src/core/answer.js';
import { featuresOf, probability } from '../../src/core/answerability-model.js';
import { type Signals } from '../../src/core/answerability.js';
import { createCore, type LoadedCore } from '../../src/core/bot.js';
import { testCoreConfig } from '../helpers/core.js';

const signals: Signals & { answerable: boolean } = {
  coverage: 1, missingSalient: [], missingDecisive: [], missingWords: [], missingNouns: [], missingAskedOf: [], numbersNotInBest: [], kindsNamed: [], onlyNamesPerson: false, personWithTopic: false, namesList: false, labelNamesDoer: false, creditNamesPhotographer: false, support: 0.8, dense: 0.6, english: false, sideBySide: false, sameSentence: false, hasDense: true, answerable: true,
};

function candidate(text: string, score: number): ScoredSentence {
  return { sentence: { paragraph: 0, text, start: 0, id: 0, terms: new Set(), normalised: text, namesPerson: false, isLabel: false }, score, lexical: 0.5 };
}

describe('answer-or-decline features', () => {
  const scored = [candidate('该站于车站东侧设有出入口。', 0.9), candidate('该站于2004年12月启用。', 0.8)];

  it('take the reader’s best and the mean of its two best verdicts, squashed', () => {
    const f = featuresOf(signals, scored, [{ answerable: -2 }, { answerable: 3 }]);
    assert.ok(Math.abs(f.reader - Math.tanh(3 / 4)) < 1e-9);
    assert.ok(Math.abs(f.readerMean2 - Math.tanh(0.5 / 4)) < 1e-9);
    assert.ok(Math.abs(f.readerOfLexicalBest - Math.tanh(-2 / 4)) < 1e-9);
    assert.equal(f.rules, 1);
  });

  it('turn them into a probability that rises with a positive weight', () => {
    const model = { features: ['reader' as const], mean: [0], scale: [1], weights: [2], bias: 0 };
    const low = featuresOf(signals, scored, [{ answerable: -4 }]);
    const high = featuresOf(signals, scored, [{ answerable: 4 }]);
    assert.ok(probability(model, high) > 0.5 && probability(model, low) < 0.5);
  });
});

describe('the operator’s threshold (ANSWER_THRESHOLD)', () => {
  const question = '2025年人工智能相关企业有多少家？';
  let strictest: LoadedCore;
  let loosest: LoadedCore;
  before(async () => {
    // One after the other: both open the shared test index, and the first may have to build it.
    strictest = await createCore(testCoreConfig({ answerThreshold: 1 }));
    loosest = await createCore(testCoreConfig({ answerThreshold: 0 }));
  });

  it('replaces the fitted one: at 1 every question the reader reads is declined, at 0 the rules alone decide', async () => {
    const strict = await strictest.answer(question);
    assert.equal(strict.reply.kind, 'declined');
    assert.equal(strict.explained?.fitted?.threshold, 1);
    const loose = await loosest.answer(question);
    assert.equal(loose.reply.kind, 'answer');
    assert.equal(loose.explained?.fitted?.threshold, 0);
  });

  it('leaves what the rules decide alone: an English question (no reader) still answers at 1', async () => {
    assert.equal((await strictest.ask('How many AI companies did China have in 2025?')).kind, 'answer');
  });
});
