/**
 * The answer phrase shown first and in bold inside the quoted sentence. A
 * question that counts in a named unit (有多少家, 几款, 全长多少公里) is
 * answered by a number in that unit; when the quoted sentence holds exactly
 * one, that number is the phrase, verbatim. Anything less certain shows no
 * phrase: a wrong number in bold, first, is a wrong confident answer.
 *
 * Measured on the CMRC benchmark (npm run eval -- --cmrc both; README): every
 * phrase shown on an answerable question was the answer (10 of 10 on the fit
 * part, 8 of 8 on the measure part); one more on each part stands in a
 * near-topic question the bot should have declined. The reader's own answer
 * spans were right about a third of the time, and years asked for (哪一年)
 * came with as many near-topic questions as right ones, so neither is shown.
 *
 * The same reading of counts tells the rules (answerability.ts) when a
 * question counts (asksCount), whether a sentence gives any number at all
 * (holdsNumber), a span of time (holdsDuration) or any time (holdsTime), and
 * whether it counts another thing than the one asked (countsAnother).
 */
import { ITEM_MARK } from './corpus/lines.js';
import { tag, type Tagged } from './index/segmenter.js';
import { detectIntent, type Intent } from './query/intent.js';
import { ENGLISH_DATE } from './text/dates.js';

/** Measure words and units a count or an amount is asked in, longest first so 平方公里 wins over 公里. */
const UNITS = [
  '平方公里', '平方米', '万公里', '万千米', '亿元', '万元', '千米', '公里', '公顷', '小时', '分钟', '美元', '万人', '亿人',
  '个', '家', '款', '台', '位', '项', '种', '名', '座', '次', '条', '件', '岁', '米', '人', '元', '吨', '天', '场', '届', '部',
  '本', '首', '集', '层', '枚', '颗', '只', '头', '匹', '辆', '架', '艘', '所', '间', '秒', '倍', '张', '篇', '份', '户', '支', '株', '斤', '克', '处', '批', '轮',
];
const UNIT = UNITS.join('|');
/** 多少家, 几款, 多少万元: the unit the question counts in — not 哪几个 (which ones: a list) nor 第几届 (an ordinal). */
const ASKED = new RegExp(`(?<![哪第])(?:多少|几)(${UNIT})`, 'u');
/** A number as written: 6200, 1.2, 3,000, 三十, 两 — with 万/亿 and "多" (330多) after it. */
const ONE_NUMBER = '(?:[0-9０-９]+(?:[.,．][0-9０-９]+)*|[一二三四五六七八九十百千万亿两零〇]+)(?:多)?(?:万|亿|千|百)?';
/** A number or a range (2.6至3.5, 2~3): a range is marked whole, never its upper end alone. */
const NUMBER = `${ONE_NUMBER}(?:(?:至|到|~|～|-|－|—)${ONE_NUMBER})?`;
/** Every number of a sentence with its longest unit (30平方公里 is read in 平方公里, never in 公里). */
const NUMBER_WITH_UNIT = new RegExp(`${NUMBER}(${UNIT})`, 'gu');

/**
 * A number in any form a count is given in: digits; numerals in characters, two or more together (三百, 二十) or one
 * with a unit (两台, 三名, 万台: ten thousand); an approximate count (数百, 半数). A lone numeral character inside a word is no number:
 * 零碳, 两会, 统一, 百姓.
 */
const ANY_NUMBER = new RegExp(`[0-9０-９]|[一二三四五六七八九十百千万亿两零〇]{2,}|[一二三四五六七八九十百千万亿两](?:多|余)?(?:${UNIT})|数[十百千万亿]|半数`, 'u');

/**
 * A duration, a date or a share in characters (三年, 两个月, 十月, 三成) or written with a sign (30%, 三分之一): also
 * an amount given, though not counted in a measure word.
 */
const AMOUNT_WORDS = /[%％]|分之|[一二三四五六七八九十两](?:多|余)?(?:年|个月|月|周|日|成)/u;

/**
 * A span of time: a number, in digits (not a four-digit year) or characters, of hours, days, weeks, months or
 * years (3小时, 两天, 六个月, 半年, 数十年), or a run of years (1990年至2000年). A date (3月5日, 2025年) is none.
 */
