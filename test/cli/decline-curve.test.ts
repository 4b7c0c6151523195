/**
 * The decline curve reports what the bot would do at each threshold: the rules'
 * declines stand at every threshold, the model's probability decides the rest.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AskedItem, declineCurve, type SetName } from '../../src/cli/cmrc/run.js';

/** Only the fields the curve reads; the rest of a real AskedItem does not matter here. */
function asked(set: SetName, probability: number, rules: 0 | 1): AskedItem {
  const item = { set, item: { id: `${set}-${probability}-${rules}`, question: '?', in_report: set === 'in-corpus' }, reply: { found: rules === 1 }, explained: { fitted: { probability, features: { rules } } } };
  return item as unknown as AskedItem;
}

describe('the decline curve', () => {
  it('counts a question the rules decline as declined at every threshold, whatever the model says', () => {
    const items = [asked('in-corpus', 0.9, 0), asked('in-corpus', 0.9, 1), asked('near-topic', 0.95, 0), asked('near-topic', 0.3, 1), asked('off-corpus', 0.05, 1)];
    const [low, high] = declineCurve(items, [0.1, 0.5]);
    assert.deepEqual(low, { threshold: 0.1, falseDeclines: 0.5, nearTopic: 0.5, offCorpus: 1 });
    assert.deepEqual(high, { threshold: 0.5, falseDeclines: 0.5, nearTopic: 1, offCorpus: 1 });
  });
});
