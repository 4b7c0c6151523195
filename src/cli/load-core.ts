/**
 * Shared start-up of the command-line tools: .env, validated config, the core.
 * Tools print their own output on stdout; the one warning worth a human's
 * attention (no model) goes to stderr as a plain line.
 */
import 'dotenv/config';
import { loadConfigOrExit, type Config } from '../config.js';
import { createCore, type CoreOptions, type LoadedCore } from '../core/bot.js';

export async function loadCliCore(options: CoreOptions = {}): Promise<{ config: Readonly<Config>; core: LoadedCore }> {
  const config = loadConfigOrExit(process.env);
  const core = await createCore(config.core, options);
  if (core.status.warning) process.stderr.write(`warning: ${core.status.warning}\n`);
  return { config, core };
}
