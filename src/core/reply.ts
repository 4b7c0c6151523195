/**
 * The platform-neutral reply model. The core reports facts (what was found,
 * which paragraphs back it, or why nothing was answered); adapters choose the
 * words and the formatting for their platform.
 */

export type Language = 'zh' | 'en';

/** A speaker label such as `星河科技创始人、董事长兼CEO张明：`, parsed. */
export interface Speaker {
  /** The label exactly as printed, without the trailing colon. */
  label: string;
  /** e.g. 张明 */
  name: string;
  /** e.g. 创始人、董事长兼CEO */
  title: string;
  /** e.g. 星河科技 ('' when the label names none) */
  organisation: string;
}

/** One numbered paragraph of a cleaned document (¶N of that document). */
export interface Paragraph {
  /** ¶N within its document: 1-based, stable while that document is unchanged. */
  number: number;
  /** Path of the document under the data folder, e.g. `weekly/2026-w48.pdf`. */
  document: string;
  /** The document's title (its recorded title, else its first headline, else its file name). */
  title: string;
  /** `body` for article text, `caption` for a photo caption with its credit, `signoff` for who wrote the document and when. */
  kind: 'body' | 'caption' | 'signoff';
  /** Headline of the article the paragraph belongs to ('' when none). */
  headline: string;
  /** Who speaks, inside quoted sections (e.g. the founders' statements). */
  speaker?: Speaker;
  /** Byline of the article, e.g. 晓峰 ('' when none). */
  byline: string;
  /** An item of a list the format marks (a bullet or a number): read with its headline, and answered with its list. */
  listItem?: true;
  /** The verbatim text of the paragraph (layout breaks joined). */
  body: string;
  /**
   * The paragraph as users see it when cited: the body, prefixed with the
   * speaker label (`label：body`) inside quoted sections; captions end with
   * their photo credit. Every quoted sentence is a substring of this.
   */
  text: string;
}

/** A sentence quoted verbatim from ¶`paragraph` of `document`. */
export interface QuotedSentence {
  text: string;
  /** Document path under the data folder. */
  document: string;
  /** The document's title. */
  title: string;
  /** ¶N within the document. */
  paragraph: number;
  /** The answer phrase inside `text` (offsets, end exclusive), when the reader marked one. */
  highlight?: { start: number; end: number };
}

export interface Citation {
  /** Document path under the data folder. */
  document: string;
  /** The document's title. */
  title: string;
  /** ¶N within the document. */
  paragraph: number;
  headline: string;
  speaker?: Speaker;
  /**
   * The verbatim sentences of this paragraph used in the answer, in its order, joined by ' … ' where the paragraph
   * says more between them ('' if none).
   */
  quote: string;
  /** The whole paragraph as users see it (Paragraph.text). */
  text: string;
  /** Retrieval score, higher is better (fused, 0..1). */
  score: number;
}

interface ReplyBase {
  /** The question as received (trimmed). */
  question: string;
  /** Language of the question: adapters frame their reply in it. */
  language: Language;
  /** Time to answer, model and index already loaded. */
  ms: number;
}

/** The report answers the question. */
export interface AnswerReply extends ReplyBase {
  kind: 'answer';
  found: true;
  /** The quoted sentences joined: verbatim report text only. */
  answer: string;
  /** The sentences of `answer`, each with its paragraph, in reading order. */
  sentences: QuotedSentence[];
  /** Best first. */
  citations: Citation[];
  /** The exact answer phrase, verbatim from one quoted sentence (its `highlight`): shown first. */
  phrase?: string;
}

/** The report does not answer the question. */
export interface DeclinedReply extends ReplyBase {
  kind: 'declined';
  found: false;
  reason: 'not_covered';
  citations: [];
  /**
   * Headlines (or, for documents without headlines, document names) of the
   * paragraphs nearest to the question, distinct, nearest first: topics the
   * documents do cover, for the asker to try instead.
   */
  suggestions: string[];
}

/** The input is not a question the core can work with. */
export interface InvalidReply extends ReplyBase {
  kind: 'invalid';
  found: false;
  /**
   * empty_question: nothing but white space;
   * no_words: only punctuation, emoji, symbols or control characters;
   * too_long: more than `limit` characters;
   * no_such_paragraph: a paragraph asked by number ("第99段") past the last, `limit`.
   */
  reason: 'empty_question' | 'no_words' | 'too_long' | 'no_such_paragraph';
  limit?: number;
  citations: [];
}

/** One article of an overview: its headline and its key sentences, in reading order. */
export interface OverviewSection {
  /** Path of the document under the data folder. */
  document: string;
  /** The document's title. */
  title: string;
  /** The article's headline ('' when the document has none). */
  headline: string;
  sentences: QuotedSentence[];
}

/** The question asks what the documents are about: each article's headline and key sentences, verbatim. */
export interface OverviewReply extends ReplyBase {
  kind: 'overview';
  found: true;
  /** Articles in document order. */
  sections: OverviewSection[];
  /** One per quoted paragraph, in reading order. */
  citations: Citation[];
}

/** What a small-talk message says: hello, thanks, goodbye, or an acknowledgement (ok, 好的). */
export type Salutation = 'hello' | 'thanks' | 'goodbye' | 'ok';

/** Small talk (a greeting, thanks, goodbye, "ok"): adapters answer in kind, with a line on what the bot does. */
export interface GreetingReply extends ReplyBase {
  kind: 'greeting';
  found: false;
  /** What the message says, so the reply answers in kind (你好 → 你好！, 谢谢 → 不客气！). */
  salutation: Salutation;
  citations: [];
}

export type Reply = AnswerReply | OverviewReply | DeclinedReply | GreetingReply | InvalidReply;

/**
 * A question the core is known to answer: generated from the documents and
 * asked once through the core, whose answer quoted ¶`paragraph` of
 * `document`, the paragraph the question was made from.
 */
export interface Example {
  question: string;
  language: Language;
  /** Path of the document under the data folder. */
  document: string;
  /** The document's title. */
  title: string;
  /** ¶N within the document. */
  paragraph: number;
}

/** A document as `/source` errors list it. */
export interface DocumentChoice {
  /** Path under the data folder: what to type before `#N`. */
  name: string;
  title: string;
  /** Its paragraphs are ¶1–¶paragraphs. */
  paragraphs: number;
}

/**
 * Result of looking up `N` or `DOC#N`. When invalid, `documents` lists what
 * could be meant (every document, or the ones an ambiguous name matches):
 * not_a_number: no paragraph number given;
 * out_of_range: `document` has no ¶N (`max` paragraphs);
 * unknown_document: no document matches `document`;
 * ambiguous: a bare N with several documents, or a name several documents share;
 * no_documents: there is nothing to quote at all.
 */
export type SourceResult =
  | { kind: 'paragraph'; paragraph: Paragraph }
  | {
      kind: 'invalid';
      reason: 'not_a_number' | 'out_of_range' | 'unknown_document' | 'ambiguous' | 'no_documents';
      /** The document named or resolved ('' when none). */
      document: string;
      /** Paragraphs of `document` (out_of_range), else of the only document, else 0. */
      max: number;
      documents: DocumentChoice[];
    };