const TIME_UNIT = '(?:多|余)?个?(?:小时|钟头|分钟|秒钟?|天|昼夜|周|星期|个月|年|世纪)';
const DURATION = new RegExp(
  [`(?<![0-9０-９])[0-9０-９]{1,3}(?:\\.[0-9]+)?(?![0-9０-９])${TIME_UNIT}`, `[一二三四五六七八九十百千两半几数]+${TIME_UNIT}`, '[0-9０-９]{3,4}年?(?:至|到|－|-|—|~|～)[0-9０-９]{2,4}年'].join('|'),
  'u',
);

/** The same in an English document: 35 minutes, two weeks, half an hour, a year. */
const ENGLISH_DURATION = /\b(?:[0-9]+(?:\.[0-9]+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|half an?)[\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?)\b/i;

/** Does a sentence give a span of time — what a how-long question is answered with. */
export function holdsDuration(sentence: string): boolean {
  return DURATION.test(sentence) || ENGLISH_DURATION.test(sentence);
}

/** Words an English document dates with: months, weekdays, parts of a day and relative times. */
const ENGLISH_TIME = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|midnight|noon|weekend|week|month|quarter|year|q[1-4]|ago|soon|later|earlier|since|until|before|after)\b/i;

/**
 * Anything a sentence may date with: digits, the characters of time (年, 月, 日, 朝, 代, 初, 末…) and words of time
 * (星期, 上午, 之后) — read loosely (日 in 日本 counts), so that only a sentence with no time at all is held to answer
 * nothing of when. Not 夜 or 春 alone: 夜间模式 names a mode. Nor 时 in an adverb of manner (暂时, 及时, 临时, 随时,
 * 实时, 按时, 平时…), which dates nothing: "录音检索功能什么时候上线？" quoted "…尚未上线，质检组暂时只能人工抽查录音。"
 * Nor in 时长 or 时速, which measure a span or a speed: "When was the CRM training held?" quoted "…培训时长为半天。"
 */
const TIME_CUE = /[0-9０-９]|[年月日号周季朝代初末期]|(?<![暂及临随适实按准有平])时(?![长速])|世纪|星期|春[天季节]|夏[天季]|秋[天季]|冬[天季]|今天|昨天|明天|凌晨|早上|上午|中午|下午|傍晚|晚上|夜里|夜晚|后来|随后|之后|以后|此后|之前|以前|此前/u;

