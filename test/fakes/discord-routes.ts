/**
 * The REST routes the bot uses, answered the way Discord answers them (shape
 * only; no validation beyond what the tests assert on the recorded bodies).
 */
import { type CannedResponse, type FakeState, rawMessage, type RecordedRequest } from './discord-state.js';

const API = '/api/v10';

type Body = Record<string, unknown>;

export function routeRest(state: FakeState, request: RecordedRequest, gatewayUrl: string): CannedResponse {
  const canned = state.canned.findIndex((entry) => entry.match(request));
  if (canned !== -1) {
    const [entry] = state.canned.splice(canned, 1);
    if (entry) return entry.response;
  }
  if (!request.path.startsWith(`${API}/`)) return notFound();
  const parts = request.path.slice(API.length + 1).split('/');
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Body;
  const { ids } = state;
  const route = `${request.method} ${parts.join('/')}`;
  const is = (pattern: RegExp): boolean => pattern.test(route);
  const token = parts[2] ?? '';

  switch (true) {
    case is(/^GET gateway\/bot$/):
      return ok({ url: gatewayUrl, shards: state.gateway.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: state.gateway.maxConcurrency } });
    case is(/^GET users\/@me$/):
      return ok(ids.bot);
    case is(/^GET applications\/@me$/):
      return ok({ id: ids.applicationId, name: 'report-bot', flags: 0, bot_public: true });
    case is(/^PUT applications\/\d+(\/guilds\/\d+)?\/commands$/):
      return ok((Array.isArray(request.body) ? (request.body as Body[]) : []).map((command) => ({ ...command, id: ids.next(), application_id: ids.applicationId, version: '1' })));
    case is(/^POST interactions\/\d+\/[^/]+\/callback$/):
      return { status: 204 };
    case is(/^(PATCH|GET) webhooks\/\d+\/[^/]+\/messages\/[^/]+$/):
      return ok(message(state, body, state.interactionChannels.get(token) ?? ids.channelId, parts[4] === '@original' || parts[4] === undefined ? ids.next() : parts[4]));
    case is(/^POST webhooks\/\d+\/[^/]+$/):
      return ok(message(state, body, state.interactionChannels.get(token) ?? ids.channelId, ids.next()));
    case is(/^POST channels\/\d+\/messages$/):
      return ok(message(state, body, parts[1] ?? ids.channelId, ids.next()));
    case is(/^POST channels\/\d+\/typing$/):
      return { status: 204 };
    default:
      return notFound();
  }
}

function ok(body: unknown): CannedResponse {
  return { status: 200, body };
}

function notFound(): CannedResponse {
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

/** The message Discord would return for a send or edit with this body. */
function message(state: FakeState, body: Body, channelId: string, id: string): Record<string, unknown> {
  return rawMessage({
    id,
    channelId,
    author: state.ids.bot,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    type: body.message_reference ? 19 : 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    applicationId: state.ids.applicationId,
  });
}
