import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chunkBySentence, clip, clipAtSentence, escapeDiscord, sentences } from '../../../src/adapters/discord/text.js';
import { hasLiveMention, shown } from './limits.js';

const piece = fc.oneof(
  fc.constantFrom('@everyone', '@here', '<@1>', '<@&2>', '<#3>', '**', '__', '`', '~~', '||', '> ', '# ', '-# ', '- ', '1. ', '[a](http://x.example)', '\\', '。', '！', '. ', '\n', '😀', '句子。'),
  fc.string({ maxLength: 8 }),
);
/** Any text a user or the report could contain (zero-width spaces aside: the escaper adds those). */
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('').replace(/\u200b/g, ''));

describe('escapeDiscord', () => {
  it('shows every text exactly as written and leaves no live mention (property)', () => {
    fc.assert(
      fc.property(text, (input) => {
        const escaped = escapeDiscord(input);
        assert.equal(shown(escaped), input);
        assert.ok(!hasLiveMention(escaped));
      }),
      { numRuns: 500 },
    );
  });

  it('turns formatting and masked links into plain text', () => {
    assert.equal(escapeDiscord('**bold** [x](https://e.example)'), '\\*\\*bold\\*\\* \\[x\\]\\(https://e.example\\)');
    assert.equal(escapeDiscord('1. item'), '1\\. item');
    assert.equal(escapeDiscord('hi @everyone'), 'hi @\u200beveryone');
  });
});

describe('clip, clipAtSentence, chunkBySentence', () => {
  it('never exceed their limit, and chunks give the text back whole (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 300 }), (input, max) => {
        const escaped = escapeDiscord(input);
        assert.ok(clip(escaped, max).length <= max);
        assert.ok(clipAtSentence(escaped, max).length <= max);
        const chunks = chunkBySentence(escaped, max);
        assert.equal(chunks.join(''), escaped);
        for (const chunk of chunks) assert.ok(chunk.length <= max && chunk.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts between sentences when it can', () => {
    assert.deepEqual(sentences('第一句。第二句！Third one. Four'), ['第一句。', '第二句！', 'Third one. ', 'Four']);
    assert.equal(clipAtSentence('第一句。第二句很长很长很长。', 10), '第一句。…');
    assert.deepEqual(chunkBySentence('第一句。第二句。第三句。', 9), ['第一句。第二句。', '第三句。']);
  });
});
