/**
 * The answer phrase (src/core/answer-phrase.ts): shown first and in bold inside its
 * quoted sentence on every platform, with the sentence still verbatim and
 * everything escaped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderOutcome as renderConsole } from '../../src/adapters/console/render.js';
import { renderOutcome as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderOutcome as renderTelegram } from '../../src/adapters/telegram/render.js';
import { type AnswerReply } from '../../src/core/reply.js';

const sentence = '线路全长<364.6公里>，设计时速350公里。';
const phrase = '<364.6公里>';
const start = sentence.indexOf(phrase);

function reply(withPhrase: boolean): AnswerReply {
  return {
    kind: 'answer',
    found: true,
    question: '线路有多长？',
    language: 'zh',
    ms: 1,
    answer: sentence,
    sentences: [{ text: sentence, document: 'rail.txt', title: '铁路', paragraph: 3, ...(withPhrase ? { highlight: { start, end: start + phrase.length } } : {}) }],
    citations: [{ document: 'rail.txt', title: '铁路', paragraph: 3, headline: '铁路', quote: sentence, text: sentence, score: 1 }],
    ...(withPhrase ? { phrase } : {}),
  };
}

describe('answer phrase highlight', () => {
  it('Telegram: the phrase first in bold, then bold inside the escaped sentence', () => {
    const html = renderTelegram(reply(true)).parts.join('\n');
    assert.ok(html.startsWith('<b>&lt;364.6公里&gt;</b>'), html);
    assert.ok(html.includes('线路全长<b>&lt;364.6公里&gt;</b>，设计时速350公里。 ¶3'), html);
  });

  it('Discord: the phrase first in bold, then bold inside the escaped sentence', () => {
    const description = renderDiscord(reply(true)).embeds?.[0]?.description ?? '';
    assert.ok(description.startsWith('**\\<364.6公里\\>**') || description.startsWith('**<364.6公里>**'), description);
    assert.match(description, /线路全长\*\*\\?<364\.6公里\\?>\*\*，设计时速350公里。 ¶3/);
  });

  it('console: the phrase first, marked inside the sentence', () => {
    const text = renderConsole(reply(true));
    assert.ok(text.startsWith(`» ${phrase}\n`));
    assert.ok(text.includes(`线路全长**${phrase}**，设计时速350公里。 [¶3]`));
  });

  it('without a phrase nothing is bolded and the sentence reads as it was', () => {
    assert.ok(!renderTelegram(reply(false)).parts.join('\n').includes('<b>&lt;364'));
    assert.ok(renderConsole(reply(false)).includes(`${sentence} [¶3]`));
  });
});
