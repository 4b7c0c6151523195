import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Outcome } from '../../../src/app/contracts.js';
import { parseCitationButtonId, parseVoteButtonId } from '../../../src/adapters/discord/custom-ids.js';
import { LIMITS, renderOutcome, renderParagraph, renderSource } from '../../../src/adapters/discord/render.js';
import { escapeDiscord } from '../../../src/adapters/discord/text.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { documentKey } from '../../../src/core/refs.js';
import { type AnswerReply, type Citation, type Paragraph } from '../../../src/core/reply.js';
import { assertWithinLimits, hasLiveMention, shown } from './limits.js';

/** Pieces of text that attack Discord formatting or try to ping someone. */
const hostilePiece = fc.oneof(
  fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@!42>', '<@&456>', '<#789>', '</ask:1>', '**bold**', '__u__', '`code`', '```\nblock\n```', '~~s~~', '||spoiler||', '> quote', '# Heading', '- item', '[link](https://evil.example)', '\\', '\\\\', '。', '！', '？', '.', '\n', '😀', '中文句子。', 'A sentence. '),
  fc.string({ maxLength: 12 }),
);
const hostileText = fc.array(hostilePiece, { maxLength: 60 }).map((parts) => parts.join(''));
/** Sometimes very long: quotes and questions far beyond any Discord limit. */
const longText = fc.tuple(hostileText, fc.integer({ min: 1, max: 120 })).map(([text, times]) => text.repeat(times));

const citation = fc.record({
  document: fc.oneof(fc.constant('report.txt'), longText.map((t) => `${t}.pdf`)),
  title: fc.oneof(fc.constant(''), longText),
  paragraph: fc.integer({ min: 1, max: 100_000 }),
  headline: longText,
  speakerLabel: fc.option(hostileText, { nil: undefined }),
  quote: longText,
  text: longText,
});

function answer(question: string, citations: Citation[]): AnswerReply {
  return {
    kind: 'answer',
    found: true,
    question,
    language: 'zh',
    ms: 1,
    answer: citations.map((c) => c.quote).join(''),
    sentences: citations.map((c) => ({ text: c.quote, document: c.document, title: c.title, paragraph: c.paragraph })),
    citations,
  };
}

const answerArb = fc.tuple(longText, fc.array(citation, { maxLength: 40 })).map(([question, raw]) =>
  answer(
    question,
    raw.map((c) => ({
      document: c.document,
      title: c.title,
      paragraph: c.paragraph,
      headline: c.headline,
      ...(c.speakerLabel === undefined ? {} : { speaker: { label: c.speakerLabel, name: '', title: '', organisation: '' } }),
      quote: c.quote,
      text: c.text,
      score: 0.5,
    })),
  ),
);

const sample: Citation = {
  document: 'weekly/2026-w48.txt',
  title: '两会特刊',
  paragraph: 12,
  headline: '李乐成在全国两会“部长通道”回答记者提问',
  speaker: { label: '优必选创始人、董事会主席兼CEO周剑', name: '周剑', title: '创始人、董事会主席兼CEO', organisation: '优必选' },
  quote: '2025年，中国人工智能核心产业规模超过1.2万亿元。',
  text: '李乐成指出，2025年，中国人工智能核心产业规模超过1.2万亿元。总体看有三大亮点。',
  score: 0.9,
};

