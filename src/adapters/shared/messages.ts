/**
 * The bot's own words, in the asker's language. The core reports facts
 * (found / declined / reason codes); every adapter takes its sentences from
 * here and only formats them for its platform.
 */
import { type Outcome, type SubscribeResult, type SummaryItem, type Vote, type VoteResult } from '../../app/contracts.js';
import { secondsToWait } from '../../app/question-service.js';
import { type AnswerReply, type Citation, type DocumentChoice, type Language, type OverviewReply, type Paragraph, type QuotedSentence, type Salutation, type SourceResult, type Speaker } from '../../core/reply.js';

type Words = Record<Language, string>;

const pick = (words: Words, language: Language): string => words[language];

/** Are the quotes in Chinese? Unknown (none given) counts as yes, as most documents are. */
const quotesChinese = (quoted: readonly { text: string }[]): boolean => quoted.length === 0 || quoted.some((q) => /\p{Script=Han}/u.test(q.text));

export const messages = {
  /** `quoted`: the sentences that follow; "in Chinese" is said only when they are (a report may be written in English). */
  answerIntro: (language: Language, quoted: readonly { text: string }[] = []): string =>
    pick({ zh: '报告原文：', en: quotesChinese(quoted) ? 'The report says (quoted verbatim, in Chinese):' : 'The report says (quoted verbatim):' }, language),
  sourcesTitle: (language: Language): string => pick({ zh: '出处', en: 'Sources' }, language),
  overviewIntro: (language: Language, quoted: readonly { text: string }[] = []): string =>
    pick({ zh: '报告要点（原文摘录）：', en: `What the report covers — its key sentences, quoted verbatim${quotesChinese(quoted) ? ' (in Chinese)' : ''}:` }, language),
  /** Small talk answered in kind, then what the bot does (but a goodbye is only seen off). */
  greeting: (language: Language, salutation: Salutation = 'hello'): string => {
    if (salutation === 'goodbye') return pick({ zh: '再见！有关于报告的问题，随时回来问。', en: 'Goodbye! Come back any time with a question about the report.' }, language);
    const opening = {
      hello: { zh: '你好！', en: 'Hello! ' },
      thanks: { zh: '不客气！', en: "You're welcome! " },
      ok: { zh: '好的。', en: 'Sure. ' },
    }[salutation];
    return (
      pick(opening, language) +
      pick(
        {
          zh: '我回答关于这份报告的问题，逐字引用原文并标注段落（¶N）。直接用一句话提问即可——报告里的人物、数字、时间、观点都可以问；想先了解全貌，就问“这份报告讲了什么？”',
          en: 'I answer questions about the report, quoting it verbatim with paragraph numbers (¶N). Just ask in a sentence — about the people, figures, dates or views in it — or ask "What is this report about?" for an overview.',
        },
        language,
      )
    );
  },
  /** Plain and honest: the documents don't say; then the topics nearest to the question, as the documents name them. */
  declined: (language: Language, suggestions: readonly string[] = []): string => {
    if (language === 'zh') {
      // 「」 rather than “”: headlines often quote something themselves.
      const topics = suggestions.map((topic) => `「${topic}」`);
      const near = topics.length > 0 ? `\n文件里相近的内容有：${topics.join('、')}。可以换个说法，或就这些内容提问。` : '';
      return `文件里没有说到这一点。${near}`;
    }
    const topics = suggestions.map((topic) => `“${topic}”`);
    const near = topics.length > 0 ? `\nThe nearest topics they do cover: ${topics.join('; ')}. Try rephrasing, or ask about one of these.` : '';
    return `The documents don't say.${near}`;
  },
  emptyQuestion: (language: Language): string =>
    pick({ zh: '请在命令后写上问题，例如：/ask 你的问题（发送 /help 查看可以问的例子）', en: 'Please add a question after the command: /ask your question (send /help for examples).' }, language),
  noWords: (language: Language): string =>
    pick({ zh: '这条消息里没有可以检索的文字，请用文字提问。', en: 'That message has no words to search for — please ask in words.' }, language),
  tooLong: (language: Language, limit: number): string =>
    pick({ zh: `问题太长了（最多 ${limit} 个字符），请缩短后再问。`, en: `That question is too long (at most ${limit} characters). Please shorten it.` }, language),
  noSuchParagraph: (language: Language, paragraphs: number): string =>
    pick({ zh: `没有这一段：文件共有 ${paragraphs} 段，可以问“第1段”到“第${paragraphs}段”。`, en: `There is no such paragraph: the document has ${paragraphs}. Ask for paragraph 1 to ${paragraphs}.` }, language),
  rateLimited: (language: Language, seconds: number): string =>
    pick({ zh: `提问太频繁了，请 ${seconds} 秒后再试。`, en: `You're asking a lot at once — please wait ${seconds} s and try again.` }, language),
  failed: (language: Language): string =>
    pick({ zh: '抱歉，回答这个问题时出错了，请稍后再试。', en: 'Sorry, something went wrong while answering. Please try again in a moment.' }, language),
  unknownCommand: (language: Language): string =>
    pick({ zh: '不认识这个命令。发送 /help 查看用法。', en: "I don't know that command. Send /help to see what I can do." }, language),
  notText: (language: Language): string =>
    pick({ zh: '我只能回答文字问题。', en: 'I can only answer questions written as text.' }, language),
  /** Usage, with example questions the documents answer (found by the core; none when it found none). */
  help: (language: Language, examples: readonly string[] = []): string => {
    const asked = examples.map((example) => `   /ask ${example}`);
    return (
      language === 'zh'
        ? [
            '我回答关于这些文件的问题，并逐字引用原文，标注段落编号（¶N）。',
            examples.length > 0 ? '• /ask 问题 — 提问，例如：' : '• /ask 问题 — 提问',
            ...asked,
            '• /source 文件#N — 查看该文件第 N 段全文（只有一个文件时写 N 即可）',
            '• /summary — 现在发送摘要',
            '• /subscribe HH:MM [时区] — 每天定时发送摘要（默认 Asia/Shanghai）；/unsubscribe 取消',
            '文件里没有写的内容，我会直说。回答下面的 👍/👎 告诉我们答得对不对。',
          ]
        : [
            'I answer questions about these documents, quoting them verbatim and citing paragraphs by number (¶N).',
            examples.length > 0 ? '• /ask question — for example:' : '• /ask question',
            ...asked,
            '• /source FILE#N — the whole paragraph N of that file (just N when there is one file)',
            '• /summary — a summary now',
            '• /subscribe HH:MM [time zone] — a daily summary (default Asia/Shanghai); /unsubscribe to stop',
            "When the documents don't say, I tell you so. The 👍/👎 under an answer tell the team whether it was right.",
          ]
    ).join('\n');
  },
  // 👍/👎 under answers.
  voteUp: '👍',
  voteDown: '👎',
  voted: (language: Language, result: VoteResult, vote: Vote): string => {
    const mark = vote === 'up' ? '👍' : '👎';
    switch (result) {
      case 'recorded':
        return pick({ zh: `谢谢，已记录 ${mark}`, en: `Thanks — noted ${mark}` }, language);
      case 'changed':
        return pick({ zh: `已改为 ${mark}`, en: `Changed to ${mark}` }, language);
      case 'unchanged':
        return pick({ zh: `你已经投过 ${mark} 了`, en: `You already voted ${mark}` }, language);
      case 'unknown':
        return pick({ zh: '这条回答已无法评价。', en: 'This answer can no longer be rated.' }, language);
      case 'failed':
        return pick({ zh: '抱歉，评价没有保存成功，请稍后再试。', en: "Sorry, your vote wasn't saved. Please try again in a moment." }, language);
    }
  },
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
  markedWrong: (language: Language, times: number): string =>
    pick({ zh: `（👎 ${times}）`, en: `(👎 ${times})` }, language),
  // Discord: /subscribe and /unsubscribe need the Manage Channels permission in a server channel.
  manageChannelsOnly: (language: Language): string =>
    pick({ zh: '抱歉，只有拥有“管理频道”权限的成员才能在服务器频道里订阅或取消每日摘要。', en: 'Sorry, only members with the Manage Channels permission can subscribe a server channel to daily summaries or stop them.' }, language),
};

