/**
 * npm run --silent ask -- "问题"                 human-readable answer with citations
 * npm run --silent ask -- --json "问题"          one JSON object
 * npm run --silent ask -- --json --batch F.jsonl one JSON object per input line ({"id","question"})
 * npm run --silent ask -- --source DOC#N         paragraph N of document DOC (just N when there is one)
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { Command } from 'commander';
import { renderOutcome, renderSource } from '../adapters/console/render.js';
import { joinSentences } from '../core/answer.js';
import { type Explained } from '../core/bot.js';
import { type Paragraph, type Reply } from '../core/reply.js';
import { loadCliCore } from './load-core.js';

interface AskJson {
  id?: unknown;
  question: string;
  /** answer | declined | overview | greeting | invalid */
  kind: Reply['kind'];
  found: boolean;
  answer: string;
  /** The exact answer phrase inside the quoted text, shown first and in bold, when one is certain enough (answer-phrase.ts). */
  phrase?: string;
  citations: { document: string; title: string; paragraph: number; text: string; score: number }[];
  ms: number;
}

/** The JSON contract other tools rely on; `answer` is the quoted text of an answer or overview, the bot's words otherwise. */
export function toJson(reply: Reply): AskJson {
  return {
    question: reply.question,
    kind: reply.kind,
    found: reply.found,
    answer: reply.kind === 'answer' ? reply.answer : reply.kind === 'overview' ? joinSentences(reply.sections.flatMap((s) => s.sentences.map((q) => q.text))) : renderOutcome(reply),
    ...(reply.kind === 'answer' && reply.phrase ? { phrase: reply.phrase } : {}),
    citations: reply.citations.map((c) => ({ document: c.document, title: c.title, paragraph: c.paragraph, text: c.text, score: c.score })),
    ms: reply.ms,
  };
}

async function runBatch(file: string, ask: (q: string) => Promise<Reply>): Promise<void> {
  const lines = readline.createInterface({ input: file === '-' ? process.stdin : fs.createReadStream(file), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let item: { id?: unknown; question?: unknown };
    try {
      item = JSON.parse(line) as { id?: unknown; question?: unknown };
    } catch {
      process.stderr.write(`${file}:${lineNumber}: not JSON — each line must be an object like {"id":"q1","question":"…"}\n`);
      continue;
    }
    const question = typeof item.question === 'string' ? item.question : '';
    process.stdout.write(`${JSON.stringify({ id: item.id ?? null, ...toJson(await ask(question)) })}\n`);
  }
}

function explanation(explained: Explained, paragraphs: readonly Paragraph[]): string {
  const { query, ranked, answerability } = explained;
  const words = query.words.map((w) => `${w.word}${w.salient ? '*' : ''}${w.forms.length > 1 ? `→${w.forms.slice(1).join('/')}` : ''}`).join(' ');
  const where = (index: number): string => {
    const p = paragraphs[index];
    return p ? `${p.document}#${p.number}` : `?${index}`;
  };
  const top = ranked.slice(0, 5).map((r) => `${where(r.index)} fused=${r.fused.toFixed(3)} lex=${r.lexical.toFixed(3)} bm25=${r.bm25.toFixed(2)} dense=${r.dense.toFixed(3)}`);
  const a = answerability;
  // Which rule declined, if one did: the quoted-sentence flags and the lists of missing words that decide.
  const flags = Object.entries(a).filter(([key, value]) => value === true && key !== 'answerable' && key !== 'english' && key !== 'hasDense').map(([key]) => key);
  const lists = (['missingAskedOf', 'missingDecisive', 'missingNouns', 'numbersNotInBest'] as const).filter((key) => a[key].length > 0).map((key) => `${key}=[${a[key].join(',')}]`);
  if (a.leadMissing !== undefined) lists.push(`leadMissing=${a.leadMissing}`);
  if (a.openingAway !== undefined) lists.push(`openingAway=${a.openingAway}`);
  const first = explained.scored[0]?.sentence.text;
  // The sentences in the order they would be quoted, with the reader's verdict where it read them.
  const sentences = explained.scored.slice(0, 3).map((s, i) => {
    const reading = explained.readings?.[i];
    return `  ${s.score.toFixed(3)}${reading ? ` reader=${reading.answerable.toFixed(2)}` : ''} ${s.sentence.text.slice(0, 40)}`;
  });
  return [
    `words: ${words}`,
    `intent: ${JSON.stringify(query.intent)}`,
    ...top,
    ...(first ? [`first sentence: ${first}`, ...sentences] : []),
    `coverage=${a.coverage.toFixed(2)} support=${a.support.toFixed(2)} dense=${a.dense.toFixed(3)} missing=[${a.missingSalient.join(',')}] answerable=${a.answerable}`,
    ...(flags.length > 0 || lists.length > 0 ? [`decided by: ${[...flags, ...lists].join(' ')}`] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const program = new Command()
    .name('ask')
    .description('Ask the report a question; answers quote it verbatim with ¶ citations.')
    .argument('[question...]', 'the question')
    .option('--json', 'print one JSON object')
    .option('--batch <file>', 'with --json: answer every {"id","question"} line of a JSONL file')
    .option('--source <ref>', 'print a whole paragraph: DOC#N (e.g. report.txt#3), or N when there is one document')
    .option('--explain', 'also print retrieval signals (words, ranking, answerability) to stderr')
    .showHelpAfterError();
  program.parse();
  const options = program.opts<{ json?: boolean; batch?: string; source?: string; explain?: boolean }>();
  const question = (program.args as string[]).join(' ');
  if (options.batch !== undefined && !fs.existsSync(options.batch) && options.batch !== '-') {
    program.error(`ask: no such file ${options.batch} — give a JSONL file with one {"id","question"} per line`);
  }
  const { core } = await loadCliCore();
  if (options.source !== undefined) {
    const result = core.source(options.source);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${renderSource(result, 'zh', '--source')}\n`);
    if (result.kind !== 'paragraph') process.exitCode = 1;
    return;
  }
  if (options.batch !== undefined) return runBatch(options.batch, (q) => core.ask(q));
  if (options.explain) process.stderr.write(`${explanation(await core.explain(question), core.paragraphs)}\n`);
  const reply = await core.ask(question);
  process.stdout.write(options.json ? `${JSON.stringify(toJson(reply))}\n` : `${renderOutcome(reply)}\n`);
}

await main();
