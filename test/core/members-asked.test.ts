/**
 * A question asking which members make up a group it counts (哪两条产线) is not answered by the sentence that only
 * counts the group; a sentence that names the members, before or after the count, still answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoMembers } from '../../src/core/answerability.js';
import { countedGroupAsked, repeatsCountOnly } from '../../src/core/members-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

describe('a question asking the members of a counted group', () => {
  it('reads the count it names, in a which-question or before a question for names', () => {
    assert.deepEqual(countedGroupAsked('哪两条产线的排产受到影响？'), { numeral: '两', measure: '条' });
    assert.deepEqual(countedGroupAsked('离职的两名工程师叫什么名字？'), { numeral: '两', measure: '名' });
    assert.deepEqual(countedGroupAsked('新西兰将为哪5类职业提供工作许可？'), { numeral: '5', measure: '类' });
    assert.deepEqual(countedGroupAsked('集团的4个上市子公司分别是叫什么？'), { numeral: '4', measure: '个' });
    assert.deepEqual(countedGroupAsked('消防检查发现的3处问题是什么？'), { numeral: '3', measure: '处' });
  });

  it('names no count when it asks one thing, no number, or an ordinal', () => {
    for (const question of ['两座博物馆是什么时候兴建的？', '两条产线的产能是什么？', '两座博物馆是哪一年兴建的？', '哪几家供应商延期交货？', '第三个项目由谁负责？', '本周新增了多少台设备？', '哪个车队的准点率最高？']) {
      assert.equal(countedGroupAsked(question), undefined, question);
    }
  });

  it('is not answered by a sentence that only repeats the count', () => {
    assert.equal(repeatsCountOnly('哪两条产线的排产受到影响？', '部分进口芯片的交货周期仍在20周以上，影响了两条产线的排产。'), true);
    assert.equal(repeatsCountOnly('离职的两名工程师叫什么名字？', '3. 嵌入式软件组有两名工程师将于12月离职，交接工作由组长赵明负责安排。'), true);
    assert.equal(repeatsCountOnly('消防检查发现的3处问题是什么？', '检查消防通道42处，发现问题3处，均已当场整改。'), true);
    // The count in digits is the same count.
    assert.equal(repeatsCountOnly('哪两条产线停产了？', '本周有2条产线停产检修。'), true);
  });

  it('is answered by a sentence that names the members, before or after the count', () => {
    const answers: [string, string][] = [
      ['戴尔·罗素提出扁掌龙亚科包含哪两个族？', '戴尔·罗素提出扁掌龙亚科包含两个族：扁掌龙族、倾齿龙族。'],
      ['北上车站是哪两条主要干线的交会车站之一？', '北上车站是JR东日本所属的东北新干线与东北本线两条主要干线的交会车站之一。'],
      ['赫姓分为哪两种？', '赫姓为中文姓氏之一，分为满族姓氏与汉族姓氏两种。'],
      ['自1280年代起至1299年，蓝帐汗国由哪两位可汗掌管？', '自1280年代起至1299年，蓝帐汗国由两位可汗掌管，一个是嫡传可汗，一个是那海。'],
      ['哪两条产线的排产受到影响？', '芯片延期影响了两条产线的排产，分别是SMT一线和总装二线。'],
    ];
    for (const [question, sentence] of answers) assert.equal(repeatsCountOnly(question, sentence), false, sentence);
  });

  it('leaves a sentence that does not write the count to the other rules', () => {
    assert.equal(repeatsCountOnly('哪两条产线的排产受到影响？', '受影响的是SMT一线和总装二线。'), false);
    assert.equal(repeatsCountOnly('哪两条产线的排产受到影响？', '芯片交货周期仍在20周以上。'), false);
  });

  it('declines the quoted sentence through the rule, for Chinese questions', () => {
    const query = analyseQuestion('哪两条产线的排产受到影响？', undefined);
    assert.equal(namesNoMembers(query, { text: '部分进口芯片的交货周期仍在20周以上，影响了两条产线的排产。' }), true);
    assert.equal(namesNoMembers(query, { text: '芯片延期影响了SMT一线和总装二线两条产线的排产。' }), false);
    assert.equal(namesNoMembers(query, undefined), false);
  });
});
