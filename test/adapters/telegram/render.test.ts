import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Outcome, type Summary } from '../../../src/app/contracts.js';
import { type AnswerReply, type Citation } from '../../../src/core/reply.js';
import { documentKey } from '../../../src/core/refs.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { escapeHtml } from '../../../src/adapters/telegram/html.js';
import { parseSourceCallback, parseVoteCallback, renderOutcome, renderSource, renderSummary } from '../../../src/adapters/telegram/render.js';
import { MESSAGE_LIMIT, packParts, sentences, splitLine } from '../../../src/adapters/telegram/split.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

const HOSTILE = ['<b>', '</b>', '</blockquote>', '<blockquote expandable>', '&', '&amp;', '<a href="x">', '"', '@everyone', '*bold*', '[x](http://x)', '`', '<', '>', '😀', '。', '！', '\n', ' ', '人工智能', 'AI ', '¶3'];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((pieces) => pieces.join(''));

const DOC = { document: 'report.txt', title: '两会特刊' };

function citation(paragraph: number, quote: string, extra: Partial<Citation> = {}): Citation {
  return { ...DOC, paragraph, headline: '李乐成在全国两会“部长通道”回答记者提问', quote, text: `${quote}（全文）`, score: 1, ...extra };
}

function answer(sentences: { text: string; paragraph: number; document?: string; title?: string }[], citations: Citation[]): AnswerReply {
  return { kind: 'answer', found: true, question: 'q', language: 'zh', ms: 1, answer: sentences.map((s) => s.text).join(''), sentences: sentences.map((s) => ({ ...DOC, ...s })), citations };
}

function assertValidParts(parts: readonly string[]): void {
  assert.ok(parts.length > 0, 'at least one part');
  for (const part of parts) {
    assert.ok(part.length <= MESSAGE_LIMIT, `part of ${part.length} characters`);
    assert.deepEqual(checkTelegramHtml(part).problems, [], part.slice(0, 200));
  }
}

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('escapeHtml', () => {
  it('escapes &, <, > and " and nothing else', () => {
    assert.equal(escapeHtml('a & b < c > d "e" \'f\' ¶3'), 'a &amp; b &lt; c &gt; d &quot;e&quot; \'f\' ¶3');
  });
});

describe('renderOutcome', () => {
  it('renders an answer: quoted sentences with ¶N, a bold heading and an expandable blockquote per citation, a button per citation', () => {
    const reply = answer([{ text: '2025年，产业规模超过1.2万亿元。', paragraph: 10 }, { text: '企业超过6200家。', paragraph: 12 }], [citation(10, '2025年，产业规模超过1.2万亿元。'), citation(12, '企业超过6200家。', { speaker: { label: '优必选创始人周剑', name: '周剑', title: '创始人', organisation: '优必选' } })]);
    const { parts, buttons } = renderOutcome(reply);
    assert.equal(parts.length, 1);
    const html = parts[0] ?? '';
    assertValidParts(parts);
    assert.match(html, /2025年，产业规模超过1\.2万亿元。 ¶10/);
    assert.match(html, /<b>两会特刊 ¶12 · 李乐成在全国两会“部长通道”回答记者提问 · 优必选创始人周剑<\/b>\n<blockquote expandable>企业超过6200家。<\/blockquote>/);
    const key = documentKey('report.txt');
    assert.deepEqual(buttons.flat().map((b) => b.callback_data), [`src:${key}:10`, `src:${key}:12`]);
    assert.deepEqual(buttons.flat().map((b) => b.text), ['两会特刊 ¶10', '两会特刊 ¶12']);
    for (const button of buttons.flat()) assert.ok(Buffer.byteLength(button.callback_data) <= 64);
  });

  it('renders hostile report text as text: no tag, link or entity gets through', () => {
    const evil = '<b>x</b></blockquote><a href="http://evil">click</a> & &amp; @everyone';
    const { parts } = renderOutcome(answer([{ text: evil, paragraph: 1 }], [citation(1, evil, { headline: evil })]));
    assertValidParts(parts);
    const html = parts.join('\n');
    assert.deepEqual(new Set(checkTelegramHtml(html).tags), new Set(['b', 'blockquote']));
    assert.ok(!html.includes('<a'), 'no link tag');
    assert.ok(visibleText(html).includes(evil), 'shown verbatim');
  });

  it('words every non-answer in the question language, from shared messages', () => {
    const base = { question: 'q', ms: 1, citations: [] as [] };
    const cases: [Outcome, string][] = [
      [{ ...base, kind: 'declined', found: false, reason: 'not_covered', suggestions: ['Weekly <b>plan</b>'], language: 'en' }, messages.declined('en', ['Weekly <b>plan</b>'])],
      [{ ...base, kind: 'invalid', found: false, reason: 'empty_question', language: 'zh' }, messages.emptyQuestion('zh')],
      [{ ...base, kind: 'invalid', found: false, reason: 'no_words', language: 'en' }, messages.noWords('en')],
      [{ ...base, kind: 'invalid', found: false, reason: 'too_long', limit: 1000, language: 'zh' }, messages.tooLong('zh', 1000)],
      [{ kind: 'rate_limited', question: 'q', language: 'en', retryAfterMs: 2500 }, messages.rateLimited('en', 3)],
      [{ kind: 'failed', question: 'q', language: 'zh' }, messages.failed('zh')],
    ];
    for (const [outcome, words] of cases) {
      const { parts, buttons } = renderOutcome(outcome);
      assert.deepEqual(parts, [escapeHtml(words)]);
      assert.deepEqual(buttons, []);
    }
  });

  it('splits a 5,000-character answer into parts of at most 4096, between sentences', () => {
    const sentence = '工业和信息化部将着力推动新型工业化，加快建设制造强国和网络强国。';
    const many = Array.from({ length: Math.ceil(5000 / sentence.length) }, (_, i) => ({ text: sentence, paragraph: 1 + (i % 3 === 0 ? 1 : 0) }));
    const { parts } = renderOutcome(answer(many, [citation(1, sentence), citation(2, sentence)]));
    assert.ok(parts.length >= 2);
    assertValidParts(parts);
    for (const part of parts.slice(0, -1)) assert.match(visibleText(part), /[。¶\d]\s*$/u);
  });

  it('never produces invalid HTML or a part over 4096 (random text with markup, entities and mentions)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, fc.integer({ min: 1, max: 99 })), { minLength: 1, maxLength: 8 }), hostileText, (pieces, headline) => {
        const reply = answer(pieces.map(([text, paragraph]) => ({ text, paragraph })), pieces.map(([text, paragraph]) => citation(paragraph, text, { headline })));
        const { parts, buttons } = renderOutcome(reply);
        assertValidParts(parts);
        for (const button of buttons.flat()) assert.ok(Buffer.byteLength(button.callback_data) <= 64);
      }),
      { numRuns: 300 },
    );
  });
});

