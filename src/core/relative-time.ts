/**
 * Times a report speaks of relative to itself: this week, last month, next meeting (本周, 上月, 下次). A weekly
 * report holds them side by side, and a question asking one is not answered by a paragraph that speaks only of
 * another: "这次例会是什么时候开的？" quoted "下次例会定于12月3日…", and "What was the error rate last week?" the
 * sentence on this week's.
 */

type Deixis = 'last' | 'this' | 'next';

/** Chinese: the ways of writing one relative time, the unit it counts in, and which one of them it means. */
const ZH_SPELLINGS: readonly (readonly [readonly string[], string, Deixis])[] = [
  [['上周', '上星期', '上个星期', '上一周'], 'week', 'last'],
  [['本周', '这周', '这星期', '这个星期', '本星期', '这一周'], 'week', 'this'],
  [['下周', '下星期', '下个星期', '下一周'], 'week', 'next'],
  [['上月', '上个月', '上一个月'], 'month', 'last'],
  [['本月', '这个月', '这一个月'], 'month', 'this'],
  [['下月', '下个月', '下一个月'], 'month', 'next'],
  [['上季度', '上个季度', '上一季度'], 'quarter', 'last'],
  [['本季度', '这个季度', '这一季度'], 'quarter', 'this'],
  [['下季度', '下个季度', '下一季度'], 'quarter', 'next'],
  [['去年', '上一年'], 'year', 'last'],
  [['今年', '本年度'], 'year', 'this'],
  [['明年', '下一年'], 'year', 'next'],
  [['上次', '上一次', '上回', '上期'], 'occasion', 'last'],
  [['这次', '本次', '此次', '这一次', '本期'], 'occasion', 'this'],
  [['下次', '下一次', '下回', '下期'], 'occasion', 'next'],
];
const ZH: readonly (readonly [RegExp, string, Deixis])[] = ZH_SPELLINGS.map(([spellings, unit, deixis]) => [new RegExp(spellings.join('|'), 'u'), unit, deixis]);

/**
 * The other ways of writing the relative time a Chinese word is (下个月 → 下月, 下一个月): a question saying 下个月
 * asks what a report heads 下月计划. Empty for any other word.
 */
export function otherSpellings(word: string): readonly string[] {
  return ZH_SPELLINGS.find(([spellings]) => spellings.includes(word))?.[0].filter((s) => s !== word) ?? [];
}

const EN_DEIXIS: Readonly<Record<string, Deixis>> = { last: 'last', previous: 'last', past: 'last', this: 'this', current: 'this', next: 'next', coming: 'next', following: 'next', upcoming: 'next' };
const EN_UNIT: Readonly<Record<string, string>> = { week: 'week', month: 'month', quarter: 'quarter', year: 'year', meeting: 'occasion', time: 'occasion', session: 'occasion', release: 'occasion', sprint: 'occasion' };
const EN = /\b(last|previous|past|this|current|next|coming|following|upcoming)\s+(week|month|quarter|year|meeting|time|session|release|sprint)s?\b/giu;

/** The relative times a text speaks of, as `unit:deixis` (week:next for 下周四 and "next week"). */
export function relativeTimes(text: string): Set<string> {
  const found = new Set<string>();
  for (const [pattern, unit, deixis] of ZH) if (pattern.test(text)) found.add(`${unit}:${deixis}`);
  for (const match of text.matchAll(EN)) {
    const deixis = EN_DEIXIS[(match[1] as string).toLowerCase()];
    const unit = EN_UNIT[(match[2] as string).toLowerCase()];
    if (deixis && unit) found.add(`${unit}:${deixis}`);
  }
  return found;
}

/**
 * Periods of the calendar named outright, counted within the year: 第三季度 (三季度, Q3, third quarter) and 上半年
 * (first half), as `unit#n` (quarter#3, half#1). A quarterly report's 第四季度计划 is not the quarter it reports,
 * and "第二季度的续约率是多少？" is not answered by the third quarter's. 这一季度 and 每一季度 name none.
 */
const NAMED_PERIOD_ZH = /第([一二三四1-4])季度|(?<![这每上下本那同第])([一二三四1-4])季度|([上下])半年/gu;
const NAMED_PERIOD_EN = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th) quarter|q([1-4])|(first|second) half|h([12]))\b/giu;
const ORDINAL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 上: 1, 下: 2 };
const ordinal = (written: string): number => ORDINAL[written.toLowerCase()] ?? Number(written);

/** The named periods a text speaks of, as `quarter#n` or `half#n`. */
export function namedPeriods(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(NAMED_PERIOD_ZH)) {
    const quarter = m[1] ?? m[2];
    found.add(quarter ? `quarter#${ordinal(quarter)}` : `half#${ordinal(m[3] as string)}`);
  }
  for (const m of text.matchAll(NAMED_PERIOD_EN)) {
    const quarter = m[1] ?? m[2];
    found.add(quarter ? `quarter#${ordinal(quarter)}` : `half#${ordinal((m[3] ?? m[4]) as string)}`);
  }
  return found;
}

