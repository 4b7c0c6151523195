/**
 * Composes a chat's daily summary from the report alone — extractive and
 * cited: every item is a verbatim substring of paragraph ¶`paragraph`, checked
 * here once more before it goes out, so no invented text can reach a chat.
 *
 * 1. documents added or changed since the subscription's last summary;
 * 2. questions asked in the chat since then, most asked first (at most five);
 * 3. questions asked there that the documents do not answer, and answers
 *    marked wrong (👎) — the gaps the team should fill;
 * 4. key points of the report, rotated by the day so consecutive days differ.
 */
import { type SummaryItem, type SummarySection } from '../app/contracts.js';
import { type ReportCore } from '../core/core.js';
import { type Paragraph, type QuotedSentence } from '../core/reply.js';
import { type ComposedSummary } from './delivery.js';
import { gapReport } from './gaps.js';
import { dayNumber } from './schedule.js';
import { type Chat, type DigestStore, type StoredQuestion, type Subscription } from './store.js';

export const sectionTitles = {
  documents: '新增或更新的文件',
  questions: '近期提问',
  declined: '问了但文件里没有',
  wrong: '被标为答错的回答',
  keypoints: '报告要点',
} as const;

export interface SummaryLimits {
  keyPoints: number;
  /** Key points quoted from one paragraph, at most. */
  perParagraph: number;
  documents: number;
  pointsPerDocument: number;
  questions: number;
  /** Without an earlier summary, questions of this many hours count. */
  questionHours: number;
  /** Declined questions and answers marked wrong, at most (each). */
  gaps: number;
}

export const defaultLimits: SummaryLimits = { keyPoints: 5, perParagraph: 2, documents: 5, pointsPerDocument: 3, questions: 5, questionHours: 24, gaps: 5 };

/**
 * What an item is cited under: its document's title, and the headline of its article where that is another — on a
 * newspaper page every paragraph shares the page's title (its first headline), so the title alone would put a quote
 * from the third article under the first article's headline.
 */
function titled(paragraph: Pick<Paragraph, 'title' | 'headline'>): { title: string; headline?: string } {
  const { title, headline } = paragraph;
  return headline !== '' && headline !== title ? { title, headline } : { title };
}

