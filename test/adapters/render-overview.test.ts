/**
 * Overview and greeting replies on every platform: grouped by headline, each
 * key sentence quoted with its ¶N, citation buttons like answers, within the
 * platform's limits; a greeting is one friendly line in the asker's language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { renderOutcome as renderConsole } from '../../src/adapters/console/render.js';
import { parseCitationButtonId } from '../../src/adapters/discord/custom-ids.js';
import { renderOutcome as renderDiscord } from '../../src/adapters/discord/render.js';
import { messages } from '../../src/adapters/shared/messages.js';
import { parseSourceCallback, renderOutcome as renderTelegram } from '../../src/adapters/telegram/render.js';
import { MESSAGE_LIMIT } from '../../src/adapters/telegram/split.js';
import { documentKey } from '../../src/core/refs.js';
import { type Citation, type GreetingReply, type Salutation, type OverviewReply, type OverviewSection, type QuotedSentence } from '../../src/core/reply.js';
import { assertWithinLimits, shown } from './discord/limits.js';
import { checkTelegramHtml, visibleText } from './telegram/telegram-html.js';

/** Sections of one document, as the core makes them: every sentence carries the section's document and title. */
type SectionInput = { document: string; headline: string; sentences: { text: string; paragraph: number }[] };
const TITLE = '日报';

function overview(input: SectionInput[], language: 'zh' | 'en' = 'zh'): OverviewReply {
  const sections: OverviewSection[] = input.map((s) => ({
    ...s,
    title: TITLE,
    sentences: s.sentences.map((q): QuotedSentence => ({ ...q, document: s.document, title: TITLE })),
  }));
  const citations = [...new Set(sections.flatMap((s) => s.sentences.map((q) => q.paragraph)))].map(
    (paragraph): Citation => ({
      document: sections[0]?.document ?? '',
      title: TITLE,
      paragraph,
      headline: sections.find((s) => s.sentences.some((q) => q.paragraph === paragraph))?.headline ?? '',
      quote: sections.flatMap((s) => s.sentences.filter((q) => q.paragraph === paragraph).map((q) => q.text)).join(''),
      text: `全文 ${paragraph}`,
      score: 1,
    }),
  );
  return { kind: 'overview', found: true, question: language === 'zh' ? '这份报告讲了什么？' : 'What is this report about?', language, ms: 1, sections, citations };
}

const sample = overview([
  { document: 'report.txt', headline: '工信部召开动员部署会', sentences: [{ text: '会议强调，开展学习教育是今年党的建设的重要任务。', paragraph: 4 }] },
  {
    document: 'report.txt',
    headline: '李乐成在全国两会“部长通道”回答记者提问',
    sentences: [
      { text: '2025年，中国人工智能核心产业规模超过1.2万亿元。', paragraph: 10 },
      { text: '要大力推动“人工智能+制造”。', paragraph: 16 },
    ],
  },
]);

const greeting = (language: 'zh' | 'en', salutation: Salutation): GreetingReply => ({ kind: 'greeting', found: false, salutation, citations: [], question: 'hi', language, ms: 0 });