describe('packParts / splitLine', () => {
  it('keeps every character (but split-point white space) and the tags balanced under a small limit', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), fc.constantFrom('plain', 'bold', 'quote', 'italic') , fc.integer({ min: 48, max: 300 }), (texts, style, limit) => {
        const blocks = texts.map((text) => [{ text, style: style as 'plain' }]);
        const parts = packParts(blocks, limit);
        for (const part of parts) {
          assert.ok(part.length <= limit, `${part.length} > ${limit}`);
          assert.deepEqual(checkTelegramHtml(part).problems, []);
        }
        assert.equal(squash(visibleText(parts.join(''))), squash(texts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a too-long line at sentence ends, re-wrapping each piece in its tags', () => {
    const pieces = splitLine({ text: '第一句话。第二句话！Third sentence. 第四句？', style: 'quote' }, 53);
    assert.deepEqual(pieces.map((p) => p.text), ['第一句话。第二句话！', 'Third sentence.', '第四句？']);
    assert.ok(pieces.every((p) => p.style === 'quote'));
  });

  it('never cuts inside an entity or a surrogate pair, even without punctuation', () => {
    const parts = packParts([[{ text: '&😀<'.repeat(3000), style: 'bold' }]]);
    assertValidParts(parts);
    for (const part of parts) assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(part), 'no lone high surrogate');
  });

  it('reads sentences with their closing quotes', () => {
    assert.deepEqual(sentences('他说：“好。”然后走了。'), ['他说：“好。”', '然后走了。']);
  });
});

describe('renderSource', () => {
  const one = [{ name: 'report.txt', title: '两会特刊', paragraphs: 28 }];
  it('explains a bad paragraph number with the document’s range, and what to type', () => {
    assert.deepEqual(renderSource({ kind: 'invalid', reason: 'out_of_range', document: 'report.txt', max: 28, documents: one }, 'en'), [escapeHtml('No such paragraph: report.txt has ¶1–¶28.')]);
    assert.deepEqual(renderSource({ kind: 'invalid', reason: 'not_a_number', document: 'report.txt', max: 28, documents: one }, 'zh'), [escapeHtml('请给出段落编号，例如：/source 3')]);
  });

  it('lists the documents when the name is unknown', () => {
    const documents = [...one, { name: 'w/48.pdf', title: '周报 <1>', paragraphs: 9 }];
    const [part] = renderSource({ kind: 'invalid', reason: 'unknown_document', document: 'x.doc', max: 0, documents }, 'zh');
    assert.equal(visibleText(part ?? ''), '没有名为“x.doc”的文件。例如：/source report.txt#3\n文件：\n• report.txt#1–28 — 两会特刊\n• w/48.pdf#1–9 — 周报 <1>');
  });

  it('reads only its own callback data, old buttons (src:N) included', () => {
    assert.equal(parseSourceCallback('src:0a1b2c3d:12'), '0a1b2c3d#12');
    assert.equal(parseSourceCallback('src:12'), '12');
    assert.equal(parseSourceCallback('src:-1'), undefined);
    assert.equal(parseSourceCallback('src:12<b>'), undefined);
  });
});

