/**
 * The bot's own words, in the asker's language. The core reports facts
 * (found / declined / reason codes); every adapter takes its sentences from
 * here and only formats them for its platform.
 */
import { type Outcome, type SubscribeResult } from '../../app/contracts.js';
import { secondsToWait } from '../../app/question-service.js';
import { type AnswerReply, type Citation, type DocumentChoice, type Language, type Paragraph, type QuotedSentence, type SourceResult, type Speaker } from '../../core/reply.js';

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
          '• /source 文件#N — 查看该文件第 N 段全文（只有一个文件时写 N 即可）',
          '• /summary — 现在发送报告摘要',
          '• /subscribe HH:MM [时区] — 每天定时发送摘要（默认 Asia/Shanghai）；/unsubscribe 取消',
          '报告没有写的内容，我会直说。',
        ].join('\n'),
        en: [
          'I answer questions about the report, quoting it verbatim and citing paragraphs by number (¶N).',
          '• /ask question — e.g. /ask What will MIIT focus on in 2026?',
          '• /source FILE#N — the whole paragraph N of that file (just N when there is one file)',
          '• /summary — a summary of the report now',
          '• /subscribe HH:MM [time zone] — a daily summary (default Asia/Shanghai); /unsubscribe to stop',
          "When the report doesn't say, I tell you so.",
        ].join('\n'),
      },
      language,
    ),
  // Daily summaries (shared by every platform's /subscribe, /unsubscribe, /summary).
  subscribed: (language: Language, time: string, timezone: string): string =>
    pick({ zh: `已订阅：每天 ${time}（${timezone}）发送报告摘要。发送 /unsubscribe 取消。`, en: `Subscribed: a summary of the report every day at ${time} (${timezone}). Send /unsubscribe to stop.` }, language),
  subscriptionUpdated: (language: Language, time: string, timezone: string): string =>
    pick({ zh: `已更新：改为每天 ${time}（${timezone}）发送摘要。`, en: `Updated: the daily summary now comes at ${time} (${timezone}).` }, language),
  invalidTime: (language: Language, value: string, example: string): string =>
    pick({ zh: `“${value}”不是有效的时间。请用 24 小时制 HH:MM，例如：${example}`, en: `"${value}" is not a valid time. Use 24-hour HH:MM, e.g. ${example}` }, language),
  invalidTimezone: (language: Language, value: string, example: string): string =>
    pick({ zh: `“${value}”不是有效的时区。请用 IANA 时区名，例如：${example}`, en: `"${value}" is not a time zone I know. Use an IANA name, e.g. ${example}` }, language),
  unsubscribed: (language: Language): string =>
    pick({ zh: '已取消每日摘要。', en: 'Unsubscribed: no more daily summaries here.' }, language),
  notSubscribed: (language: Language): string =>
    pick({ zh: '这里还没有订阅每日摘要。发送 /subscribe 09:00 即可订阅。', en: "This chat isn't subscribed. Send /subscribe 09:00 to get a daily summary." }, language),
  adminsOnly: (language: Language): string =>
    pick({ zh: '抱歉，只有群管理员可以订阅或取消每日摘要。', en: 'Sorry, only the group admins can subscribe this group to daily summaries or stop them.' }, language),
  summaryTitle: (language: Language, date: string): string =>
    pick({ zh: `报告摘要 · ${date}`, en: `Summary of the report · ${date}` }, language),
  summaryEmpty: (language: Language): string =>
    pick({ zh: '今天没有可以摘录的内容。', en: 'Nothing to summarise today.' }, language),
  askedTimes: (language: Language, times: number): string =>
    pick({ zh: `（问了 ${times} 次）`, en: `(asked ${times}×)` }, language),
  // Discord: /subscribe and /unsubscribe need the Manage Channels permission in a server channel.
  manageChannelsOnly: (language: Language): string =>
    pick({ zh: '抱歉，只有拥有“管理频道”权限的成员才能在服务器频道里订阅或取消每日摘要。', en: 'Sorry, only members with the Manage Channels permission can subscribe a server channel to daily summaries or stop them.' }, language),
};

/** `优必选创始人、董事会主席兼CEO周剑` — the label as printed. */
export function speakerName(speaker: Speaker | undefined): string {
  return speaker?.label ?? '';
}

/** Where a quote comes from, as people see it: `title ¶12`. */
export function paragraphLabel(ref: Pick<Citation, 'title' | 'paragraph'>): string {
  return ref.title === '' ? `¶${ref.paragraph}` : `${ref.title} ¶${ref.paragraph}`;
}

/** The same, with the title cut to `titleChars` (buttons have little room); ¶N always shows. */
export function shortParagraphLabel(ref: Pick<Citation, 'title' | 'paragraph'>, titleChars = 16): string {
  const chars = [...ref.title];
  const title = chars.length > titleChars ? `${chars.slice(0, titleChars - 1).join('')}…` : ref.title;
  return paragraphLabel({ title, paragraph: ref.paragraph });
}

