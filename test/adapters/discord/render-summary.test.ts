import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Summary, type SummarySection } from '../../../src/app/contracts.js';
import { renderSummary } from '../../../src/adapters/discord/render-summary.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { assertWithinLimits, shown } from './limits.js';

const piece = fc.oneof(
  fc.constantFrom('@everyone', '<@123>', '**', '`', '||', '> ', '[a](http://x.example)', '\\', '报告原文。', '人工智能核心产业规模超过1.2万亿元。', 'Sentence. ', '\n'),
  fc.string({ maxLength: 10 }),
);
/** A verbatim "sentence" of up to ~2,000 characters with hostile content. */
const itemText = fc.array(piece, { minLength: 1, maxLength: 120 }).map((parts) => parts.join('')).filter((text) => text.trim() !== '');

const section: fc.Arbitrary<SummarySection> = fc.record({
  kind: fc.constantFrom('documents' as const, 'questions' as const, 'keypoints' as const),
  title: fc.string({ minLength: 1, maxLength: 300 }),
  items: fc.array(
    fc.record({
      text: itemText,
      paragraph: fc.integer({ min: 1, max: 999 }),
      question: fc.option(itemText, { nil: undefined }),
      asked: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      document: fc.constantFrom('report.txt', 'new **doc**.md'),
      title: fc.constantFrom('', '两会特刊', '**bold** title @everyone'),
      headline: fc.option(fc.constantFrom('工信部召开动员部署会', '__under__ <@123> headline'), { nil: undefined }),
    }),
    { maxLength: 30 },
  ),
});

function allDescriptions(summary: Summary): string {
  return renderSummary(summary)
    .flatMap((payload) => payload.embeds.map((embed) => embed.description ?? ''))
    .join('\n');
}

describe('renderSummary', () => {
  it('heads the first message with the date and gives each section its own embed', () => {
    const summary: Summary = {
      date: '2026-03-10',
      sections: [
        { kind: 'keypoints', title: '要点', items: [{ text: '人工智能核心产业规模超过1.2万亿元。', document: 'report.txt', title: '两会特刊', paragraph: 10 }] },
        { kind: 'questions', title: '大家问了', items: [{ text: '企业数量超过6200家。', document: 'report.txt', title: '两会特刊', paragraph: 10, question: '有多少企业？', asked: 3 }] },
        { kind: 'documents', title: '新文件', items: [{ text: '住宿费上限为六百五十元。', document: 'hr/travel.docx', title: '差旅通知', paragraph: 4 }] },
      ],
    };
    const [first, ...rest] = renderSummary(summary);
    assert.equal(rest.length, 0);
    assert.equal(shown(first?.content ?? ''), `**${messages.summaryTitle('zh', '2026-03-10')}**`);
    assert.deepEqual(first?.embeds.map((e) => e.title), ['要点', '大家问了', '新文件']);
    assert.equal(first?.embeds[0]?.description, '• 人工智能核心产业规模超过1.2万亿元。 两会特刊 ¶10');
    assert.equal(first?.embeds[1]?.description, `**有多少企业？** ${messages.askedTimes('zh', 3)}\n企业数量超过6200家。 两会特刊 ¶10`);
    assert.equal(first?.embeds[2]?.description, '**差旅通知** (hr/travel.docx)\n• 住宿费上限为六百五十元。 ¶4');
  });

  it('cites a point under its article’s headline after ¶N, escaped, and under a document’s heading by ¶N and headline', () => {
    const item = { text: '动员部署会强调学习教育。', document: 'report.txt', title: '两会特刊', paragraph: 4, headline: '工信部召开**动员**部署会' };
    const [first] = renderSummary({ date: '2026-03-10', sections: [{ kind: 'keypoints', title: '要点', items: [item] }, { kind: 'documents', title: '新文件', items: [item] }] });
    assert.equal(first?.embeds[0]?.description, '• 动员部署会强调学习教育。 两会特刊 ¶4 · 工信部召开\\*\\*动员\\*\\*部署会');
    assert.equal(first?.embeds[1]?.description, '**两会特刊** (report.txt)\n• 动员部署会强调学习教育。 ¶4 · 工信部召开\\*\\*动员\\*\\*部署会');
  });

  it('says so when there is nothing to summarise', () => {
    const [only] = renderSummary({ date: '2026-03-10', sections: [{ kind: 'keypoints', title: '要点', items: [] }] }, 'en');
    assert.ok(only?.content.includes(messages.summaryEmpty('en')));
  });

  it('splits a long summary into more embeds and messages, never cutting a sentence (property)', () => {
    fc.assert(
      fc.property(fc.array(section, { maxLength: 4 }), (sections) => {
        const summary: Summary = { date: '2026-03-10', sections };
        const payloads = renderSummary(summary);
        for (const payload of payloads) assertWithinLimits(payload);
        const text = shown(allDescriptions(summary));
        for (const item of sections.flatMap((s) => s.items)) {
          const section = sections.find((s) => s.items.includes(item));
          const label = section?.kind === 'documents' || item.title === '' ? `¶${item.paragraph}` : `${item.title} ¶${item.paragraph}`;
          assert.ok(text.includes(`${item.text} ${label}`), 'every item appears whole with its title ¶N');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('splits one item longer than an embed between its sentences', () => {
    const sentence = '这是报告里的一个句子，内容是逐字引用的。';
    const summary: Summary = { date: '2026-03-10', sections: [{ kind: 'keypoints', title: '要点', items: [{ text: sentence.repeat(400), document: 'r.txt', title: '', paragraph: 5 }] }] };
    const descriptions = renderSummary(summary).flatMap((p) => p.embeds.map((e) => e.description ?? ''));
    assert.ok(descriptions.length > 1);
    for (const description of descriptions) {
      assert.match(description, /^(• )?(这是报告里的一个句子，内容是逐字引用的。)+( ¶5)?$/);
    }
  });
});
