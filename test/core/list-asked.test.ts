import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferListAsked } from '../../src/core/list-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { type Ranked } from '../../src/core/retrieve.js';

const ranked = (...indexes: number[]): Ranked[] => indexes.map((index, i) => ({ index, fused: 1 - i / 10, lexical: 1, bm25: 1, dense: 0.5 }) as Ranked);
/** Paragraph 0 is an item of 本月主要工作 that writes 问题; 3 and 4 are the items of 存在问题; 5 is no list item. */
const headlines: Record<number, string> = { 0: '一、本月主要工作', 3: '三、存在问题', 4: '三、存在问题' };
const listHeadline = (index: number): string | undefined => headlines[index];

describe('a list question named by a list heading', () => {
  it('puts the item of the list it names first, ahead of an item of another list that writes the word', () => {
    assert.deepEqual(preferListAsked(analyseQuestion('有哪些问题？', undefined), ranked(0, 5, 3, 4), listHeadline).map((r) => r.index), [3, 0, 5, 4]);
  });
  it('leaves the ranking alone for a question that asks no list, or names no list heading, or whose first paragraph is one', () => {
    assert.deepEqual(preferListAsked(analyseQuestion('审计问题整改了多少项？', undefined), ranked(0, 5, 3), listHeadline).map((r) => r.index), [0, 5, 3]);
    assert.deepEqual(preferListAsked(analyseQuestion('有哪些风险？', undefined), ranked(0, 5, 3), listHeadline).map((r) => r.index), [0, 5, 3]);
    assert.deepEqual(preferListAsked(analyseQuestion('有哪些问题？', undefined), ranked(3, 0), listHeadline).map((r) => r.index), [3, 0]);
  });
});