/** The spellings of a named period, for the comparisons a figure is made with (较第二季度末减少6家). */
const NAMED_PERIOD_SPELLING = '第?[一二三四1-4]季度|[上下]半年';

/**
 * A time a figure is compared with (比上月减少12%, 较上周下降, lower than last week): the sentence gives the figure of
 * another time and the change, so it does not speak of that one (比上月的3.2万元 still gives last month's). "上个月办公用品花了多少钱？" is not answered by "本月…采购金额为2.8万元，
 * 比上月减少12%". Nor does a question asking how a figure compares with it ask of that time.
 */
const COMPARED_WITH = new RegExp(
  `(?:比|较|相比|相较|对比)(?:于)?(?:${ZH_SPELLINGS.flatMap(([spellings]) => spellings).join('|')}|${NAMED_PERIOD_SPELLING})(?:\\p{Script=Han}{1,4}?)?(?=减少|增加|增长|下降|上升|提高|降低|提升|上涨|下跌|回落|持平|缩短|延长|扩大|缩小|加快|放缓|改善|多|少|高|低|快|慢)|\\b(?:than|compared (?:with|to)) (?:the )?(?:(?:last|previous|past) (?:week|month|quarter|year)|q[1-4]|(?:first|second|third|fourth) quarter)\\b`,
  'giu',
);

/** Calendar units, each inside the next: this week lies in this month, this quarter and this year. */
const NESTED_UNITS = ['week', 'month', 'quarter', 'year'];

/**
 * The times a text speaks of, with those its "this" times lie in: a weekly report's 本周 is also this month, so its
 * 完成月度目标的71% does not answer "What is the sales target for next month?". Only "this" is carried up: last
 * week may lie in last month or in this one.
 */
function withTimesHolding(times: Set<string>): Set<string> {
  const held = new Set(times);
  for (const [i, unit] of NESTED_UNITS.entries()) {
    if (times.has(`${unit}:this`)) for (const wider of NESTED_UNITS.slice(i + 1)) held.add(`${wider}:this`);
  }
  return held;
}

/** A report named for the period it covers (周报, "Monthly update"): what it tells undated is of that period. */
const REPORT_PERIOD: readonly (readonly [RegExp, string])[] = [
  [/周报|\bweekly (?:report|update|summary|review)\b/iu, 'week'],
  [/月报|\bmonthly (?:report|update|summary|review)\b/iu, 'month'],
  [/季报|季度报告|\bquarterly (?:report|update|summary|review)\b/iu, 'quarter'],
  [/年报|年度报告|\bannual (?:report|review)\b/iu, 'year'],
];

/**
 * The times a paragraph speaks of, with the period its document is named for where it speaks of no time of that
 * unit: a weekly report's undated "当日达订单履约率为96.3%" is this week's, and does not answer "上周的当日达履约率
 * 是多少？". A time the paragraph writes itself (上周五) is left as written.
 */
function timesWritten(paragraph: string, title: string): Set<string> {
  const uncompared = paragraph.replace(COMPARED_WITH, '');
  const written = relativeTimes(uncompared);
  for (const [named, unit] of REPORT_PERIOD) {
    if (named.test(title) && !speaksOf(written, unit)) written.add(`${unit}:this`);
  }
  // A report titled for a named period (2026年第三季度报告) tells that period's figures where a paragraph names none.
  const periods = namedPeriods(uncompared);
  for (const period of namedPeriods(title)) if (!speaksOf(periods, unitOf(period))) periods.add(period);
  return new Set([...withTimesHolding(written), ...periods]);
}

/** The unit of a time as `timesWritten` spells it: week of week:last, quarter of quarter#3. */
const unitOf = (time: string): string => time.split(/[:#]/)[0] as string;

/** Do `times` speak of any time of `unit` (week:last, week:this…; quarter#3…)? */
function speaksOf(times: ReadonlySet<string>, unit: string): boolean {
  return [...times].some((t) => unitOf(t) === unit);
}

/**
 * The relative time a question asks that the paragraph (with its headline, under its document's title) contradicts:
 * it speaks of another of the same unit and never of the one asked, or of the one asked only as what it compares
 * with. Undefined when it agrees or says nothing of that unit. `paragraph` is read only when the question asks a
 * relative time, as most do not.
 */
export function contradictedTime(question: string, paragraph: () => string, title: () => string = () => ''): string | undefined {
  const uncompared = question.replace(COMPARED_WITH, '');
  const asked = new Set([...relativeTimes(uncompared), ...namedPeriods(uncompared)]);
  if (asked.size === 0) return undefined;
  const text = paragraph();
  const written = timesWritten(text, title());
  // A time the paragraph only compares with (较上次演练下降3个百分点) is one it gives nothing of: not its figure, not its date.
  const comparisons = (text.match(COMPARED_WITH) ?? []).join(' ');
  const compared = new Set([...relativeTimes(comparisons), ...namedPeriods(comparisons)]);
  for (const time of asked) {
    if (!written.has(time) && (speaksOf(written, unitOf(time)) || compared.has(time))) return time;
  }
  return undefined;
}
