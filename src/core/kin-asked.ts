/**
 * Questions asking who someone's relative is, by the word for the relation (朱椿的母亲是谁？, 史继偕是谁的儿子？,
 * 青木广彰的弟弟叫什么名字？): answered only by a sentence that writes that relation, or the same one seen from the
 * other side (邵雍之子 answers 邵伯温的父亲; 由仁穆王后所生 answers a mother). "永昌大君的母亲是谁？" quoted a sentence
 * on his brothers and an adoption once the sentence telling his mother was gone.
 */

interface Kin {
  /** The words a question asks the relative by. */
  asked: string;
  /** What a sentence telling the relation writes: the relation, its other side, or a word for it. */
  told: RegExp;
}

const RELATIONS: readonly Kin[] = [
  { asked: '母亲|生母|妈妈|母后', told: /母|所生|之子|之女/u },
  { asked: '父亲|生父|爸爸|父王', told: /父|之子|之女/u },
  { asked: '儿子|长子|次子|幼子|独子', told: /子/u },
  { asked: '女儿|长女|次女', told: /女/u },
  { asked: '妻子|老婆|夫人|王后|皇后', told: /妻|娶|嫁|妃|后|夫人/u },
  { asked: '丈夫|老公', told: /夫|嫁|娶/u },
  { asked: '哥哥|兄长', told: /兄|哥/u },
  { asked: '弟弟', told: /弟/u },
  { asked: '姐姐', told: /姐|姊/u },
  { asked: '妹妹', told: /妹/u },
  { asked: '祖父|祖母|爷爷|奶奶', told: /祖|爷|奶/u },
  { asked: '孙子|孙女', told: /孙/u },
];

/**
 * How a question asks the relative itself: 谁的 before the word (a few characters may stand between: 谁的第四任妻子),
 * or the word after 的 and before 是谁 or a name asked (的母亲是谁, 的弟弟叫什么名字). Not a relative only named on the
 * way (匹候跋的儿子启拔…归降了谁 asks whom the sons surrendered to).
 */
const KINS = RELATIONS.map((kin) => ({
  kin,
  asks: new RegExp(`谁的[^，。？?]{0,4}(?:${kin.asked})|的(?:${kin.asked})(?:是谁|是哪位|叫什么|的?名字|名叫|叫做什么|是什么人)`, 'u'),
}));

/** The relation a question asks the relative by, if it asks one. */
export function kinAsked(question: string): Kin | undefined {
  return KINS.find(({ asks }) => asks.test(question))?.kin;
}

/** Does the sentence write the relation a question asks (kinAsked)? */
export const tellsKin = (kin: Kin, sentence: string): boolean => kin.told.test(sentence);
