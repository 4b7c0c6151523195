/**
 * Nothing in src/ may know what the report says: the bot must work as well on
 * next week's report. The names, organisations, bylines and headline phrases
 * of today's report must not appear anywhere in the source.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { projectRoot } from '../helpers/core.js';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('src/ knows nothing of the report', () => {
  it("names none of the report's people, organisations, bylines or headline phrases", async () => {
    const { paragraphs } = await loadCorpus(path.join(projectRoot, 'data'));
    assert.ok(paragraphs.length > 0);
    const terms = new Set<string>();
    for (const p of paragraphs) {
      for (const part of p.headline.split(/[\s“”"]+/)) if (part.length >= 4) terms.add(part);
      if (p.byline.length >= 2) terms.add(p.byline);
      if ((p.speaker?.name.length ?? 0) >= 2) terms.add(p.speaker?.name ?? '');
      if ((p.speaker?.organisation.length ?? 0) >= 2) terms.add(p.speaker?.organisation ?? '');
    }
    assert.ok(terms.size >= 5, `enough terms to check: ${[...terms].join(', ')}`);
    const found: string[] = [];
    for (const file of sourceFiles(path.join(projectRoot, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const term of terms) if (text.includes(term)) found.push(`${path.relative(projectRoot, file)}: ${term}`);
    }
    assert.deepEqual(found, []);
  });
});
