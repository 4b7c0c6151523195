/**
 * The console chat: `npm start` with no bot tokens. The same questions
 * service the bots use, in a terminal: a line is a question; /source N,
 * /summary and /help work as in the chats; `exit` or Ctrl-D quits.
 */
import readline from 'node:readline';
import { type Asker, type DigestService, type QuestionService } from '../../app/contracts.js';
import { detectLanguage } from '../../core/query/language.js';
import { messages } from '../shared/messages.js';
import { renderOutcome, renderSource, renderSummary } from './render.js';

export interface ConsoleChatDeps {
  questions: QuestionService;
  digest: DigestService;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** A line shown before the first prompt (e.g. a warning about lexical-only mode). */
  banner?: string;
}

const ASKER: Asker = { platform: 'console', chatId: 'console', userId: 'console' };

/** Resolves when the user quits (exit, quit, Ctrl-D) or `close()` is called. */
export function startConsoleChat(deps: ConsoleChatDeps): { done: Promise<void>; close(): void } {
  const output = deps.output ?? process.stdout;
  const rl = readline.createInterface({ input: deps.input ?? process.stdin, output, terminal: Boolean((output as NodeJS.WriteStream).isTTY) });
  const say = (text: string): void => void output.write(`${text}\n`);
  say(deps.banner ?? '');
  say('问我关于这份报告的问题（/help 查看用法，exit 退出）。Ask about the report (/help, exit to quit).');
  rl.setPrompt('> ');
  rl.prompt();

  const handle = async (line: string): Promise<void> => {
    const text = line.trim();
    if (text === '') return;
    if (/^(exit|quit|\/exit|\/quit)$/i.test(text)) {
      rl.close();
      return;
    }
    const command = /^\/(\w+)\s*([\s\S]*)$/.exec(text);
    if (!command) return say(renderOutcome(await deps.questions.ask(ASKER, text)));
    const [, name, rest = ''] = command;
    // The command word is English whatever the user's language: judge by what follows it.
    const language = detectLanguage(rest);
    switch (name?.toLowerCase()) {
      case 'ask':
        return say(renderOutcome(await deps.questions.ask(ASKER, rest)));
      case 'source':
        return say(renderSource(deps.questions.source(rest), language));
      case 'summary':
        return say(renderSummary(await deps.digest.summaryFor('console', 'console')));
      case 'help':
      case 'start':
        return say(messages.help(language, await deps.questions.examples(language)));
      default:
        return say(messages.unknownCommand(language));
    }
  };

  // One line at a time, in order, even when lines arrive faster than answers.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue
      .then(() => handle(line))
      .catch((error: unknown) => say(`${messages.failed('zh')} (${(error as Error).message})`))
      .then(() => rl.prompt());
  });
  const done = new Promise<void>((resolve) => rl.on('close', () => void queue.then(resolve)));
  return { done, close: () => rl.close() };
}
