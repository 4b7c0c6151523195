/**
 * A quarterly report states a figure as measured and again as next quarter's aim. Asked the figure, the bot quotes
 * the measured one; asked the aim, the plan; asked another quarter, it declines. Over a made-up report, so nothing
 * depends on the fixtures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

const QUARTERLY = `# 仓储部2026年第一季度报告

## 一、发货

第一季度发货订单共5200单，其中准时发出4998单，准时发货率为96.1%。延迟的订单主要集中在春节前后。

退货订单共120单，较第四季度末减少15单。

## 二、人员

本季度新招聘拣货员8人，目前仓库共有员工46人。

## 三、第二季度计划

1. 将准时发货率提升到98%以上。
2. 4月底前完成二号仓库的货架改造。

仓储部 韩立
2026年4月8日
`;

describe('the time a quoted figure is of', () => {
  const core = coreOverDocumentsInSuite({ 'warehouse-q1.md': QUARTERLY }, 'time-of-quote-');
  const answerOf = async (question: string): Promise<string> => {
    const reply = await core().ask(question);
    return reply.kind === 'answer' ? reply.answer : reply.kind;
  };

  it('quotes the measured figure, not next quarter’s aim, for a figure asked alone', async () => {
    assert.match(await answerOf('准时发货率是多少？'), /96\.1%/);
  });

  it('does so for an English question too, decided by the rules alone', async () => {
    assert.match(await answerOf('What is the on-time delivery rate?'), /96\.1%/);
    assert.equal(await answerOf('What was the on-time rate in the third quarter?'), 'declined');
  });

  it('quotes the plan for the aim asked', async () => {
    assert.match(await answerOf('第二季度的准时发货率目标是多少？'), /98%/);
  });

  it('declines a quarter the report gives no figure of', async () => {
    assert.equal(await answerOf('第三季度的准时发货率是多少？'), 'declined');
    assert.equal(await answerOf('第四季度末有多少退货订单？'), 'declined', 'the fourth quarter only compared with');
  });
});
