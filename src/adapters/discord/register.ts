/**
 * Uploads the slash command definitions: to one guild when DISCORD_GUILD_ID
 * is set (visible at once, good for testing), globally otherwise. Used by the
 * bot at start-up and by `npm run discord:commands`.
 */
import { Routes, type REST } from 'discord.js';
import { type DiscordConfig } from '../../config.js';
import { commandDefinitions } from './commands/index.js';

export async function registerCommands(rest: REST, config: Pick<DiscordConfig, 'clientId' | 'guildId'>): Promise<{ count: number; scope: string }> {
  const route = config.guildId === undefined ? Routes.applicationCommands(config.clientId) : Routes.applicationGuildCommands(config.clientId, config.guildId);
  const body = commandDefinitions();
  await rest.put(route, { body });
  return { count: body.length, scope: config.guildId === undefined ? 'global' : `guild ${config.guildId}` };
}
