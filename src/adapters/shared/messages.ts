/**
 * The bot's own words, in the asker's language. The core reports facts
 * (found / declined / reason codes); every adapter takes its sentences from
 * here and only formats them for its platform.
 */
import { type Citation, type Language, type Speaker } from '../../core/reply.js';

type Words = Record<Language, string>;

const pick = (words: Words, language: Language): string => words[language];

export const messages = {
  answerIntro: (language: Language): string =>
    pick({ zh: '报告原文：', en: 'The report says (quoted verbatim, in Chinese):' }, language),
  sourcesTitle: (language: Language): string => pick({ zh: '出处', en: 'Sources' }, language),
  declined: (language: Language): string =>
    pick(
      {
        zh: '报告中没有找到能回答这个问题的内容。可以换个说法，或问问报告涉及的话题（如工信部部长李乐成答记者问、政绩观学习教育动员部署会、机器人企业家谈政府工作报告）。',
        en: "The report doesn't answer that. Try rephrasing, or ask about what it covers: MIIT minister Li Lecheng at the ministers' corridor, the MIIT mobilisation meeting, robotics founders on the government work report.",
      },
      language,
    ),
  emptyQuestion: (language: Language): string =>
    pick({ zh: '请在命令后写上问题，例如：/ask 2025年人工智能核心产业规模有多大？', en: 'Please add a question, e.g. /ask How big was the core AI industry in 2025?' }, language),
  noWords: (language: Language): string =>
    pick({ zh: '这条消息里没有可以检索的文字，请用文字提问。', en: 'That message has no words to search for — please ask in words.' }, language),
  tooLong: (language: Language, limit: number): string =>
    pick({ zh: `问题太长了（最多 ${limit} 个字符），请缩短后再问。`, en: `That question is too long (at most ${limit} characters). Please shorten it.` }, language),
  rateLimited: (language: Language, seconds: number): string =>
    pick({ zh: `提问太频繁了，请 ${seconds} 秒后再试。`, en: `You're asking a lot at once — please wait ${seconds} s and try again.` }, language),
  failed: (language: Language): string =>
    pick({ zh: '抱歉，回答这个问题时出错了，请稍后再试。', en: 'Sorry, something went wrong while answering. Please try again in a moment.' }, language),
  sourceNotANumber: (language: Language, max: number): string =>
    pick({ zh: `请给出段落编号（1–${max}），例如：/source 3`, en: `Please give a paragraph number (1–${max}), e.g. /source 3` }, language),
  sourceOutOfRange: (language: Language, max: number): string =>
    pick({ zh: `没有这个段落：报告共有 ¶1–¶${max}。`, en: `No such paragraph: the report has ¶1–¶${max}.` }, language),
  unknownCommand: (language: Language): string =>
    pick({ zh: '不认识这个命令。发送 /help 查看用法。', en: "I don't know that command. Send /help to see what I can do." }, language),
  notText: (language: Language): string =>
    pick({ zh: '我只能回答文字问题。', en: 'I can only answer questions written as text.' }, language),
  help: (language: Language): string =>
    pick(
      {
        zh: [
          '我回答关于这份报告的问题，并逐字引用报告原文，标注段落编号（¶N）。',
          '• /ask 问题 — 提问，例如：/ask 工信部2026年要着力做好哪几个方面的工作？',
          '• /source N — 查看第 N 段全文',
          '• /summary — 现在发送报告摘要',
          '• /subscribe HH:MM [时区] — 每天定时发送摘要（默认 Asia/Shanghai）；/unsubscribe 取消',
          '报告没有写的内容，我会直说。',
        ].join('\n'),
        en: [
          'I answer questions about the report, quoting it verbatim and citing paragraphs by number (¶N).',
          '• /ask question — e.g. /ask What will MIIT focus on in 2026?',
          '• /source N — the whole paragraph N',
          '• /summary — a summary of the report now',
          '• /subscribe HH:MM [time zone] — a daily summary (default Asia/Shanghai); /unsubscribe to stop',
          "When the report doesn't say, I tell you so.",
        ].join('\n'),
      },
      language,
    ),
};

/** `优必选创始人、董事会主席兼CEO周剑` — the label as printed. */
export function speakerName(speaker: Speaker | undefined): string {
  return speaker?.label ?? '';
}

/** `¶12 · headline · speaker` — the heading every platform shows over a quoted paragraph. */
export function citationHeading(citation: Pick<Citation, 'paragraph' | 'headline' | 'speaker'>): string {
  return [`¶${citation.paragraph}`, citation.headline, speakerName(citation.speaker)].filter((part) => part !== '').join(' · ');
}
