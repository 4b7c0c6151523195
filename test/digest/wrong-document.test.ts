/**
 * An answer marked wrong is shown with the document it quoted: when two
 * documents hold the same sentence, the summary's wrong-answers section cites
 * the one the answer came from (stored with the question log), as "title ¶N".
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { type ReportCore } from '../../src/core/core.js';
import { documentKey } from '../../src/core/refs.js';
import { type Paragraph } from '../../src/core/reply.js';
import { createSourceLookup } from '../../src/core/source.js';
import { formatSummaryText } from '../../src/digest/index.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { createComposer } from '../../src/digest/summary.js';
import { sameAnswerCore } from '../helpers/fake-core.js';
import { at, tempDir } from './helpers.js';

const temp = tempDir('wrong-document-');
after(() => temp.remove());

const SENTENCE = '上线时间定在下周四凌晨。';
const paragraph = (document: string, title: string): Paragraph => ({ number: 2, document, title, kind: 'body', headline: '', byline: '', body: SENTENCE, text: SENTENCE });
const first = (document: string, title: string): Paragraph => ({ ...paragraph(document, title), number: 1, body: `${title}。`, text: `${title}。` });
const paragraphs = [first('a.md', '甲组周报'), paragraph('a.md', '甲组周报'), first('team/b.md', '乙组周报'), paragraph('team/b.md', '乙组周报')];
const documents = [
  { name: 'a.md', title: '甲组周报', key: documentKey('a.md'), hash: 'a', paragraphs: 2, first: 0 },
  { name: 'team/b.md', title: '乙组周报', key: documentKey('team/b.md'), hash: 'b', paragraphs: 2, first: 2 },
];
const core: ReportCore = { ...sameAnswerCore, paragraphs, documents, source: createSourceLookup(paragraphs, documents) };

describe('the summary’s answers marked wrong', () => {
  it('cite the document the answer quoted, as "title ¶N", even when another document has the same sentence', async () => {
    const store = openSqliteStore(path.join(temp.dir, 'bot.db'));
    const chat = { platform: 'telegram' as const, chatId: 'team' };
    const id = await store.logQuestion({ ...chat, askedAt: at('2026-03-09T00:00:00Z'), question: '什么时候上线？', key: '什么时候上线', paragraphs: [2] });
    await store.setAnswer(id, { text: SENTENCE, paragraph: 2, document: 'team/b.md', title: '乙组周报' });
    assert.equal(await store.recordVote({ ...chat, questionId: id, voter: 'v', vote: -1, at: at('2026-03-09T00:10:00Z') }), 'recorded');
    const { summary } = await createComposer({ core, store }).compose(chat, undefined, '2026-03-09', at('2026-03-09T00:30:00Z'));
    const wrong = summary.sections.find((s) => s.kind === 'wrong')?.items ?? [];
    assert.deepEqual(wrong.map((i) => [i.document, i.title, i.paragraph, i.votesDown]), [['team/b.md', '乙组周报', 2, 1]]);
    assert.match(formatSummaryText(summary), /答：「上线时间定在下周四凌晨。」乙组周报 ¶2/);
    await store.close();
  });
});
