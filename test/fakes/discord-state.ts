/**
 * Ids and raw gateway/REST objects of the fake Discord world: one bot, one
 * guild with one text channel, users who ask. Only the fields discord.js reads.
 */

export interface RecordedRequest {
  method: string;
  /** Decoded path, e.g. /api/v10/webhooks/1/tok/messages/@original */
  path: string;
  query: URLSearchParams;
  body: unknown;
  at: number;
  /** What the fake answered (status and JSON body), filled in once routed. */
  status?: number;
  response?: unknown;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeState {
  ids: FakeIds;
  /** What GET /gateway/bot answers: the recommended shard count and identify concurrency. */
  gateway: { shards: number; maxConcurrency: number };
  requests: RecordedRequest[];
  canned: { match: (request: RecordedRequest) => boolean; response: CannedResponse }[];
  /** Interaction token → channel id, so webhook edits answer with the right channel. */
  interactionChannels: Map<string, string>;
  nextId: number;
}

export interface RawUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

/** The shard Discord sends a guild's events on: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Discord permission bits the tests need. */
export const ManageChannels = 1n << 4n;
const everyday = (1n << 10n) | (1n << 11n); // View Channel, Send Messages

export class FakeIds {
  readonly applicationId = '900000000000000001';
  readonly guildId = '900000000000000002';
  readonly channelId = '900000000000000003';
  readonly dmChannelId = '900000000000000004';
  readonly bot: RawUser = { id: this.applicationId, username: 'report-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
  private counter = 0n;
  /** Every guild the bot is in: the first is `guildId`; `addGuild` adds more, each with one text channel. */
  readonly guilds: { id: string; channelId: string }[] = [{ id: this.guildId, channelId: this.channelId }];

  /**
   * Another guild with its own text channel. Its id's timestamp bits follow the
   * previous guild's, so with N shards consecutive guilds land on consecutive shards.
   */
  addGuild(): { id: string; channelId: string } {
    const last = this.guilds.at(-1) ?? { id: this.guildId, channelId: this.channelId };
    const id = String(((BigInt(last.id) >> 22n) + 1n) << 22n | 2n);
    const guild = { id, channelId: String(BigInt(id) + 1n) };
    this.guilds.push(guild);
    return guild;
  }

  /** The text channel of a guild. */
  channelOf(guildId: string): string {
    return this.guilds.find((g) => g.id === guildId)?.channelId ?? this.channelId;
  }

  /** A fresh snowflake-like id. */
  next(): string {
    this.counter += 1n;
    return String(910000000000000000n + this.counter);
  }

  user(id = '900000000000000100', name = 'asker'): RawUser {
    return { id, username: name, discriminator: '0', global_name: name, avatar: null };
  }

  /** READY for shard `[id, count]`: lists (as unavailable) only the guilds on that shard. */
  ready(gatewayUrl: string, shard: [number, number] = [0, 1]): Record<string, unknown> {
    return {
      v: 10,
      user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0 },
      guilds: this.guildsOnShard(shard).map((id) => ({ id, unavailable: true })),
      session_id: `fake-session-${shard[0]}`,
      resume_gateway_url: gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard,
    };
  }

  guildsOnShard([id, count]: [number, number]): string[] {
    return this.guilds.filter((guild) => shardOf(guild.id, count) === id).map((guild) => guild.id);
  }

  guild(guildId = this.guildId): Record<string, unknown> {
    const channelId = this.channelOf(guildId);
    return {
      id: guildId,
      name: 'Test guild',
      icon: null,
      owner_id: '900000000000000999',
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date(0).toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      roles: [{ id: guildId, name: '@everyone', permissions: String(everyday), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: channelId, type: 0, name: 'general', guild_id: guildId, position: 0, permission_overwrites: [], parent_id: null, topic: null, nsfw: false }],
      members: [this.member(this.bot)],
      threads: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      premium_tier: 0,
      preferred_locale: 'zh-CN',
    };
  }

  member(user: RawUser, permissions = everyday): Record<string, unknown> {
    return { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: String(permissions) };
  }

  /** A MESSAGE_CREATE in the guild channel; `mentionsBot` fills `mentions` as Discord would. */
  guildMessage(content: string, options: { mentionsBot?: boolean; author?: RawUser; guildId?: string } = {}): Record<string, unknown> {
    const author = options.author ?? this.user();
    const guildId = options.guildId ?? this.guildId;
    return {
      ...this.message(content, author, this.channelOf(guildId)),
      channel_type: 0,
      guild_id: guildId,
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
      mentions: options.mentionsBot ? [{ ...this.bot, member: this.member(this.bot) }] : [],
    };
  }

  /** A MESSAGE_CREATE in a DM (no guild_id; discord.js needs Partials.Channel to see it). */
  directMessage(content: string, author: RawUser = this.user()): Record<string, unknown> {
    // Discord names the channel type in MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    return { ...this.message(content, author, this.dmChannelId), channel_type: 1 };
  }

  private message(content: string, author: RawUser, channelId: string): Record<string, unknown> {
    return rawMessage({ id: this.next(), channelId, author, content });
  }
}

/** A message object as Discord's API returns it; fields not given take an ordinary new message's values. */
export function rawMessage(fields: {
  id: string;
  channelId: string;
  author: RawUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  type?: number;
  flags?: number;
  applicationId?: string;
}): Record<string, unknown> {
  return {
    id: fields.id,
    channel_id: fields.channelId,
    author: fields.author,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: fields.type ?? 0,
    flags: fields.flags ?? 0,
    ...(fields.applicationId === undefined ? {} : { application_id: fields.applicationId }),
  };
}