/** A list item's number (1. 2、 （三）): it orders the list. */
const LIST_MARKER = /^\s*(?:[0-9０-９]{1,2}[.、．)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*/u;
/** A sum of money or a share (预算约18万元, 占比4.1%): its digits date nothing. */
const MONEY_OR_SHARE = /[0-9０-９][0-9０-９.,，]*\s*(?:[万亿千百]\s*)?(?:元|美元|%|％)/gu;
/** Digits in a model or standard name (IP65, UL 9540A, 5G). */
const CODE_NUMBER = /(?<=[A-Za-z]\s?)[0-9０-９]+[A-Za-z]?|[0-9０-９]+(?=[A-Za-z])/gu;

/**
 * Does a sentence give any time at all — the least a when-question is answered with. A list item's number and the
 * digits of a model or standard name date nothing: "储能柜什么时候量产？" quoted "2. 启动储能柜户外版的方案设计，
 * 目标是防护等级达到IP65。" on their digits alone.
 */
export function holdsTime(sentence: string): boolean {
  const text = sentence.replace(LIST_MARKER, '').replace(CODE_NUMBER, '·').replace(MONEY_OR_SHARE, '·');
  return TIME_CUE.test(text) || ENGLISH_TIME.test(text);
}

/** A sum of money asked: a price, a cost, a budget, a fee (多少钱, 价格是多少, how much … cost). */
const MONEY_ASKED_ZH = /多少钱|几块钱|(?:价格|售价|价钱|票价|造价|定价|费用|成本|预算|花费|耗资|工资|薪水|薪资|奖金|金额|资金|投资额|融资额)(?:是|为|有|约|大约)?(?:多少|几)|花了多少|多少(?:的)?(?:金额|资金|经费|费用|预算|成本|投资)/u;
const MONEY_ASKED_EN = /\bhow much money\b|\bhow much (?:do|does|did|will|would)\b.*\b(?:cost|costs|pay|paid|spend|spent|charge|charged)\b|\b(?:what|how much) (?:is|was|are|were) the (?:[a-z]+ )?(?:price|cost|budget|salary|fee|fees)\b/i;
/** A sum of money: a number in a currency, a currency sign before one, or free of charge. */
const MONEY_GIVEN = new RegExp(
  `${ONE_NUMBER}\\s*(?:元|块|角|美元|欧元|英镑|日元|港元|港币|韩元|卢布|镑|美金|人民币|圆)|[¥￥$€£]\\s*[0-9０-９]|免费|[0-9][0-9.,]*\\s*(?:(?:k|m|bn|thousand|million|billion)\\s*)?(?:dollars?|euros?|pounds?|yuan|usd|eur|gbp|rmb|cny)\\b|\\bfree of charge\\b`,
  'iu',
);

/**
 * Does a question ask a sum of money? Not how one changed: 涨了多少 and "how much did costs rise" may be a share; nor
 * a rate or share of one ("What is the average cost reduction rate?", 成本占比).
 */
export function asksMoney(question: string): boolean {
  if (/涨|跌|增|降|提高|减少|上升|下降|\b(?:rise|rose|fall|fell|grow|grew|increase|decrease)/i.test(question)) return false;
  if (/率|比例|占比|比重|\b(?:rates?|ratios?|percentage|share)\b/iu.test(question)) return false;
  return MONEY_ASKED_ZH.test(question) || MONEY_ASKED_EN.test(question);
}

/** Does a sentence give a sum of money? */
export function holdsMoney(sentence: string): boolean {
  return MONEY_GIVEN.test(sentence);
}

/** A sum spent asked (花了多少钱, 成本, 费用, 投资): what went out, not what came in. */
const SPEND_ASKED = /花了|花费|耗资|成本|费用|投入|投资|开支|支出|造价|\b(?:cost|costs|spend|spent|pay|paid)\b/iu;
/** Words giving a sum that came in: sales, revenue, takings. */
const INCOME = /销售额|营收|收入|营业额|成交额|回款|\b(?:sales|revenue|takings)\b/iu;
/** How far before a sum its name may stand (开业首日销售额达到42万元). */
const MONEY_NAMED_WITHIN = 8;

/**
 * Does a question ask a sum spent, and the sentence give only sums that came in? "福田店重装花了多少钱？" quoted
 * "…开业首日销售额达到42万元…": a sum of money, but the store's sales, not what the refit cost.
 */
export function givesOnlyIncome(question: string, sentence: string): boolean {
  if (!SPEND_ASKED.test(question) || INCOME.test(question)) return false;
  const sums = [...sentence.matchAll(new RegExp(MONEY_GIVEN.source, 'giu'))];
  return sums.length > 0 && sums.every((m) => {
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - MONEY_NAMED_WITHIN), m.index ?? 0);
    return INCOME.test(before) && !SPEND_ASKED.test(before);
  });
}

/** The units of time 个 counts in (三个月, 两个星期): after them 个 counts time, not people or things. */
const TIME_AFTER_GE = '月|小时|星期|礼拜|季度|工作日|多月|半月';

/**
 * A number counting things (800个终端, 1,318张, 7项): no time. Not 个 before a unit of time (3个月, 两个星期), which
 * is a span.
 */
export const COUNT_OF_THINGS = new RegExp(`[0-9０-９][0-9０-９.,，]*\\s*(?:[万亿千百]\\s*)?(?:个(?!${TIME_AFTER_GE})|张|台|名|人|件|项|家|款|套|辆|条|份|篇|座|位|只|批|户|架|艘|部)`, 'gu');

/**
 * What is written in numerals but counts nothing: an ordinal (第三届, 第4次), a date (2019年, 6月8日, 六月八日, 12月中旬,
 * 2026-11-28, December 4, 2026), a clock time (09:30), a span of months or weeks (三个月), a name in numerals between quotes (a plan called “十三五”) and a share (30%,
 * 百分之五: of something, not a count). A dateline "2026-11-28 09:30 来源：… 记者 周明远" counts no one interviewed.
 */
const NOT_A_COUNT = new RegExp(
  [
    `第${ONE_NUMBER}`,
    '[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}[日号])?',
    '[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号]',
    '[0-9０-９]{4}[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2}',
    '(?<![0-9０-９])[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?(?![0-9０-９])',
    '[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]',
    // A month named alone (12月中旬, 10月底): a date, not a count (三个月 is a span, below).
    '(?<![0-9０-９.])[0-9０-９]{1,2}月(?![0-9０-９])',
    '[“"「『][一二三四五六七八九十百千万亿两零〇]+[”"」』]',
    '[0-9０-９]+(?:\\.[0-9]+)?\\s*[%％‰]',
    '百分之[一二三四五六七八九十百零点]+',
    // A span of time (三个月, 两个星期): counted in months or weeks, nothing else.
    `${ONE_NUMBER}个(?:${TIME_AFTER_GE})`,
    ENGLISH_DATE,
  ].join('|'),
  'gu',
);