/** `title ¶12 · headline · speaker` — the heading every platform shows over a quoted paragraph. */
export function citationHeading(citation: Pick<Citation, 'title' | 'paragraph' | 'headline' | 'speaker'>): string {
  const headline = citation.headline === citation.title ? '' : citation.headline;
  return [paragraphLabel(citation), headline, speakerName(citation.speaker)].filter((part) => part !== '').join(' · ');
}

/** The heading over a whole paragraph (/source, citation buttons). */
export function paragraphHeading(paragraph: Paragraph): string {
  return citationHeading({ ...paragraph, paragraph: paragraph.number });
}

/**
 * How a quoted sentence names its paragraph inside an answer: `¶N` when the
 * whole answer quotes one document, `title ¶N` when it quotes several.
 */
export function sentenceLabeler(sentences: readonly Pick<QuotedSentence, 'document' | 'title' | 'paragraph'>[]): (s: Pick<QuotedSentence, 'title' | 'paragraph'>) => string {
  const oneDocument = new Set(sentences.map((s) => s.document)).size <= 1;
  return (s) => (oneDocument ? `¶${s.paragraph}` : paragraphLabel(s));
}

/** Documents listed in a /source correction, at most. */
const LISTED_DOCUMENTS = 10;

function documentList(language: Language, documents: readonly DocumentChoice[]): string {
  const lines = documents.slice(0, LISTED_DOCUMENTS).map((d) => `• ${d.name}#1–${d.paragraphs}${d.title !== '' ? ` — ${d.title}` : ''}`);
  const more = documents.length - LISTED_DOCUMENTS;
  if (more > 0) lines.push(pick({ zh: `……另有 ${more} 个文件`, en: `… and ${more} more` }, language));
  return [pick({ zh: '文件：', en: 'Documents:' }, language), ...lines].join('\n');
}

/**
 * What to tell someone whose `/source` (or `--source`) named no paragraph:
 * what went wrong, an example to type, and the documents when a name is needed.
 */
export function sourceInvalid(language: Language, result: Extract<SourceResult, { kind: 'invalid' }>, command = '/source'): string {
  const [first] = result.documents;
  // With one document the number alone does; a wrong name gets the document's name shown anyway.
  const single = result.documents.length === 1 && result.reason !== 'ambiguous' && result.reason !== 'unknown_document';
  const example = `${command} ${single || !first ? '' : `${first.name}#`}3`;
  const list = single ? '' : `\n${documentList(language, result.documents)}`;
  switch (result.reason) {
    case 'no_documents':
      return pick({ zh: '还没有可以查阅的文件。', en: 'There are no documents to quote yet.' }, language);
    case 'out_of_range':
      return pick(
        { zh: `没有这个段落：${result.document} 共有 ¶1–¶${result.max}。`, en: `No such paragraph: ${result.document} has ¶1–¶${result.max}.` },
        language,
      );
    case 'unknown_document':
      return pick({ zh: `没有名为“${result.document}”的文件。例如：${example}`, en: `No document is called "${result.document}". For example: ${example}` }, language) + list;
    case 'ambiguous':
      return (
        pick(
          result.document === ''
            ? { zh: `有多个文件，请写明是哪个文件的第几段，例如：${example}`, en: `There are several documents — say which one, e.g. ${example}` }
            : { zh: `有多个文件叫“${result.document}”，请写出完整路径，例如：${example}`, en: `Several documents match "${result.document}" — give the whole path, e.g. ${example}` },
          language,
        ) + list
      );
    case 'not_a_number':
      return pick({ zh: `请给出段落编号，例如：${example}`, en: `Please give a paragraph number, e.g. ${example}` }, language) + list;
  }
}

/** The sentence for every outcome that is not an answer (declined, invalid input, rate limited, failed). */
export function notAnswered(outcome: Exclude<Outcome, AnswerReply>): string {
  const { language } = outcome;
  switch (outcome.kind) {
    case 'declined':
      return messages.declined(language);
    case 'invalid':
      if (outcome.reason === 'too_long') return messages.tooLong(language, outcome.limit ?? 0);
      return outcome.reason === 'no_words' ? messages.noWords(language) : messages.emptyQuestion(language);
    case 'rate_limited':
      return messages.rateLimited(language, secondsToWait(outcome.retryAfterMs));
    case 'failed':
      return messages.failed(language);
  }
}

/** The answer to /subscribe, whatever the platform. */
export function subscribeResult(result: SubscribeResult, language: Language): string {
  switch (result.kind) {
    case 'subscribed':
      return messages.subscribed(language, result.time, result.timezone);
    case 'updated':
      return messages.subscriptionUpdated(language, result.time, result.timezone);
    case 'invalid_time':
      return messages.invalidTime(language, result.value, result.example);
    case 'invalid_timezone':
      return messages.invalidTimezone(language, result.value, result.example);
  }
}
