/**
 * Every slash command, listed explicitly (no directory scanning): the bot
 * routes interactions by name through this list and
 * `npm run discord:commands` uploads these definitions.
 */
import { type Command } from '../types.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as source from './source.js';
import * as subscribe from './subscribe.js';
import * as summary from './summary.js';
import * as unsubscribe from './unsubscribe.js';

export const commands: readonly Command[] = [ask, source, help, subscribe, unsubscribe, summary] satisfies Command[];

/** The definitions as Discord's REST API takes them. */
export function commandDefinitions(): ReturnType<Command['data']['toJSON']>[] {
  return commands.map((command) => command.data.toJSON());
}