export function createComposer(deps: { core: ReportCore; store: DigestStore; limits?: Partial<SummaryLimits> }) {
  const { core, store } = deps;
  const limits = { ...defaultLimits, ...deps.limits };

  /**
   * Keeps an item only if it is verbatim; a quote whose ¶ moved (documents
   * changed), or one logged without its document, is re-cited where it
   * stands now (the same ¶ number preferred).
   */
  function verbatim(item: SummaryItem): SummaryItem | undefined {
    if (item.text.trim() === '' || item.paragraph === undefined) return undefined;
    if (item.document !== undefined) {
      const found = core.source({ document: item.document, paragraph: item.paragraph });
      if (found.kind === 'paragraph' && found.paragraph.text.includes(item.text)) return { ...item, document: item.document, ...titled(found.paragraph) };
    }
    const holders = core.paragraphs.filter((p) => p.text.includes(item.text));
    const moved = holders.find((p) => p.document === item.document) ?? holders.find((p) => p.number === item.paragraph) ?? holders[0];
    return moved ? { ...item, document: moved.document, ...titled(moved), paragraph: moved.number } : undefined;
  }

  /**
   * The core's picks, preferring at most `perParagraph` from one paragraph so
   * a day's points are not all one speaker's; kept in the core's order.
   */
  function keyPoints(day: number): QuotedSentence[] {
    const perParagraph = new Map<string, number>();
    const picks: QuotedSentence[] = [];
    const spare: QuotedSentence[] = [];
    for (const point of core.keyPoints({ day, count: limits.keyPoints * 3 })) {
      const where = `${point.document}#${point.paragraph}`;
      const used = perParagraph.get(where) ?? 0;
      if (used >= limits.perParagraph) spare.push(point);
      else {
        perParagraph.set(where, used + 1);
        picks.push(point);
      }
    }
    // A report with few paragraphs: fill up rather than show fewer points.
    return [...picks, ...spare].slice(0, limits.keyPoints);
  }

  async function documentsSection(subscription: Subscription | undefined, day: number): Promise<SummaryItem[]> {
    if (!subscription) return [];
    const seen = new Map((await store.seenDocuments(subscription.id)).map((d) => [d.name, d.hash]));
    return core.documents
      .filter((doc) => seen.get(doc.name) !== doc.hash)
      .slice(0, limits.documents)
      .flatMap((doc) =>
        core.keyPoints({ day, count: limits.pointsPerDocument, documents: [doc.name] }),
      );
  }

  async function questionsSection(chat: Chat, since: Date, until: Date): Promise<SummaryItem[]> {
    const groups = new Map<string, StoredQuestion[]>();
    for (const q of await store.questionsSince(chat, since, until)) groups.set(q.key, [...(groups.get(q.key) ?? []), q]);
    const ranked = [...groups.values()].sort(
      (a, b) => b.length - a.length || latest(b).askedAt.getTime() - latest(a).askedAt.getTime(),
    );
    const items: SummaryItem[] = [];
    for (const asked of ranked) {
      if (items.length >= limits.questions) break;
      // The newest answer first: it was computed against the newest documents.
      const answered = [...asked].reverse().find((q) => q.answer !== undefined);
      if (!answered?.answer) continue;
      const item = verbatim({ ...answered.answer, question: latest(asked).question, asked: asked.length });
      if (item) items.push(item);
    }
    return items;
  }

  /** Declined questions (the question itself, no paragraph) and answers marked wrong (the answer, verbatim). */
  async function gapSections(chat: Chat, since: Date, until: Date): Promise<SummarySection[]> {
    const gaps = await gapReport(store, chat, since, until);
    const declined: SummaryItem[] = gaps.declined.slice(0, limits.gaps).map((g) => ({ text: g.question, question: g.question, asked: g.asked }));
    const wrong: SummaryItem[] = gaps.wrong.flatMap((w) => {
      if (!w.answer) return [];
      const { text, paragraph, document, title } = w.answer;
      // The document the answer quoted is looked in first (compose re-cites every item where it stands
      // now); an answer logged before documents were stored is found by its text.
      return [{ text, paragraph, question: w.question, votesDown: w.down, ...(document === undefined ? {} : { document }), ...(title === undefined ? {} : { title }) }];
    });
    return [
      { kind: 'declined', title: sectionTitles.declined, items: declined },
      { kind: 'wrong', title: sectionTitles.wrong, items: wrong.slice(0, limits.gaps) },
    ];
  }

  /**
   * The summary for `chat` on local `date`, covering what happened up to `now`.
   * Empty documents/questions/gap sections are left out; key points are always there.
   */
  async function compose(chat: Chat, subscription: Subscription | undefined, date: string, now: Date): Promise<ComposedSummary> {
    const day = dayNumber(date);
    const documents = await documentsSection(subscription, day);
    const fromDocuments = new Set(documents.map((item) => `${item.document}#${item.paragraph}:${item.text}`));
    const last = subscription ? await store.lastSummary(subscription.id) : undefined;
    const since = last?.coveredUntil ?? new Date(now.getTime() - limits.questionHours * 3_600_000);
    const sections: SummarySection[] = [
      { kind: 'documents', title: sectionTitles.documents, items: documents },
      { kind: 'questions', title: sectionTitles.questions, items: await questionsSection(chat, since, now) },
      ...(await gapSections(chat, since, now)),
      { kind: 'keypoints', title: sectionTitles.keypoints, items: keyPoints(day).filter((p) => !fromDocuments.has(`${p.document}#${p.paragraph}:${p.text}`)) },
    ];
    const checked = sections
      // Declined questions quote the asker, not a document: nothing to check them against.
      .map((section) => (section.kind === 'declined' ? section : { ...section, items: section.items.flatMap((item) => verbatim(item) ?? []) }))
      .filter((section) => section.items.length > 0 || section.kind === 'keypoints');
    return {
      summary: { date, sections: checked },
      coveredUntil: now,
      documents: core.documents.map((d) => ({ name: d.name, hash: d.hash })),
    };
  }

  return { compose };
}

export type Composer = ReturnType<typeof createComposer>;

function latest(questions: readonly StoredQuestion[]): StoredQuestion {
  return questions[questions.length - 1] as StoredQuestion;
}
