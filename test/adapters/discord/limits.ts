/**
 * Checks a rendered payload against every Discord limit and the no-ping rule,
 * so render tests and end-to-end tests assert the same thing.
 */
import assert from 'node:assert/strict';
import { type APIEmbed } from 'discord.js';
import { LIMITS, embedLength, type DiscordPayload } from '../../../src/adapters/discord/render.js';

/** Text as Discord shows it: `\x` escapes resolved, zero-width spaces gone. */
export function shown(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1').replace(/\u200b/g, '');
}

/** Mention syntax that is not escaped, or @everyone/@here not broken by a zero-width space. */
export function hasLiveMention(text: string): boolean {
  return /(^|[^\\])<(@[!&]?|#)\d+>/.test(text) || /@(everyone|here)/i.test(text);
}

function embedTexts(embed: APIEmbed): string[] {
  return [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text ?? ''];
}

export function assertWithinLimits(payload: DiscordPayload): void {
  assert.deepEqual(payload.allowedMentions, { parse: [], repliedUser: false });
  assert.ok(payload.content.length <= LIMITS.content, `content ${payload.content.length}`);
  assert.ok(payload.embeds.length <= LIMITS.embedsPerMessage, `embeds ${payload.embeds.length}`);
  let total = 0;
  for (const embed of payload.embeds) {
    assert.ok(embed.title === undefined || (embed.title.trim() !== '' && embed.title.length <= LIMITS.title), `title ${embed.title?.length}`);
    assert.ok((embed.description ?? '').length <= LIMITS.description, `description ${embed.description?.length}`);
    assert.ok((embed.fields ?? []).length <= LIMITS.fields, `fields ${embed.fields?.length}`);
    for (const field of embed.fields ?? []) {
      assert.ok(field.name.trim().length > 0 && field.name.length <= LIMITS.fieldName, `field name ${field.name.length}`);
      assert.ok(field.value.trim().length > 0 && field.value.length <= LIMITS.fieldValue, `field value ${field.value.length}`);
    }
    total += embedLength(embed);
  }
  assert.ok(total <= LIMITS.embedTotal, `embeds total ${total}`);
  assert.ok(payload.components.length <= LIMITS.rows, `rows ${payload.components.length}`);
  const ids = new Set<string>();
  for (const row of payload.components) {
    assert.ok(row.components.length >= 1 && row.components.length <= LIMITS.buttonsPerRow, `buttons in a row ${row.components.length}`);
    for (const button of row.components) {
      assert.ok(button.custom_id.length <= LIMITS.customId, `custom id ${button.custom_id}`);
      assert.ok(!ids.has(button.custom_id), `duplicate custom id ${button.custom_id}`);
      ids.add(button.custom_id);
      assert.ok((button.label ?? '').length <= LIMITS.buttonLabel);
    }
  }
  for (const text of [payload.content, ...payload.embeds.flatMap(embedTexts)]) {
    assert.ok(!hasLiveMention(text), `live mention in ${JSON.stringify(text.slice(0, 200))}`);
  }
}
