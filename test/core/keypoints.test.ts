/** Key points of the real report (real core): whole sentences only, every day. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type ReportCore } from '../../src/core/core.js';
import { coreOverFixture, loadTestCore } from '../helpers/core.js';

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

describe('key points of a report written in bullets (real core)', () => {
  it('quote list items, which no full stop ends, so an overview spans the report’s sections', async () => {
    const core = await coreOverFixture('test/fixtures/app');
    const reply = await core.ask('这份报告讲了什么？');
    assert.ok(reply.kind === 'overview', JSON.stringify(reply));
    assert.ok(reply.citations.length >= 3, `${reply.citations.length} citations`);
    assert.ok(new Set(reply.sections.map((s) => s.headline)).size >= 3, JSON.stringify(reply.sections.map((s) => s.headline)));
    assert.ok(reply.citations.some((c) => c.text === '发布iOS端4.3版本'), 'a short item is a point of its own');
  });
});
