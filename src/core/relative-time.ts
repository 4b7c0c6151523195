/**
 * Times a report speaks of relative to itself: this week, last month, next meeting (本周, 上月, 下次). A weekly
 * report holds them side by side, and a question asking one is not answered by a paragraph that speaks only of
 * another: "这次例会是什么时候开的？" quoted "下次例会定于12月3日…", and "What was the error rate last week?" the
 * sentence on this week's.
 */

type Deixis = 'last' | 'this' | 'next';

/** Chinese: the unit a word counts in, and which one of them it means. */
const ZH: readonly (readonly [RegExp, string, Deixis])[] = [
  [/上周|上星期|上个星期|上一周/u, 'week', 'last'],
  [/本周|这周|这星期|这个星期|本星期|这一周/u, 'week', 'this'],
  [/下周|下星期|下个星期|下一周/u, 'week', 'next'],
  [/上月|上个月|上一个月/u, 'month', 'last'],
  [/本月|这个月|这一个月/u, 'month', 'this'],
  [/下月|下个月|下一个月/u, 'month', 'next'],
  [/上季度|上个季度|上一季度/u, 'quarter', 'last'],
  [/本季度|这个季度|这一季度/u, 'quarter', 'this'],
  [/下季度|下个季度|下一季度/u, 'quarter', 'next'],
  [/去年|上一年/u, 'year', 'last'],
  [/今年|本年度/u, 'year', 'this'],
  [/明年|下一年/u, 'year', 'next'],
  [/上次|上一次|上回|上期/u, 'occasion', 'last'],
  [/这次|本次|此次|这一次|本期/u, 'occasion', 'this'],
  [/下次|下一次|下回|下期/u, 'occasion', 'next'],
];

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
 * The relative time a question asks that the paragraph (with its headline) contradicts: it speaks of another of
 * the same unit and never of the one asked. Undefined when it agrees or says nothing of that unit. `paragraph` is
 * read only when the question asks a relative time, as most do not.
 */
export function contradictedTime(question: string, paragraph: () => string): string | undefined {
  const asked = relativeTimes(question);
  if (asked.size === 0) return undefined;
  const written = relativeTimes(paragraph());
  for (const time of asked) {
    const unit = time.split(':')[0] as string;
    if (!written.has(time) && [...written].some((w) => w.startsWith(`${unit}:`))) return time;
  }
  return undefined;
}
