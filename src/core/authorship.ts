/**
 * Questions about what someone wrote (王晓文写的是哪篇报道？ What did Wang Xiaowen write?):
 * the answer is an article signed with that byline, not a sentence that
 * mentions the name — a byline is printed under the article, never inside it,
 * so retrieval and the reader find nothing to quote. The reply quotes each
 * such article's opening sentence (a news lead says what the article is
 * about) and cites its paragraph, whose headline names the article.
 */
import { WRITER_LABEL } from './corpus/lines.js';
import { type Passages, type SentenceRecord } from './passages.js';
import { type AnalysedQuery } from './query/analyse.js';
import { DOCUMENT_NOUNS } from './query/framing.js';
import { FULL_DATE } from './text/dates.js';

/** Words that ask who wrote what. */
const AUTHORSHIP_ZH = /写|撰|执笔|作者|署名|稿|发表|刊发|刊登/u;
const AUTHORSHIP_EN = /\b(?:write|writes|wrote|written|writing|author|authors|authored|byline|signed|publish|publishes|published)\b/i;
/** A writer's article named as theirs (王晓文的文章, Wang Xiaowen's article): enough to ask about their writing. */
const THEIR_ARTICLE_ZH = /报道|文章|稿件|新闻/u;
const THEIR_ARTICLE_EN = /\bby\b|\b(?:article|articles|story|stories|piece|pieces|report|reports)\b/i;

/** Question and request words that may stand beside the name and the writing word (the writing words themselves are left out by their own test). */
const FRAME_ZH = new Set('的 是 了 哪 哪篇 哪些 哪个 哪一篇 几篇 什么 啥 篇 一篇 文章 报道 稿件 新闻 内容 关于 讲 说 有 过 都 吗 呢 请问 文'.split(' '));
const FRAME_EN = new Set('what which whose who did does do is are was were the a an article articles story stories report reports piece pieces by about of on in has have name'.split(' '));

/** At most this many articles are quoted for one writer. */
const MAX_ARTICLES = 3;

/** What a question asks of a writer: their articles, or (`rest`) something inside them. */
export interface WriterQuestion {
  /** The byline, as the documents print it. */
  writer: string;
  /**
   * The question without the writer and the words about writing ("王晓文报道的会议在哪天召开？" →
   * "会议在哪天召开？"), when it asks a fact of their articles rather than which they are.
   */
  rest?: string;
}

/** The wording around a writer in a question about their article's content: 所写的, 报道的, 的文章里, written by, 's article. */
const WRITING_PHRASE_ZH = /(?:所|在)?(?:撰写|执笔|写|报道)(?:的|了)?(?:报道|文章|稿件|新闻)?(?:中|里)?|(?:的)?(?:报道|文章|稿件)(?:中|里)/gu;
const WRITING_PHRASE_EN = /(?:(?:the )?(?:article|story|piece|report)s? )?(?:written |authored )?by\b|'s (?:article|story|piece|report)s?\b|\b(?:wrote|writes|write|written|authored)\b/giu;

/**
 * What a question asks of a writer, or undefined when it names no byline of the documents or says
 * nothing of writing (写, 撰, 作者, 报道; write, author, by). With no other content word it asks which
 * articles are theirs; otherwise it asks a fact of them (`rest`).
 */
