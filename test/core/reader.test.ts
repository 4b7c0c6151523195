/**
 * The answer reader: its tokenizer agrees with Transformers.js token for token
 * (with offsets that point at the right text), and the trained model tells the
 * sentence that answers from its neighbours and marks the answer phrase.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AutoTokenizer, env } from '@xenova/transformers';
import { splitSentences } from '../../src/core/corpus/sentences.js';
import { loadReader } from '../../src/core/reader/reader.js';
import { loadWordPiece } from '../../src/core/reader/wordpiece.js';
import { projectRoot, testModelDir } from '../helpers/core.js';

const readerDir = path.join(projectRoot, 'models', 'reader');

describe('reader tokenizer', () => {
  it('gives the same ids as the Transformers.js tokenizer on every sentence of the report, with offsets into the text', async () => {
    const modelDir = testModelDir();
    assert.ok(modelDir, 'the embedding model folder (EMBEDDING_MODEL_DIR or ../shared/models) is needed for its tokenizer');
    env.localModelPath = modelDir;
    env.allowRemoteModels = false;
    const reference = await AutoTokenizer.from_pretrained('Xenova/bge-small-zh-v1.5');
    const ours = loadWordPiece(path.join(readerDir, 'tokenizer.json'));
    const text = fs.readFileSync(path.join(projectRoot, 'data', 'report.txt'), 'utf8');
    const sentences = splitSentences(text).map((s) => s.text);
    sentences.push('Who is the minister of MIIT? AI眼镜、3C产品，GDP增长5%左右。ｆｕｌｌ　ｗｉｄｔｈ');
    for (const sentence of sentences) {
      const tokens = ours.tokenize(sentence);
      const expected = (reference.encode(sentence, null, { add_special_tokens: false }) as number[]).map(Number);
      assert.deepEqual(tokens.map((t) => t.id), expected, sentence);
      for (const t of tokens) assert.ok(t.start < t.end && t.end <= sentence.length);
    }
  });
});

describe('reader model', () => {
  it('scores the sentence that answers above its neighbours and marks the answer phrase in it', async () => {
    const reader = await loadReader(readerDir);
    const title = '国产人形机器人';
    const question = '国内企业推出了多少款人形机器人？';
    const [answers, neighbour, other] = await reader.read(question, [
      { title, text: '国内企业推出300多款人形机器人，超过全球半数。' },
      { title, text: '人形机器人不是通用玩具，而是“新型生产终端”。' },
      { title, text: '今年春晚，人形机器人“组团炫技”，成为全网热议的“顶流”。' },
    ]);
    assert.ok(answers && neighbour && other);
    assert.ok(answers.answerable > 0, `answers: ${answers.answerable}`);
    assert.ok(answers.answerable > neighbour.answerable + 2 && answers.answerable > other.answerable + 2);
    const span = answers.span;
    assert.ok(span);
    assert.match('国内企业推出300多款人形机器人，超过全球半数。'.slice(span.start, span.end), /300/);
  });

  it('reads a batch of nothing as nothing', async () => {
    const reader = await loadReader(readerDir);
    assert.deepEqual(await reader.read('问题', []), []);
  });
});
