/**
 * What kind of answer a question wants, from its question words. Used to
 * prefer sentences that hold that kind of fact (a name, a number, a date, a
 * place, a list), not to decide what the report says.
 */

export interface Intent {
  who: boolean;
  /** Asks who someone is: their organisation, title or role. */
  identity: boolean;
  quantity: boolean;
  when: boolean;
  where: boolean;
  /** Asks for an enumeration: 哪些, 哪几个方面, 三大亮点, what are … */
  list: boolean;
}

const NUMERAL = '[一二三四五六七八九十两几0-9]';
/** "which areas", "what three levels", "the three highlights": a plural noun asked for or counted. */
const ENGLISH_PLURAL_ASKED = String.raw`\b(?:which|what)(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d+|main|key|new|other))? (?!does\b|is\b|was\b|has\b|this\b|its\b)[a-z]+[^s\W]s\b|\b(?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+[^s\W]s\b`;

export function detectIntent(question: string): Intent {
  const q = question.toLowerCase();
  return {
    who: /谁|哪位|什么人|\bwho(m|se)?\b/.test(q),
    identity: /谁|哪位|什么人|哪家|什么公司|哪个公司|哪个企业|哪个单位|职务|职位|身份|头衔|担任|\bwho(m|se)?\b|\b(company|role|title|position|job)\b/.test(q),
    quantity: /多少|多大|多高|多快|几[个款家项种位台万千百亿]|规模|数量|比例|普及率|\bhow (many|much|big|large|high)\b|\bwhat (percentage|share|size)\b/.test(q),
    when: /何时|什么时候|哪天|哪一天|几月|几号|哪年|哪一年|日期|\bwhen\b|\bwhat (date|day|year)\b/.test(q),
    where: /哪里|在哪|何地|什么地方|地点|\bwhere\b/.test(q),
    list: new RegExp(`哪些|哪几|哪${NUMERAL}+|几个方面|几大|${NUMERAL}+大(亮点|方面|任务)|${NUMERAL}+个(方面|层面|亮点|领域|重点)|\\bwhat are\\b|\\bwhich (are|ones)\\b|\\blist\\b|${ENGLISH_PLURAL_ASKED}`).test(q),
  };
}

/** Sentence features matching the intents above. */
export const FACT_PATTERNS = {
  quantity: /[0-9０-９]|[一二三四五六七八九十百千万亿]+(?:款|家|台|个|项|种|倍|成)|超过|超|多款|万台|亿元|%/u,
  when: /[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日|[0-9]{4}年|今年|去年|明年/u,
  where: /在[^，。]{1,20}(举行|召开|举办)|北京|上海|人民大会堂|会场/u,
};
