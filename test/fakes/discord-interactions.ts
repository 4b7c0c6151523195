/**
 * Raw INTERACTION_CREATE payloads as Discord sends them: a slash command or a
 * button press in the fake guild channel (or a DM).
 */
import { type FakeIds, type RawUser } from './discord-state.js';

export interface InteractionOptions {
  user?: RawUser;
  /** Permission bits of the member (guild only). */
  permissions?: bigint;
  locale?: string;
  /** Send from a DM instead of the guild channel. */
  dm?: boolean;
  /** Which guild (default the first); the interaction comes from its text channel. */
  guildId?: string;
}

export type OptionValue = string | number;

function base(ids: FakeIds, type: number, options: InteractionOptions): Record<string, unknown> {
  const user = options.user ?? ids.user();
  const guildId = options.guildId ?? ids.guildId;
  const channelId = ids.channelOf(guildId);
  const where = options.dm
    ? { channel_id: ids.dmChannelId, channel: { id: ids.dmChannelId, type: 1 }, user, context: 1 }
    : {
        guild_id: guildId,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
        member: ids.member(user, options.permissions),
        guild_locale: 'zh-CN',
        context: 0,
      };
  return {
    id: ids.next(),
    application_id: ids.applicationId,
    type,
    token: `tok-${ids.next()}`,
    version: 1,
    locale: options.locale ?? 'zh-CN',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    ...where,
  };
}

/** `/name option:value …` */
export function slashCommand(ids: FakeIds, name: string, values: Record<string, OptionValue> = {}, options: InteractionOptions = {}): Record<string, unknown> {
  return {
    ...base(ids, 2, options),
    data: {
      id: ids.next(),
      name,
      type: 1,
      options: Object.entries(values).map(([option, value]) => ({ name: option, type: typeof value === 'number' ? 4 : 3, value })),
    },
  };
}

/** A press on button `customId` of `message` (a message object the fake returned earlier). */
export function buttonPress(ids: FakeIds, customId: string, message: Record<string, unknown>, options: InteractionOptions = {}): Record<string, unknown> {
  return { ...base(ids, 3, options), message, data: { custom_id: customId, component_type: 2 } };
}
