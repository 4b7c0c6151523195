/** The documents' own names are words to jieba, so questions are cut as the documents mean them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addNames, tag, words as indexWords } from '../../src/core/index/segmenter.js';

describe('names the documents label', () => {
  it('are cut whole once added (姚卯青说 was 姚卯|青说, 耀文写 one unknown word)', () => {
    const words = (text: string): string[] => tag(text).map((t) => t.word);
    assert.notDeepEqual(words('姚卯青说了什么？').slice(0, 2), ['姚卯青', '说'], 'jieba alone does not know the name');
    addNames(['姚卯青', '耀文', 'not a name', '一个很长很长的名字']);
    assert.deepEqual(words('姚卯青说了什么？').slice(0, 2), ['姚卯青', '说']);
    assert.deepEqual(words('耀文写的是哪篇报道？').slice(0, 2), ['耀文', '写']);
    addNames(['姚卯青']); // again: nothing changes
    assert.deepEqual(words('姚卯青说了什么？').slice(0, 2), ['姚卯青', '说']);
  });
});

describe('a pair jieba glues across a word and the verb after it', () => {
  it('is cut into the word’s head and the verb (来客数是多少 → 来客|数|是, not 来客|数是)', () => {
    const words = (text: string): string[] => tag(text).map((t) => t.word);
    assert.deepEqual(words('上周的来客数是多少？').slice(-4), ['来客', '数', '是', '多少']);
    assert.deepEqual(words('来客数有多少').slice(0, 3), ['来客', '数', '有']);
    assert.deepEqual(words('人数是多少'), ['人数', '是', '多少'], 'a word jieba knows stays whole');
  });
});

describe('the index words of a text', () => {
  it('cut the same glued pair back to its head (续约率为 → 续约|率), so the question’s 率 finds the sentence', () => {
    assert.deepEqual(indexWords('其中续约171家，续约率为91.9%。'), ['其中', '续约', '171', '家', '续约', '率', '91.9%', '91.9']);
    assert.ok(indexWords('来客数是128人').includes('数'));
    assert.ok(indexWords('他作为组长成为了负责人').includes('作为'), 'a word jieba knows stays whole');
  });
});

describe('a locative and a function word jieba guesses into one unknown word', () => {
  it('are read as the characters they are (上线前要安排 → 前|要), where the documents do not write the pair', async () => {
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    const words = (question: string, indexed?: (term: string) => boolean): string[] => analyseQuestion(question, undefined, undefined, indexed).words.map((w) => w.word);
    assert.deepEqual(words('上线前要安排几轮培训？'), ['上线', '前', '安排', '培训']);
    assert.ok(words('上线前要安排几轮培训？', (term) => term === '前要').includes('前要'), 'a pair the documents write stays whole');
  });

  it('read a passive marker jieba glued to the character before it as the characters (钢筋|工被|送到 → 工|被)', async () => {
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    const words = analyseQuestion('受伤的钢筋工被送到了哪家医院？', undefined).words.map((w) => w.word);
    assert.ok(!words.includes('工被'), words.join('|'));
    assert.ok(words.includes('工'), words.join('|'));
  });

  it('read a Latin letter written onto a Chinese word as one name with it (b|站 → b站)', async () => {
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    const words = analyseQuestion('B站本周新增了多少粉丝？', undefined).words.map((w) => w.word);
    assert.ok(words.includes('b站') && !words.includes('站'), words.join('|'));
    const name = analyseQuestion('HAT-P-2b距离地球有多远？', undefined).words.map((w) => w.word);
    assert.ok(!name.includes('b距离'), `a letter ending a longer Latin name stays with it: ${name.join('|')}`);
    for (const question of ['小明C为什么被取笑？', '小明C是怎么认识他的？']) {
      const asked = analyseQuestion(question, undefined).words.map((w) => w.word);
      assert.ok(!asked.some((w) => /^c\p{Script=Han}/u.test(w)), `no name with an asking word or 是: ${asked.join('|')}`);
    }
  });

  it('read a week’s day that swallowed the 一 of 一共 as the week (本周一|共 → 本周 一共), not a Monday asked', async () => {
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    const words = (question: string): string[] => analyseQuestion(question, undefined).words.map((w) => w.word);
    assert.ok(words('本周一共发布了多少条内容？').includes('本周'), words('本周一共发布了多少条内容？').join('|'));
    assert.ok(words('本周一召开了什么会议？').includes('本周一'), 'a Monday asked stays one');
  });

  it('read the adjective 多 asks with apart from the noun jieba glued it to (多|大面积 → 多 大 面积)', async () => {
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    const words = (question: string): string[] => analyseQuestion(question, undefined).words.map((w) => w.word);
    assert.ok(words('防水卷材铺了多大面积？').includes('面积'), words('防水卷材铺了多大面积？').join('|'));
    assert.ok(words('采用大面积玻璃幕墙的是哪栋楼？').includes('大面积'), 'not after 多: a word of its own');
  });
});

describe('an asking word jieba glues to its measure word', () => {
  it('is no content word (扎加藏布发源于哪座山 asks no 哪座 of the documents), while 哪年 and 哪国 still say what is asked', async () => {
    const { isStopword } = await import('../../src/core/index/stopwords.js');
    const { analyseQuestion } = await import('../../src/core/query/analyse.js');
    for (const word of ['哪座', '哪部', '哪一部', '哪本', '哪所', '哪首', '这部', '那座']) assert.ok(isStopword(word), word);
    for (const word of ['哪国', '哪年', '部长', '座位']) assert.ok(!isStopword(word), word);
    const words = analyseQuestion('扎加藏布发源于哪座山？', undefined).words.map((w) => w.word);
    assert.ok(!words.includes('哪座'), words.join('|'));
    assert.ok(words.includes('山'), words.join('|'));
  });
});
