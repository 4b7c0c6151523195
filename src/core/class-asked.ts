/**
 * Questions asking which one of a class of things something is — a colour (是什么颜色), a school (毕业于哪所大学), a
 * railway line (哪个地铁的站点), a level (什么级别), a chemical formula, a first work (处女作), a taxon (属于什么科) — are
 * answered only by a sentence that names one of that class: a description of size, range or career is no answer to
 * what colour a bird is or which university someone went to. Over CMRC 2018's public questions (every part), the gold
 * sentences name one for 31 of 31 colour, 28 of 28 school, 11 of 11 line, 3 of 3 level, 7 of 7 formula, 4 of 4
 * first-work and 17 of 17 taxon questions, against 112 of 392, 44 of 308, 48 of 112, 6 of 43, 10 of 59, 1 of 42 and
 * 31 of 221 other sentences of their passages. A work (哪部作品, 什么电影, 代表作是什么) is named by its title in
 * title marks or quotes: 52 of 53, against 169 of 538.
 *
 * So are questions asking a measure of size (体长多少, 有多高, 面积多大, 体重多少): only a number in a unit of that
 * measure answers them, not a count or a date — 75 of 75 length, 18 of 18 area and 3 of 3 weight questions, against
 * 78 of 1,033, 5 of 191 and 2 of 29 other sentences; an age (享年多少岁) only by a number of years old, 7 of 7
 * against 8 of 82. And questions asking what stands in a named relation to their subject (其前身是什么, 总部在哪里,
 * 哪个组合的主音, 主题曲是什么): the sentence that answers writes the relation, by its noun or the verb of it (导演 →
 * 执导) — 57 of 58 such questions (the other's 为宗旨 is cut into a sentence of its own), against 38 of 539 other
 * sentences. (Where something is found is an event's range: event-asked.ts.)
 */
interface AskedClass {
  /** How a question asks for one of the class. */
  asked: RegExp;
  /** What a sentence naming one of the class writes. */
  named: RegExp;
}

