/**
 * `npm run discord:commands` end to end: the script, as a child process,
 * uploads the command definitions to the fake Discord's REST API.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../helpers/core.js';
import { FakeDiscord } from '../../fakes/discord-server.js';
import { TOKEN } from './harness.js';

const run = promisify(execFile);
const script = path.join(projectRoot, 'scripts/register-discord-commands.ts');

describe('npm run discord:commands', () => {
  let fake: FakeDiscord;
  before(async () => {
    fake = await FakeDiscord.start();
  });
  after(async () => {
    await fake.stop();
  });

  /** Runs the script with these variables; empty strings shadow any .env value (dotenv never overrides). */
  function register(env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.ids.applicationId, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '', TELEGRAM_BOT_TOKEN: '' };
    return run(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, env: { ...process.env, ...base, ...env }, timeout: 30_000 });
  }

  it('registers the six commands globally when no guild is set', async () => {
    const { stdout } = await register({});
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${fake.ids.applicationId}/commands`);
    assert.equal((put.body as unknown[]).length, 6);
    assert.match(stdout, /Registered 6 slash commands \(global\)/);
    assert.ok(!stdout.includes(TOKEN));
  });

  it('registers them to one guild when DISCORD_GUILD_ID is set', async () => {
    const { stdout } = await register({ DISCORD_GUILD_ID: fake.ids.guildId });
    await fake.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${fake.ids.guildId}/commands`));
    assert.match(stdout, /\(guild /);
  });

  it('says what to set when the token is missing', async () => {
    await assert.rejects(register({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }), (error: { code?: number; stderr?: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr ?? '', /DISCORD_TOKEN and DISCORD_CLIENT_ID are not set/);
      return true;
    });
  });
});