describe('renderSummary', () => {
  const item = (n: number): Summary['sections'][number]['items'][number] => ({ text: `第${n}条要点：推动人工智能与制造业深度融合，培育壮大新兴产业和未来产业。`, ...DOC, paragraph: n });

  it('splits a long summary between items, never mid-sentence', () => {
    const summary: Summary = { date: '2026-03-05', sections: [{ kind: 'keypoints', title: '要点 <1>', items: Array.from({ length: 150 }, (_, i) => item(i + 1)) }] };
    const parts = renderSummary(summary, 'zh');
    assert.ok(parts.length >= 2);
    assertValidParts(parts);
    for (const part of parts) {
      for (const line of visibleText(part).split('\n').filter((l) => l.startsWith('•'))) assert.match(line, /。 两会特刊 ¶\d+$/);
    }
    assert.ok(visibleText(parts[0] ?? '').includes('要点 <1>'));
  });

  it('cites a point under its article’s headline after ¶N, and under a document’s heading by ¶N and headline alone', () => {
    const headline = '工信部召开动员部署会 <b>';
    const keypoints = visibleText(renderSummary({ date: '2026-03-05', sections: [{ kind: 'keypoints', title: '要点', items: [{ ...item(4), headline }] }] }, 'zh').join(''));
    assert.ok(keypoints.includes(`。 两会特刊 ¶4 · ${headline}`), keypoints);
    const documents = visibleText(renderSummary({ date: '2026-03-05', sections: [{ kind: 'documents', title: '新文档', items: [{ ...item(4), headline }] }] }, 'zh').join(''));
    assert.ok(documents.includes(`。 ¶4 · ${headline}`), documents);
  });

  it('shows questions with how often they were asked, and says so when there is nothing', () => {
    const parts = renderSummary({ date: '2026-03-05', sections: [{ kind: 'questions', title: 'Questions', items: [{ ...item(3), question: 'AI <规模>?', asked: 4 }] }] }, 'en');
    assert.match(visibleText(parts.join('')), /AI <规模>\? \(asked 4×\)/);
    assert.match(visibleText(renderSummary({ date: '2026-03-05', sections: [] }, 'en').join('')), new RegExp(messages.summaryEmpty('en')));
  });

  it('never produces invalid HTML or a part over 4096 (random items)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: hostileText, items: fc.array(fc.record({ text: hostileText, paragraph: fc.nat(99), question: fc.option(hostileText, { nil: undefined }), headline: fc.option(hostileText, { nil: undefined }) }), { maxLength: 30 }) }), { maxLength: 4 }), (sections) => {
        const summary: Summary = { date: '2026-03-05', sections: sections.map((s) => ({ kind: 'keypoints', title: s.title, items: s.items.map((i) => ({ text: i.text, document: 'a.txt', title: s.title, paragraph: i.paragraph, ...(i.headline === undefined ? {} : { headline: i.headline }), ...(i.question === undefined ? {} : { question: i.question, asked: 2 }) })) })) };
        assertValidParts(renderSummary(summary, 'zh'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderOutcome: 👍/👎', () => {
  it('adds a 👍/👎 row (callback_data ≤ 64 bytes) under the citation buttons of a logged answer only', () => {
    const reply = answer([{ text: '一句。', paragraph: 3 }], [citation(3, '一句。')]);
    assert.deepEqual(renderOutcome({ ...reply, questionId: 9_007_199_254_740_991 }).buttons.at(-1)?.map((b) => [b.text, b.callback_data]), [
      ['👍', 'vote:up:9007199254740991'],
      ['👎', 'vote:down:9007199254740991'],
    ]);
    for (const button of renderOutcome({ ...reply, questionId: 9_007_199_254_740_991 }).buttons.flat()) assert.ok(Buffer.byteLength(button.callback_data) <= 64);
    assert.deepEqual(renderOutcome(reply).buttons.flat().map((b) => b.callback_data), [`src:${documentKey('report.txt')}:3`]);
    assert.deepEqual(parseVoteCallback('vote:up:12'), { vote: 'up', questionId: 12 });
    assert.equal(parseVoteCallback('src:12'), undefined);
    assert.equal(parseSourceCallback('vote:up:12'), undefined);
  });
});
