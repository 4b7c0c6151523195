/**
 * Shared start-up of the command-line tools: .env, validated config, the core.
 * Tools print their own output on stdout; the one warning worth a human's
 * attention (no model) goes to stderr as a plain line.
 */
import 'dotenv/config';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createCore, type CoreOptions, type LoadedCore } from '../core/bot.js';

export async function loadCliCore(options: CoreOptions = {}): Promise<{ config: Readonly<Config>; core: LoadedCore }> {
  let config: Readonly<Config>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const core = await createCore(config.core, options);
  if (core.status.warning) process.stderr.write(`warning: ${core.status.warning}\n`);
  return { config, core };
}
