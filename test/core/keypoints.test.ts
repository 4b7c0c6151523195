/** Key points of the real report (real core): whole sentences only, every day. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type ReportCore } from '../../src/core/core.js';
import { loadTestCore } from '../helpers/core.js';

describe('key points', () => {
  let core: ReportCore;
  before(async () => {
    core = await loadTestCore();
  });

  it('never quote a fragment: every point ends with sentence-final punctuation, on any day', () => {
    const seen = new Set<string>();
    for (let day = 0; day < 60; day++) {
      for (const point of core.keyPoints({ day, count: 15 })) {
        seen.add(point.text);
        assert.match(point.text, /[。！？!?…]+[”’」』）)]*$/u, `day ${day}: “${point.text}” ends mid-sentence`);
      }
    }
    assert.ok(seen.size >= 15, 'the days still rotate through many points');
  });

  it('leave out the paragraph the page cuts off mid-sentence (…新基建工程，加强)', () => {
    const cut = core.paragraphs.find((p) => p.text.endsWith('新基建工程，加强'));
    assert.ok(cut, 'the report really has the cut paragraph');
    for (let day = 0; day < 60; day++) {
      for (const point of core.keyPoints({ day, count: 15 })) assert.ok(!point.text.endsWith('加强'), point.text);
    }
  });

  it('quote each point verbatim from the paragraph it cites', () => {
    for (const point of core.keyPoints({ day: 3, count: 10 })) {
      const source = core.source({ document: point.document, paragraph: point.paragraph });
      assert.ok(source.kind === 'paragraph' && source.paragraph.text.includes(point.text), point.text);
    }
  });
});