/** Questions whose 多高, 多长 or 多少 asks no size: a span of time (周期, 工期, 耗时), a multiple, a rate or a degree. */
const NOT_A_SIZE = '时间|时长|耗时|期|倍|多久|级别|年|水平|率|评价|地位|价值|程度';
/** A number before a unit, in digits or characters, or a range or an approximation of one (2至23公尺, 两平方公里, 440多光年). */
const SIZE_NUMBER = '[0-9０-９〇零一二两三四五六七八九十百千万.,~～至到多余]';

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
  // A work is named by its title (《霹雳火》, 「人物真书」); a 唱片公司 or a 动画人物 is no work.
  {
    asked: /(?:哪|什么)一?(?:部|本|首|张|集|篇|出|套|个|款)?(?:作品|电影|影片|电视剧|剧集|小说|书籍|歌曲|专辑|漫画|动画|游戏|著作|戏剧|单曲|唱片)(?![公人])|(?:作品|代表作|成名作|名作|著作)(?:之一)?(?:是|为|有)(?:什么|哪)/u,
    named: /[《〈「“『]/u,
  },
  // A player's position (场上的位置, 司职什么) is named by the position or the sport he plays it in: 10 of 10 gold
  // sentences, against 12 of 92 others. Not a place's position (地理位置).
  { asked: /场上.{0,3}位置|司职|(?:打|踢|担任)什么位置/u, named: /司职|位置|锋|后卫|守门|门将|投手|捕手|游击手|中场|运动员|球员/u },
  // An age (享年59岁, 十五岁时) stands apart from the sizes below, whose NOT_A_SIZE would turn away the 年 of 享年.
  { asked: /享年|多少岁|几岁|多大年纪|岁数|年龄[^，,。；]{0,3}(?:多少|几|多大)/u, named: new RegExp(`${SIZE_NUMBER}\\s*(?:周岁|岁)`, 'u') },
  // The rank closes the phrase: 什么科技, 什么属性, 什么目标 and 什么目的 ask no taxon.
  { asked: /(?:哪|什么)(?:一|个)?(?:(?:科目|科|属|纲)(?=的|[？?，。]|$)|目(?=[？?，。]|$))/u, named: /科|属|目|纲/u },
  ...[
    // A length, or how far in time or stops (离地铁站多远: 步行5分钟, 两站路); not a span of time (周期多长, 任期),
    // a multiple (是体高的多少倍) or a degree (评价有多高). 多长 asks a length only after a noun of length.
    {
      measured: /(?:体长|身长|全长|长度|高度|身高|宽度|深度|海拔|直径|半径|厚度|周长|翼展|全高|水深|距离)[^，,。；]{0,6}(?:多少|几|多长|多高|多深|多宽|多远|多厚|多大)|多高|多深|多宽|多远|多厚/u,
      unit: '米|公里|千米|厘米|毫米|英尺|英呎|英寸|英吋|英里|码|尺|丈|里|公分|海里|微米|纳米|公尺|光年|天文单位|秒差距|cm|mm|km|m\\b|ft|in\\b|分钟|小时|站路',
    },
    { measured: /(?:面积|占地)[^，,。；]{0,6}(?:多少|几|多大)|多大面积/u, unit: '平方|平米|公顷|亩|英亩|km²|km2|m²|㎡' },
    { measured: /(?:体重|重量)[^，,。；]{0,6}(?:多少|几)|多重/u, unit: '克|公斤|千克|吨|磅|斤|盎司|kg|g\\b|lb' },
  ].map(({ measured, unit }) => ({
    asked: new RegExp(`^(?!.*(?:${NOT_A_SIZE})).*(?:${measured.source})`, 'u'),
    named: new RegExp(`${SIZE_NUMBER}\\s*(?:${unit})`, 'iu'),
  })),
  ...[
    { relation: '前身|前称', told: '前身|前称|原为|原名|改名|更名|改组|改制|旧称' },
    { relation: '总部|总社|总址', told: '总部|总社|总址|总公司|本部' },
    { relation: '母公司', told: '母公司|隶属|所属|控股|旗下' },
    { relation: '首都|首府|省会', told: '首都|首府|省会|京城|都城|国都' },
    { relation: '校训|宗旨|座右铭|格言', told: '校训|宗旨|座右铭|格言|理念' },
    { relation: '主题曲|片尾曲|片头曲|插曲', told: '主题曲|片尾曲|片头曲|插曲|主题歌' },
    { relation: '主演', told: '主演|饰演|演出|出演|领衔|饰' },
    { relation: '主唱|主音', told: '主唱|主音' },
    { relation: '主编|总编', told: '主编|总编' },
    { relation: '编剧', told: '编剧|编写|剧本' },
    { relation: '导演', told: '导演|执导|导' },
    { relation: '插画|插图|绘者|画家', told: '插画|插图|绘|画' },
    { relation: '配音|声优', told: '配音|声优|CV' },
    { relation: '设计师|建筑师', told: '设计|建筑师' },
    { relation: '创办人', told: '创办|创始|创立|创建|成立|建立|创设' },
    // An address is told where the place lies (位于, 坐落于) or by the word: 12 of 12 gold sentences, against 5 of 110.
    { relation: '地址', told: '位于|地址|坐落|座落|地处|设于|设在|址' },
  ].map(({ relation, told }) => ({
    // The relation is what is asked: right before the asking word (总部设在哪里), or closing the question after it
    // (哪个组合的主音) — not a word of the subject (男女主角亦有专属声优这一模式是由谁改编的).
    asked: new RegExp(`(?:${relation})[^，,。；]{0,4}?(?:谁|什么|哪|何)|(?:谁|哪|什么)[^，,。；]{0,15}的(?:${relation})[？?]?$`, 'u'),
    named: new RegExp(told, 'iu'),
  })),
];

/** The class a question asks one of, if any. */
export function classAsked(question: string): AskedClass | undefined {
  return CLASSES.find((c) => c.asked.test(question));
}

export const namesOneOf = (asked: AskedClass, sentence: string): boolean => asked.named.test(sentence);
