/**
 * `npm run discord:commands` — uploads the slash command definitions
 * (commands/index.ts) to Discord: to DISCORD_GUILD_ID when set (instant),
 * globally otherwise (may take up to an hour to show everywhere).
 */
import 'dotenv/config';
import { REST } from 'discord.js';
import { registerCommands } from '../src/adapters/discord/register.js';
import { loadConfig } from '../src/config.js';

async function main(): Promise<void> {
  const { discord } = loadConfig(process.env);
  if (discord === undefined) {
    throw new Error('discord:commands: DISCORD_TOKEN and DISCORD_CLIENT_ID are not set — add them to .env (Developer Portal → Bot → Reset Token; General Information → Application ID)');
  }
  const rest = new REST(discord.apiUrl === undefined ? {} : { api: discord.apiUrl }).setToken(discord.token);
  const { count, scope } = await registerCommands(rest, discord);
  console.log(`Registered ${count} slash commands (${scope}).`);
}

main().catch((error: unknown) => {
  // Only the message: a library error can carry request details.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