describe('renderOutcome: answers', () => {
  it('puts the quoted answer in the description and each citation in a field headed title ¶N · headline · speaker', () => {
    const payload = renderOutcome(answer('人工智能产业规模多大？', [sample]));
    const [embed] = payload.embeds;
    assert.ok(embed);
    assert.equal(embed.title, '人工智能产业规模多大？');
    assert.equal(embed.description, `${messages.answerIntro('zh')}\n${sample.quote} ¶12`);
    assert.deepEqual(embed.fields, [{ name: '两会特刊 ¶12 · 李乐成在全国两会“部长通道”回答记者提问 · 优必选创始人、董事会主席兼CEO周剑', value: sample.quote }]);
  });

  it('names the document of each quoted sentence when the answer quotes several documents', () => {
    const other: Citation = { ...sample, document: 'memo.docx', title: '差旅通知', paragraph: 2, quote: '住宿费报销上限为每人每晚六百五十元。' };
    const description = renderOutcome(answer('问题', [sample, other])).embeds[0]?.description ?? '';
    assert.equal(description, `${messages.answerIntro('zh')}\n${sample.quote} 两会特刊 ¶12\n${other.quote} 差旅通知 ¶2`);
  });

  it('puts one button per citation, each showing title ¶N and naming document and paragraph in its custom id', () => {
    const second = { ...sample, paragraph: 3 };
    const longName = { ...sample, document: `${'很长的文件夹名/'.repeat(30)}报告.pdf`, title: '一个非常非常非常非常非常长的文件标题', paragraph: 7 };
    const payload = renderOutcome(answer('问题', [sample, second, longName]));
    const buttons = payload.components.flatMap((row) => row.components);
    assert.deepEqual(buttons.map((b) => b.label), ['两会特刊 ¶12', '两会特刊 ¶3', '一个非常非常非常非常非常长的文… ¶7']);
    assert.deepEqual(buttons.map((b) => parseCitationButtonId(b.custom_id)), [`${documentKey(sample.document)}#12`, `${documentKey(sample.document)}#3`, `${documentKey(longName.document)}#7`]);
    for (const b of buttons) assert.ok(b.custom_id.length <= LIMITS.customId);
  });

  it('still understands citation buttons sent before documents had keys', () => {
    assert.equal(parseCitationButtonId('cite:12:0'), '12');
    assert.equal(parseCitationButtonId('cite:zz:12:0'), undefined);
    assert.equal(parseCitationButtonId('other:1'), undefined);
  });

  it('escapes markdown and mentions in the echoed question so it shows as typed', () => {
    const question = '**hi** @everyone <@123> [x](https://evil.example)';
    const title = renderOutcome(answer(question, [sample])).embeds[0]?.title ?? '';
    assert.equal(shown(title), question);
    assert.ok(!hasLiveMention(title));
  });

  it('stays within every Discord limit and never pings, whatever the text (property)', () => {
    fc.assert(
      fc.property(answerArb, (reply) => {
        const payload = renderOutcome(reply);
        assertWithinLimits(payload);
        // Each shown field is the start of its citation's quote, never altered.
        for (const [index, field] of (payload.embeds[0]?.fields ?? []).entries()) {
          const cited = reply.citations[index];
          assert.ok(cited);
          const source = cited.quote.trim() !== '' ? cited.quote : cited.text;
          if (field.value !== '—') assert.ok(source.startsWith(shown(field.value).replace(/…$/, '')));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps whole sentences in the description when the answer is too long', () => {
    const sentence = '这是一个很长的句子，用来测试描述的长度限制。';
    const reply = answer('长答案', Array.from({ length: 400 }, (_, i) => ({ ...sample, paragraph: i + 1, quote: sentence })));
    const description = renderOutcome(reply).embeds[0]?.description ?? '';
    assert.ok(description.length <= LIMITS.description);
    for (const line of description.split('\n').slice(1)) assert.match(line, /^这是一个很长的句子，用来测试描述的长度限制。 ¶\d+$/);
  });
});

describe('renderOutcome: refusals', () => {
  const cases: [string, Outcome, string][] = [
    ['declined (zh)', { kind: 'declined', found: false, reason: 'not_covered', citations: [], suggestions: ['数据库迁移进展'], question: '天气', language: 'zh', ms: 1 }, messages.declined('zh', ['数据库迁移进展'])],
    ['declined (en)', { kind: 'declined', found: false, reason: 'not_covered', citations: [], suggestions: [], question: 'weather', language: 'en', ms: 1 }, messages.declined('en')],
    ['empty question', { kind: 'invalid', found: false, reason: 'empty_question', citations: [], question: '', language: 'zh', ms: 0 }, messages.emptyQuestion('zh')],
    ['no words', { kind: 'invalid', found: false, reason: 'no_words', citations: [], question: '???', language: 'en', ms: 0 }, messages.noWords('en')],
    ['too long', { kind: 'invalid', found: false, reason: 'too_long', limit: 1000, citations: [], question: 'x', language: 'en', ms: 0 }, messages.tooLong('en', 1000)],
    ['rate limited', { kind: 'rate_limited', question: 'q', language: 'en', retryAfterMs: 2500 }, messages.rateLimited('en', 3)],
    ['failed', { kind: 'failed', question: '问', language: 'zh' }, messages.failed('zh')],
  ];
  for (const [name, outcome, expected] of cases) {
    it(`renders ${name} as one short message in the question's language`, () => {
      const payload = renderOutcome(outcome);
      assert.equal(payload.content, expected);
      assert.deepEqual(payload.embeds, []);
      assertWithinLimits(payload);
    });
  }
});

describe('renderSource', () => {
  const paragraph: Paragraph = { number: 3, document: 'report.txt', title: '两会特刊', kind: 'body', headline: '标题', byline: '', body: '正文。', text: '周剑：正文。', speaker: sample.speaker };

  it('shows the whole paragraph under title ¶N · headline · speaker', () => {
    const embed = renderParagraph(paragraph).embeds[0];
    assert.equal(embed?.title, '两会特刊 ¶3 · 标题 · 优必选创始人、董事会主席兼CEO周剑');
    assert.equal(embed?.description, '周剑：正文。');
  });

  it('answers an out-of-range number with the document and its range', () => {
    const content = renderSource({ kind: 'invalid', reason: 'out_of_range', document: 'report.txt', max: 28, documents: [{ name: 'report.txt', title: '两会特刊', paragraphs: 28 }] }, 'en').content;
    assert.equal(content, 'No such paragraph: report.txt has ¶1–¶28.');
  });

  it('asks which document, listing them, when a bare number could mean several', () => {
    const documents = [{ name: 'report.txt', title: '两会特刊', paragraphs: 28 }, { name: 'weekly/w48.pdf', title: '运营周报', paragraphs: 9 }];
    const content = renderSource({ kind: 'invalid', reason: 'ambiguous', document: '', max: 0, documents }, 'en').content;
    assert.equal(content, 'There are several documents — say which one, e.g. /source report.txt#3\nDocuments:\n• report.txt#1–28 — 两会特刊\n• weekly/w48.pdf#1–9 — 运营周报');
  });

  it('keeps a huge hostile paragraph within limits, split between sentences (property)', () => {
    fc.assert(
      fc.property(longText, hostileText, (text, headline) => {
        const payload = renderParagraph({ ...paragraph, text, headline });
        assertWithinLimits(payload);
        const joined = shown(payload.embeds.map((e) => e.description ?? '').join(''));
        // Nothing is lost unless the 6000-character message limit forces a cut.
        if (escapeDiscord(text).length <= LIMITS.embedTotal - 300) assert.equal(joined, text.replace(/@(everyone|here)/gi, '@$1'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderOutcome: 👍/👎', () => {
  it('puts 👍/👎 for the logged answer on a row of their own, last, within five rows even with 25 citations', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...sample, paragraph: i + 1, quote: `第${i + 1}句。` }));
    const payload = renderOutcome({ ...answer('问题', many), questionId: 42 });
    assertWithinLimits(payload);
    assert.ok(payload.components.length <= LIMITS.rows);
    const last = payload.components.at(-1)?.components ?? [];
    assert.deepEqual(last.map((b) => [b.custom_id, b.emoji?.name]), [['vote:up:42', '👍'], ['vote:down:42', '👎']]);
    assert.deepEqual(parseVoteButtonId('vote:down:42'), { vote: 'down', questionId: 42 });
    assert.equal(parseVoteButtonId('cite:3:0'), undefined);
    assert.equal(parseCitationButtonId('vote:up:42'), undefined);
  });

  it('leaves an answer that was not logged without vote buttons', () => {
    const payload = renderOutcome(answer('问题', [sample]));
    assert.ok(payload.components.flatMap((row) => row.components).every((b) => b.custom_id.startsWith('cite:')));
  });
});