/**
 * Units a date or an ordinal may well answer a count in: time (几天, 多少小时), an age (多少岁, from a birth year) and
 * how many times or sessions (几次, 多少届, 第四次). Counts in any other unit set dates and ordinals aside.
 */
const UNITS_DATES_MAY_ANSWER = new Set(['小时', '分钟', '秒', '天', '岁', '届', '次', 'hours', 'minutes', 'seconds', 'days', 'times']);

/** Measure words of occasions (一次, 一场): 一 before one is "a" or "once", not a count of anything else asked. */
const OCCASIONS = '次场轮回番趟';
const articles = new Map<string, RegExp>();

/**
 * 一 before an occasion other than the unit counted in (开展一次供应商大会, 召开一场发布会) counts nothing asked in 家
 * or 名: "年度优秀供应商有几家？" is not answered by "开展一次供应商大会，表彰年度优秀供应商". 一家 still counts in 家,
 * 一个 counts anything, and 十一次 is eleven.
 */
function articleBefore(countIn: string): RegExp {
  let article = articles.get(countIn);
  if (article === undefined) {
    const others = [...OCCASIONS].filter((m) => m !== countIn).join('');
    article = new RegExp(`(?<![一二三四五六七八九十百千万亿两零〇0-9０-９])一(?=[${others}])`, 'gu');
    articles.set(countIn, article);
  }
  return article;
}

/**
 * Does a sentence give any number — the least a count or an amount can be answered with. `countIn`: the unit a
 * question counts in (多少台 → 台), when it names one; unless dates may answer it (UNITS_DATES_MAY_ANSWER), ordinals,
 * dates, names in numerals and shares count nothing in it ("几个问题" is not answered by 第三届 nor by 6月8日, "多少台"
 * not by 30%).
 */
export function holdsNumber(sentence: string, countIn?: string): boolean {
  // A list item's mark (3. 启动…) numbers the item, not anything it tells.
  const unmarked = sentence.replace(ITEM_MARK, '');
  const counted = countIn === undefined || UNITS_DATES_MAY_ANSWER.has(countIn) ? unmarked : unmarked.replace(NOT_A_COUNT, '·');
  const text = countIn === undefined ? counted : counted.replace(articleBefore(countIn), '·');
  // A span of time written without a numeral of its own (半天, 几个月) answers "how long" as 三天 does.
  return ANY_NUMBER.test(text) || AMOUNT_WORDS.test(text) || holdsDuration(text);
}

/**
 * Does a question ask an amount — a count in a unit (asksCount) or an amount with none (人形机器人的价格是多少？,
 * "What is the price of a humanoid robot?"; intent.ts amount). Either is answered only by a sentence that gives a
 * number. `unit` and `intent`: as the question's analysis already read them, so it is not read again.
 */
export function asksAmount(question: string, unit: string | null = askedUnit(question) ?? null, intent: Intent = detectIntent(question)): boolean {
  return asksCount(question, unit) || intent.amount;
}

/**
 * Does a sentence give a length, a distance or a weight: a span of time (任期五年, 1990年至2000年) or a number that is
 * no date, ordinal nor share. A leave asked how long is not answered by the day it starts (自3月2日起休假).
 */
export function holdsLength(sentence: string): boolean {
  return holdsDuration(sentence) || holdsNumber(sentence, LENGTH_UNIT);
}

/** The unit holdsNumber is given for a length: none of those a date may answer in (UNITS_DATES_MAY_ANSWER). */
const LENGTH_UNIT = 'length';

/** An English counting question ("how many … ?"): like 多少家, answered by a number. */
const ENGLISH_COUNT = /\bhow many\b/i;

/**
 * Does a question count things (多少家, 几款, how many) — not a list (哪几个) nor an ordinal (第几届). `unit`: its
 * askedUnit when already read (AnalysedQuery.countUnit; null for none), so the question is not cut again.
 */
export function asksCount(question: string, unit: string | null = askedUnit(question) ?? null): boolean {
  return unit !== null || ENGLISH_COUNT.test(question);
}

