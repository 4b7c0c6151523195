/** A question asking someone's relative is answered only by a sentence that writes the relation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoKin } from '../../src/core/answerability.js';
import { kinAsked } from '../../src/core/kin-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

describe('a question asking someone’s relative', () => {
  it('is read where the relative is what is asked, not where one is only named on the way', () => {
    for (const question of ['朱椿的母亲是谁？', '史继偕是谁的儿子？', '青木广彰的弟弟叫什么名字？', '莫桂兰是谁的第四任妻子？', '邵伯温的父亲名字叫什么？']) {
      assert.ok(kinAsked(question), question);
    }
    for (const question of ['匹候跋的儿子启拔、吴颉等十五人归降了谁？', '梁邦彦的父亲选择了哪国国籍？', '金关丈夫出身于什么地方？']) {
      assert.equal(kinAsked(question), undefined, question);
    }
  });

  it('is not answered by a sentence on other relatives, and is by one telling the relation from either side', () => {
    const mother = analyseQuestion('永昌大君的母亲是谁？', undefined);
    assert.equal(namesNoKin(mother, { text: '原先，朝廷将庆昌君次子，阳宁君李儆，过继给永平大君，但是随后被改过继给临海君，永昌大君的庶长兄。' }), true);
    assert.equal(namesNoKin(mother, { text: '永昌大君（），名李㼁，朝鲜宣祖的嫡长子，由仁穆王后所生。' }), false);
    const father = analyseQuestion('邵伯温的父亲名字叫什么？', undefined);
    assert.equal(namesNoKin(father, { text: '邵雍之子。' }), false, 'the son of 邵雍 has 邵雍 for a father');
    assert.equal(namesNoKin(father, { text: '邵伯温以学问著称。' }), true);
  });
});
