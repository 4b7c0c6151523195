/**
 * Runtime permission check for subscription commands. The command definition
 * already hides them from members without Manage Channels
 * (setDefaultMemberPermissions), but server admins can override that in
 * Integrations settings, so the handler checks again.
 */
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { messages } from '../shared/messages.js';
import { textPayload } from './render.js';
import { languageOfLocale } from './types.js';

/** True when the member may manage this channel's subscription; otherwise refuses politely and returns false. */
export async function requireManageChannels(interaction: ChatInputCommandInteraction): Promise<boolean> {
  if (interaction.inGuild() && interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels)) return true;
  await interaction.reply({ ...textPayload(messages.manageChannelsOnly(languageOfLocale(interaction.locale))), flags: MessageFlags.Ephemeral });
  return false;
}