export function writerQuestion(query: AnalysedQuery, bylines: ReadonlySet<string>): WriterQuestion | undefined {
  if (bylines.size === 0) return undefined;
  const named = query.words.find((w) => w.forms.some((form) => bylines.has(form)));
  const writer = named?.forms.find((form) => bylines.has(form));
  if (!named || !writer) return undefined;
  const english = query.language === 'en';
  const writing = english ? AUTHORSHIP_EN : AUTHORSHIP_ZH;
  if (!writing.test(query.text) && !(english ? THEIR_ARTICLE_EN : THEIR_ARTICLE_ZH).test(query.text)) return undefined;
  const frame = english ? FRAME_EN : FRAME_ZH;
  // jieba glues a measure word to the noun (篇文章).
  const framing = (word: string): boolean => frame.has(word) || frame.has(word.replace(/^[篇份这该此]/u, ''));
  const leftover = query.words.filter((w) => w !== named && !framing(w.word.toLowerCase()) && !writing.test(w.word));
  if (leftover.length === 0) return { writer };
  const rest = query.text
    .replace(named.romanised ?? named.word, ' ')
    .replace(english ? WRITING_PHRASE_EN : WRITING_PHRASE_ZH, ' ')
    .replace(/^[\s的,，]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return { writer, rest };
}

/** Every byline the documents print. */
export function bylinesOf(passages: Passages): Set<string> {
  return new Set(passages.paragraphs.map((p) => p.byline).filter((b) => b !== ''));
}

/** The opening sentence of each article signed `writer`, in reading order. */
export function articleLeads(passages: Passages, writer: string): SentenceRecord[] {
  const seen = new Set<string>();
  const leads: SentenceRecord[] = [];
  passages.paragraphs.forEach((paragraph, index) => {
    if (paragraph.byline !== writer || paragraph.kind !== 'body' || leads.length >= MAX_ARTICLES) return;
    const article = `${paragraph.document}\n${paragraph.headline}`;
    if (seen.has(article)) return;
    seen.add(article);
    const first = passages.sentencesOf[index]?.find((s) => !s.isLabel);
    if (first) leads.push(first);
  });
  return leads;
}

/** A question's words that ask who wrote the document, or when: the act of writing, the writer, the sign-off. */
const WRITING_ZH = /^(?:写|撰写|编写|编制|起草|执笔|签发|作者|撰稿人|撰写人|编写人|编制人|起草人|执笔人|落款|署名)$/u;
const WRITING_EN = /^(?:write|writes|wrote|written|author|authors|authored|sign|signs|signed|prepared|compiled|dated)$/u;
/** The words beside them that name the document itself or ask when (这份报告, 周报, 季度|报告, 哪天; "this document"). */
const THE_DOCUMENT_ZH = new RegExp(`^(?:(?:这|这份|本|该|此|这篇|份|篇)?(?:${[...DOCUMENT_NOUNS, '日报', '通知', '材料', '总结', '汇报'].join('|')})|这份|本份|时候|哪天|哪一天|日期|时间|季度|月度|年度|工作|半年)$`, 'u');
const THE_DOCUMENT_EN = /^(?:document|documents|report|reports|update|memo|minutes|notice|summary|file|date)$/u;
const ASKS_WHO_OR_WHEN_ZH = /谁|哪位|什么时候|哪天|哪一天|何时|日期|落款|署名|作者/u;
const ASKS_WHO_OR_WHEN_EN = /\b(?:who|whom|whose|when|what date)\b/iu;

/**
 * Does the question ask who wrote the document itself, or when (这份报告是谁写的？ 报告是哪天写的？ Who wrote the
 * report?) — and nothing else: "Who wrote the section on cloud costs?" asks about cloud costs.
 */
export function asksDocumentWriter(query: AnalysedQuery): boolean {
  const english = query.language === 'en';
  if (!(english ? ASKS_WHO_OR_WHEN_EN : ASKS_WHO_OR_WHEN_ZH).test(query.text)) return false;
  let writing = false;
  const words = query.words.map((w) => w.word.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((english ? WRITING_EN : WRITING_ZH).test(w)) writing = true;
    // jieba may cut the document's name in two (这份|月|报): the pair names it.
    else if (!english && THE_DOCUMENT_ZH.test(w + (words[i + 1] ?? ''))) i++;
    else if (!(english ? THE_DOCUMENT_EN : THE_DOCUMENT_ZH).test(w)) return false;
  }
  return writing;
}

/** A date as reports write one: 2026年12月4日, 2026-12-04, December 4, 2026. */
const HOLDS_DATE = new RegExp(FULL_DATE, 'u');
/** A header line is short and no sentence: fields, not prose. */
const MAX_HEADER = 80;
const SENTENCE_END = /[。！？!?]|\.\s/u;

/**
 * A report's header, the line under its title saying who reports and when (报告人：运营经理 孙晓峰　报告日期：
 * 2026年12月4日; "Prepared by Tom Becker · December 4, 2026"): the document's first paragraph, when it is short,
 * holds a date and is no sentence. Many weekly reports sign at the top instead of the bottom, and for those
 * "这份周报是谁写的？" was declined.
 */
function isHeader(passages: Passages, index: number): boolean {
  const paragraph = passages.paragraphs[index];
  if (paragraph?.kind !== 'body' || paragraph.listItem || paragraph.speaker !== undefined) return false;
  if (index > 0 && passages.paragraphs[index - 1]?.document === paragraph.document) return false;
  return paragraph.body.length <= MAX_HEADER && HOLDS_DATE.test(paragraph.body) && !SENTENCE_END.test(paragraph.body);
}

/** A field naming who wrote the document (编写：许晴, 报告人：孙晓峰, Prepared by Tom Becker). */
const WRITER_FIELD = new RegExp(`(?:${WRITER_LABEL}|撰稿|作者)\\s*[：:]|\\b(?:prepared|written|compiled) by\\b|\\bauthor\\s*:`, 'iu');
/** How near the top a writer's field stands: under the title, with a date line or a recipient's before it. */
const WRITER_FIELD_WITHIN = 3;

/**
 * A field under the title naming the writer (编写：门诊部办公室 许晴), with or without a date: a short line, no
 * sentence, among the document's first paragraphs. A sign-off at the bottom may name only the department.
 */
function isWriterField(passages: Passages, index: number): boolean {
  const paragraph = passages.paragraphs[index];
  if (paragraph?.kind !== 'body' || paragraph.listItem || paragraph.speaker !== undefined) return false;
  const first = passages.paragraphs.findIndex((p) => p.document === paragraph.document);
  return index - first < WRITER_FIELD_WITHIN && paragraph.body.length <= MAX_HEADER && WRITER_FIELD.test(paragraph.body) && !SENTENCE_END.test(paragraph.body);
}

/**
 * Each document's sign-off (who wrote it and when), in reading order: what answers asksDocumentWriter. A document
 * that signs at the top is answered by its header; a writer's field under the title goes with the sign-off.
 */
export function signOffs(passages: Passages): SentenceRecord[] {
  const signed = new Set(passages.paragraphs.filter((p) => p.kind === 'signoff').map((p) => p.document));
  const found: SentenceRecord[] = [];
  passages.paragraphs.forEach((paragraph, index) => {
    if (found.length >= MAX_ARTICLES) return;
    const sentences = passages.sentencesOf[index] ?? [];
    if (paragraph.kind === 'signoff' && sentences[0]) found.push(sentences[0]);
    else if ((!signed.has(paragraph.document) && isHeader(passages, index)) || isWriterField(passages, index)) found.push(...sentences);
  });
  return found;
}