/** Nouns (jieba's n, nr, ns, nz…): a word the unit only begins is a thing named, not a measure word. */
const NOUN_TAG = /^n/;

/**
 * The unit a question counts in (多少家 → 家), if it names one. The unit is jieba's word after the asking word, or
 * glued to the thing counted (多少|张表); a noun it merely begins is no unit: 多少|人形机器人 counts no 人.
 */
export function askedUnit(question: string, tagged?: readonly Tagged[]): string | undefined {
  const unit = ASKED.exec(question)?.[1];
  if (unit === undefined) return undefined;
  const words = tagged ?? tag(question);
  const at = words.findIndex((w) => /^(?:多少|几)$/u.test(w.word));
  const next = at >= 0 ? words[at + 1] : undefined;
  return next && next.word !== unit && next.word.startsWith(unit) && NOUN_TAG.test(next.tag) ? undefined : unit;
}

/** What makes 个 a count of time (三个月, 两个星期): the unit after it. */
const SPAN_AFTER_GE = new RegExp(`^(?:${TIME_AFTER_GE})`, 'u');

/** Units of people, one as good as another for a count of people (多少名员工 is answered by 3000人). */
const PERSON_UNITS = new Set(['名', '人', '位', '个', '万人', '亿人']);

/**
 * Do `counts` (every number of `sentence` with its unit) all carry a unit, none of them `unit` (nor, for people, another
 * unit of people)? Then the sentence counts other things only: "电厂一共有多少名员工？" quoted "员工…住宿费报销上限为每人
 * 每晚六百五十元". A bare number (员工超过3000) may be the count, and a sentence with no number at all is givesNoNumber's
 * to decline.
 */
function countsOnlyInOtherUnits(sentence: string, counts: readonly RegExpMatchArray[], unit: string): boolean {
  // 个 before a unit of time (三个月) counts months, not people.
  const spanOfTime = (m: RegExpMatchArray): boolean => m[1] === '个' && SPAN_AFTER_GE.test(sentence.slice((m.index ?? 0) + m[0].length));
  const sameKind = (m: RegExpMatchArray): boolean => {
    const other = m[1];
    return other === unit || (PERSON_UNITS.has(unit) && other !== undefined && PERSON_UNITS.has(other) && !spanOfTime(m));
  };
  if (counts.length === 0 || counts.some(sameKind)) return false;
  const rest = counts.reduce((text, m) => text.replace(m[0], '·'), sentence.replace(NOT_A_COUNT, '·'));
  return !ANY_NUMBER.test(rest);
}

/** How far from a count the thing counted may stand: after it (8台新的服务器) or before it (数据表46张). */
const COUNTED_WITHIN = 4;

/**
 * Does `sentence` name the thing a question counts (`thing`, 服务器 in 多少台服务器) and count, in the asked unit, only
 * something else (申请增加8台虚拟机 beside 服务器资源不足), or count in other units only (countsOnlyInOtherUnits)?
 * Then its number is not the one asked. A sentence that counts in the unit and never names the thing says nothing
 * here: it may call it otherwise (五名球员 for 队员).
 */
export function countsAnother(sentence: string, unit: string, thing: string): boolean {
  if (!sentence.includes(thing)) return false;
  const all = [...sentence.matchAll(NUMBER_WITH_UNIT)];
  const counts = all.filter((m) => m[1] === unit);
  const reach = COUNTED_WITHIN + thing.length;
  const near = (m: RegExpMatchArray): boolean => {
    const at = m.index ?? 0;
    return sentence.slice(Math.max(0, at - reach), at).includes(thing) || sentence.slice(at + m[0].length, at + m[0].length + reach).includes(thing);
  };
  return counts.length === 0 ? countsOnlyInOtherUnits(sentence, all, unit) : !counts.some(near);
}

/** Where in `sentence` the answer to a counting `question` stands (end exclusive), when the sentence holds exactly one number in the asked unit. */
export function unitPhrase(question: string, sentence: string, unit: string | null = askedUnit(question) ?? null): { start: number; end: number } | undefined {
  if (!unit) return undefined;
  // Each number is read with its longest unit, which must be the one asked (30平方公里 is no answer in 公里).
  const found = [...sentence.matchAll(NUMBER_WITH_UNIT)].filter((m) => m[1] === unit && !/^[万亿千百]/u.test(m[0]));
  if (found.length !== 1) return undefined;
  const [match] = found as [RegExpMatchArray];
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}