describe('overview: Discord', () => {
  it('one embed: the intro, each headline in bold with its sentences quoted and ¶N, a button per cited paragraph', () => {
    const payload = renderDiscord(sample);
    assertWithinLimits(payload);
    const description = payload.embeds[0]?.description ?? '';
    assert.ok(description.startsWith(messages.overviewIntro('zh')));
    assert.match(shown(description), /\*\*工信部召开动员部署会\*\*\n> 会议强调，开展学习教育是今年党的建设的重要任务。 ¶4/);
    assert.match(shown(description), /\*\*李乐成在全国两会“部长通道”回答记者提问\*\*\n> 2025年，中国人工智能核心产业规模超过1\.2万亿元。 ¶10\n> 要大力推动“人工智能\+制造”。 ¶16/);
    const buttons = payload.components.flatMap((row) => row.components);
    const key = documentKey('report.txt');
    assert.deepEqual(buttons.map((b) => parseCitationButtonId(b.custom_id)), [`${key}#4`, `${key}#10`, `${key}#16`]);
    assert.ok(buttons.every((b) => b.label?.startsWith(`${TITLE} ¶`)), 'buttons read title ¶N');
  });

  it('stays within every Discord limit and only offers buttons for what it shows (property)', () => {
    const sentence = fc.record({ text: fc.string({ minLength: 1, maxLength: 400 }), paragraph: fc.integer({ min: 1, max: 5000 }) });
    const section = fc.record({ document: fc.constant('a.txt'), headline: fc.string({ maxLength: 300 }), sentences: fc.array(sentence, { minLength: 1, maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 30 }), (sections) => {
        const payload = renderDiscord(overview(sections));
        assertWithinLimits(payload);
        const description = payload.embeds[0]?.description ?? '';
        for (const button of payload.components.flatMap((row) => row.components)) {
          assert.ok(description.includes(`¶${parseCitationButtonId(button.custom_id)?.split('#')[1]}`));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('overview: Telegram', () => {
  it('bold intro and headlines, each sentence a blockquote ending in ¶N, a button per cited paragraph', () => {
    const message = renderTelegram(sample);
    assert.equal(message.parts.length, 1);
    const html = message.parts[0] ?? '';
    assert.deepEqual(checkTelegramHtml(html).problems, []);
    assert.ok(html.startsWith(`<b>${messages.overviewIntro('zh')}</b>`));
    assert.ok(html.includes('<b>李乐成在全国两会“部长通道”回答记者提问</b>\n<blockquote>2025年，中国人工智能核心产业规模超过1.2万亿元。 ¶10</blockquote>\n<blockquote>要大力推动“人工智能+制造”。 ¶16</blockquote>'));
    const key = documentKey('report.txt');
    assert.deepEqual(message.buttons.flat().map((b) => parseSourceCallback(b.callback_data)), [`${key}#4`, `${key}#10`, `${key}#16`]);
  });

  it('splits a long overview into valid parts of at most 4096 characters, no sentence lost', () => {
    const long = overview(Array.from({ length: 40 }, (_, i) => ({ document: 'a.txt', headline: `标题<${i}>`, sentences: [{ text: '很长的句子&'.repeat(40), paragraph: i + 1 }] })));
    const message = renderTelegram(long);
    assert.ok(message.parts.length > 1);
    for (const part of message.parts) {
      assert.ok(part.length <= MESSAGE_LIMIT);
      assert.deepEqual(checkTelegramHtml(part).problems, []);
    }
    const visible = message.parts.map(visibleText).join('\n');
    for (let i = 1; i <= 40; i++) assert.ok(visible.includes(`¶${i}`), `¶${i}`);
  });
});

describe('overview: console', () => {
  it('headlines, bulleted quotes with [¶N], then the sources', () => {
    const text = renderConsole(sample);
    assert.ok(text.startsWith(messages.overviewIntro('zh')));
    assert.ok(text.includes('工信部召开动员部署会\n  • 会议强调，开展学习教育是今年党的建设的重要任务。 [¶4]'));
    assert.ok(text.includes(`${messages.sourcesTitle('zh')}:`));
  });
});

describe('greeting on every platform', () => {
  const opens: Record<Salutation, RegExp> = { hello: /^(你好|Hello)/, thanks: /^(不客气|You're welcome)/, goodbye: /^(再见|Goodbye)/, ok: /^(好的|Sure)/ };
  for (const language of ['zh', 'en'] as const) {
    for (const salutation of ['hello', 'thanks', 'goodbye', 'ok'] as const) {
      it(`one friendly line (${language}, ${salutation})`, () => {
        const line = messages.greeting(language, salutation);
        assert.ok(!line.includes('\n'));
        assert.match(line, opens[salutation]);
        assert.equal(renderConsole(greeting(language, salutation)), line);
        const discord = renderDiscord(greeting(language, salutation));
        assert.equal(discord.content, line);
        assertWithinLimits(discord);
        const telegram = renderTelegram(greeting(language, salutation));
        assert.equal(visibleText(telegram.parts[0] ?? ''), line);
        assert.deepEqual(telegram.buttons, []);
      });
    }
  }
});

describe('the intro says "in Chinese" only when the quotes are', () => {
  it('frames English quotes from a report written in English without it, on every platform', () => {
    const english = overview([{ document: 'weekly.md', headline: 'Highlights', sentences: [{ text: 'The cutover took 35 minutes.', paragraph: 2 }] }], 'en');
    const chinese = overview([{ document: 'a.txt', headline: '要闻', sentences: [{ text: '会议强调要加强管理。', paragraph: 1 }] }], 'en');
    assert.equal(messages.overviewIntro('en', english.sections[0]?.sentences), 'What the report covers — its key sentences, quoted verbatim:');
    assert.ok(messages.overviewIntro('en', chinese.sections[0]?.sentences).includes('(in Chinese)'));
    assert.equal(messages.answerIntro('en', [{ text: 'The cutover took 35 minutes.' }]), 'The report says (quoted verbatim):');
    assert.equal(messages.answerIntro('en', [{ text: '会议强调要加强管理。' }]), 'The report says (quoted verbatim, in Chinese):');
    assert.ok(!renderConsole(english).includes('in Chinese'));
    assert.ok(!renderTelegram(english).parts.map(visibleText).join('').includes('in Chinese'));
  });
});