/** `星河科技创始人、董事长兼CEO张明` — the label as printed. */
export function speakerName(speaker: Speaker | undefined): string {
  return speaker?.label ?? '';
}

/** Where a quote comes from, as people see it: `title ¶12`. */
export function paragraphLabel(ref: Pick<Citation, 'title' | 'paragraph'>): string {
  return ref.title === '' ? `¶${ref.paragraph}` : `${ref.title} ¶${ref.paragraph}`;
}

/**
 * Where a summary quote is cited: `title ¶N · headline`, the headline where the document has several articles; under
 * its document's own heading (the documents section) `¶N · headline`.
 */
export function summaryItemLabel(item: Pick<SummaryItem, 'title' | 'headline'> & { paragraph: number }, underDocument = false): string {
  const where = underDocument ? `¶${item.paragraph}` : paragraphLabel({ title: item.title ?? '', paragraph: item.paragraph });
  return item.headline !== undefined && item.headline !== '' ? `${where} · ${item.headline}` : where;
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
export function notAnswered(outcome: Exclude<Outcome, AnswerReply | OverviewReply>): string {
  const { language } = outcome;
  switch (outcome.kind) {
    case 'greeting':
      return messages.greeting(language, outcome.salutation);
    case 'declined':
      return messages.declined(language, outcome.suggestions);
    case 'invalid':
      if (outcome.reason === 'too_long') return messages.tooLong(language, outcome.limit ?? 0);
      if (outcome.reason === 'no_such_paragraph') return messages.noSuchParagraph(language, outcome.limit ?? 0);
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
