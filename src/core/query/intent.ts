/**
 * What kind of answer a question wants, from its question words. Used to
 * prefer sentences that hold that kind of fact (a name, a number, a date, a
 * place, a list), not to decide what the report says.
 */

import { isIdentityFraming } from './framing.js';
import { isParticipleForm } from './irregular-verbs.js';
import { tag } from '../index/segmenter.js';
import { type Salutation } from '../reply.js';

export interface Intent {
  who: boolean;
  /** Asks who someone is: their organisation, title or role. */
  identity: boolean;
  quantity: boolean;
  /**
   * Asks an amount a number gives (是多少, 多久, how much, how many, "what is the price of …"): answered only by a
   * sentence that gives one. Narrower than quantity: not 多大 nor "how big" — "产业规模会有多大？" is answered
   * "手机数量乘以汽车价格的级别", a size given without a number.
   */
  amount: boolean;
  when: boolean;
  /** Asks how long something lasts (多久, 多长时间, "how long did … last"): answered only by a sentence giving a span of time. */
  duration: boolean;
  /**
   * Asks how long, how far or how heavy with no unit (有多长, 有多远, "how far is …"): a span or a measured number
   * answers, a point in time does not. 多重 is left out (as often "multiple"), and "how far along" (a share answers it).
   */
  length: boolean;
  where: boolean;
  /** Asks for an enumeration: 哪些, 哪几个方面, 三大亮点, what are … */
  list: boolean;
  /** Asks another name of something: 又名, 俗称, 字, 学名, 被译为, also known as. */
  alias: boolean;
}

const NUMERAL = '[一二三四五六七八九十两几0-9]';
/** "which areas", "what three levels", "the three highlights": a plural noun asked for or counted. */
const ENGLISH_PLURAL_ASKED = String.raw`\b(?:which|what)(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d+|main|key|new|other))? (?!does\b|is\b|was\b|has\b|this\b|its\b)[a-z]+[^s\W]s\b|\b(?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+[^s\W]s\b`;

/** How a question asks another name (the 字 of a person, a species' 学名, a place's 俗称). */
const ALIAS_ASKED = /又名|又称|又叫|还叫|也叫|亦称|又可以叫|也可以叫|又可叫|又可以称|也可以称|又可称|也称|亦名|亦作|又作|别号|外号|绰号|昵称|俗称|俗名|别名|别称|简称|全称|原名|本名|学名|英文名|译名|音译|意译|译作|译成|的字|字是|又被|被称为|被称作|被译为|还可以叫|称为什么|称作什么|\balso (?:known as|called)\b|\bnickname|\bother names?\b|\balias\b/u;

/**
 * A name given by a title of its kind (谥号, 庙号, 神号, 法号, 年号): over CMRC's public questions the gold sentences write
 * 号 or 谥 for 12 of 12, against 5 of 160 other sentences of their passages.
 */
const TITLE_NAME_ASKED = /(?:谥|庙|神|法|道|尊|封|称|雅|帝|年|佛)号/u;

/** A name given: 又名…, 俗称…, 学名…, 称为…, 英文… */
const NAME_GIVEN = /[名称字号叫译]|英文|英语|拉丁/u;

/**
 * Kinds of name a question may ask by their own word, each given by a sentence in words of that kind: a common name
 * (俗称) not as 叫 in 雄鸭的叫声, a real name (本名) not as a pen name (曾用笔名), a short form (简称). Over CMRC 2018's
 * public questions (every part) the gold sentences give them so for 30 of 30 common-name, 14 of 14 real-name and 13
 * of 13 short-form questions, against 0 of 377, 0 of 129 and 0 of 117 other sentences of their passages.
 */
const NAME_KINDS: readonly { asked: RegExp; given: RegExp }[] = [
  { asked: /俗称|俗名|俗叫|土名|通称/u, given: /俗|通称|土名|民间|当地人?称|习称|一般称|常称/u },
  { asked: /本名|原名|真名|真实姓名|本姓|原姓/u, given: /本名|原名|真名|本姓|原姓|姓名|出生时|原称|旧名|旧称|曾用名|初名|原为/u },
  { asked: /简称/u, given: /简称|简写|缩写|缩称|略称|省称/u },
  // A translation is given as one (译为, 英文, 梵文): 6 of 6 gold sentences, against 1 of 81 others. Latin letters alone
  // are not: they stand in 4 more of those 81, names of other things.
  { asked: /音译|意译|译名|译作|译为|译成|被译/u, given: /译|英文|英语|拉丁|原文|梵文/u },
];

/**
 * What a sentence holds when it gives the kind of name a question asks (`intent.alias`): a courtesy name (字) or an
 * art name (号) is given with that very word — 年号 or 著称 is not it; a kind of name above with a word of that kind;
 * any other name with a naming word (又名, 学名…). Read once per question; test each sentence against it.
 */
export function askedNameMark(question: string): RegExp {
  // Not the 字 of 名字 (名字是怎么来的 asks no courtesy name).
  if (/(?<!名)(?:的字|字是|字什么)/u.test(question)) return /字/u;
  // A posthumous, temple or religious name (谥号, 庙号, 法号) is given with 号, a posthumous one also as 谥文毅.
  if (TITLE_NAME_ASKED.test(question)) return /号|谥/u;
  if (/的号|号是|号什么/u.test(question)) return /号/u;
  const kind = NAME_KINDS.find((k) => k.asked.test(question))?.given;
  if (kind !== undefined) return kind;
  // Why something bears a name is told by how it got it (因此得名…): only another name asked wants another one given.
  if (NAME_WHY_ASKED.test(question)) return NAME_GIVEN;
  return /英文名|英语名|外文名/u.test(question) ? ENGLISH_NAME_GIVEN : ANOTHER_NAME_GIVEN;
}

/**
 * Asking why or how a thing got its name (为什么叫, 名字的由来, 名字是怎样得来的, 谁命的) — not the 为什么 of 被称为什么,
 * 译为什么, 称之为什么, which ask the name itself.
 */
const NAME_WHY_ASKED = /(?<![称译叫作之])(?:为什么|为何)|由来|怎么来|如何来|怎样来|怎样得来|怎么得来|谁命|如何得/u;

/**
 * Another name given, not the name's origin or fame: 故而得名软枝黄蝉, 有“夜来香”之名, 以公主而命名, 著名 and 排名第四
 * give no other name for "软枝黄蝉的别名是什么？". Over CMRC's public questions asking a name (every part), the gold
 * sentences give one as askedNameMark reads it in 192 of 193 (the other asks why: 故被揶揄为「柱岛舰队」), against 233
 * of 2,449 other sentences of their passages.
 */
const ANOTHER_NAME_GIVEN = /(?<![得之命著闻知出成有排报提署签0-9０-９一二三四五六七八九十几数百千])名(?![字声人单次额列])|[称字号叫译]|英文|英语|拉丁/u;
/** An English name is given in Latin letters (西贡商业信用银行（Saigon Thuong Tin Bank）) or with the word. */
const ENGLISH_NAME_GIVEN = /[A-Za-z]{2}|英文|英语/u;

/**
 * Endings of Chinese posts and titles: 部长, 书记, 董事长, 总裁, 主任, 创始人, 负责人, 合伙人, 教授… 长 after an adverb
 * or a verb is no post but "long" or "grow" (过长, 增长, 延长, 擅长).
 */
export const POST_ENDING = '(?:(?<![过较很最太增成延擅生特漫冗细悠狭修见助消专拉放加变身超])长|书记|主席|总裁|总经理|经理|主任|总监|委员|创始人|负责人|合伙人|教授|院士|研究员|工程师|记者|编辑|大使|代表|秘书)';

/**
 * Asking the name of a person (联合创始人叫什么, 那位副部长叫啥, 他叫什么名字) asks who they are; asking the name of a
 * thing (人形机器人叫什么名字) does not — nor does a bare 人, which ends things too (机器人).
 */
const PERSON_NAME_ASKED = new RegExp(`(?:${POST_ENDING}|[者员师手他她])(?:的名字)?叫(?:什么|啥)`, 'u');

/** The words a Chinese question asks when with (什么时候, 哪一年): the event it dates is told after them. */
export const CHINESE_WHEN_ASKED = /何时|什么时候|哪天|哪一天|几月|几号|哪年|哪一年/u;
/** Asking when in either language (日期 and "what date" too). */
const ASKS_WHEN = new RegExp(`${CHINESE_WHEN_ASKED.source}|日期|\\bwhen\\b|\\bwhat (?:date|day|year)\\b`, 'u');

/** What an asked noun opens with: the, its, their, X's. */
const POSSESSOR = String.raw`(?:the|its|their|his|her|[a-z][a-z-]*'s)`;
/** "What is the", "What was its", "What are X's": how English opens asking a thing by its noun. */
const WHAT_IS = String.raw`what (?:is|was|were|are) ${POSSESSOR} `;
/** "What is the …", "What is X's …": how English asks an amount by the noun naming it (the price of, the budget of). */
const WHAT_IS_THE = String.raw`\b${WHAT_IS}(?:[a-z]+ )?`;
/** Money nouns: the dictionary glosses them well (预算, 利润, 估值). */
const MONEY = 'price|cost|budget|salary|revenue|profit|valuation|income|value';
/** Measures. Not size: "how big" is answered by a size given without a number. */
const MEASURE = 'population|number|amount|length|height|weight|area|rate|percentage|share|score|ratio|total|count';

/**
 * "What is the price / budget / population of …", "What is X's valuation?", "What was the customer satisfaction
 * score?": an amount asked by its noun, after up to three words saying of what.
 */
const ENGLISH_AMOUNT_NOUN = new RegExp(`${WHAT_IS_THE}(?:[a-z-]+ ){0,2}(?:${MONEY}|${MEASURE})s?\\b`);

/**
 * The same asked of money (captured): documents that never write the noun cannot give its amount. Measures are left
 * out: rate reaches 崩溃率 only as a compound's head, and a crash rate the documents give would be declined.
 */
const ENGLISH_MONEY_ASKED = new RegExp(`${WHAT_IS_THE}(${MONEY})s?\\b`);

/** Measure heads an English question asks an attribute by (the average handling time, the contract value). */
const ATTRIBUTE_HEAD = `${MONEY}|${MEASURE}|time|duration|speed|capacity|yield|value|level|cycle|volume`;
const MEASURE_HEAD = new RegExp(`^(?:${ATTRIBUTE_HEAD})s?$`);
/** "What is the average handling time …": the word before the head says which measure, unless it only says how it is taken. */
const ENGLISH_ATTRIBUTE = new RegExp(String.raw`\b${WHAT_IS}(?:[a-z-]+ ){0,3}?([a-z-]{3,}) (?:${ATTRIBUTE_HEAD})s?\b`);
/** Words that say how a measure is taken or when, not which measure it is. */
const HOW_MEASURED = new Set(['average', 'mean', 'median', 'total', 'overall', 'current', 'latest', 'new', 'final', 'actual', 'expected', 'estimated', 'annual', 'monthly', 'weekly', 'daily', 'typical', 'maximum', 'minimum', 'max', 'min', 'peak', 'highest', 'lowest', 'approximate', 'exact', 'combined', 'cumulative', 'this', 'last', 'next', 'first']);

/**
 * "What is the target for refund processing time?", "What is the sales target for next month?": a figure aimed at or
 * allowed (a target, a limit, a deadline) is itself what is asked, and a sentence giving the figure reached does not
 * write it. Unlike time or value, these heads are specific enough to look for.
 */
const ENGLISH_AIM_ASKED = new RegExp(String.raw`\b${WHAT_IS}(?:[a-z'-]+ ){0,2}?(target|goal|quota|limit|cap|deadline)s?\b`);

/**
 * The word that says which measure an English question asks (handling in "What is the average handling time of a
 * phone call?", contract in "What is the contract value …?"): a sentence giving another time or value of the same
 * thing does not answer it. Undefined for other shapes, and for a word that only says how it is measured.
 */
export function englishAttributeAsked(question: string): string | undefined {
  const aim = ENGLISH_AIM_ASKED.exec(question.toLowerCase())?.[1];
  if (aim !== undefined) return aim;
  const word = ENGLISH_ATTRIBUTE.exec(question.toLowerCase())?.[1];
  return word !== undefined && !HOW_MEASURED.has(word) ? word : undefined;
}

/**
 * "<asking> is the … X?": the noun the asked phrase ends on, before a preposition or the end — the thing asked
 * itself. Lazy, so the first noun a preposition follows is taken.
 */
const nounAskedBy = (asking: string): RegExp =>
  new RegExp(String.raw`^\W*${asking}(?: is|'s| was| are| were) ${POSSESSOR} (?:[a-z-]+ ){0,3}?([a-z-]{3,})(?= (?:of|for|in|on|at|with|from|between|per|to)\b|\W*$)`);
/** "What is the truck load factor?", "What is the value of the contract …?": the attribute asked. */
const ENGLISH_HEAD = nounAskedBy('what');
/**
 * "Who is the team lead?", "Who was the supplier of …?": a who-question asking a post's holder by the post's noun.
 * Documents that write no word for the post cannot say who holds it: "Who is the team lead?" quoted a sentence on a
 * team member, the only match for team.
 */
const ENGLISH_POST_HEAD = nounAskedBy('who');
/** Heads that say how a question asks (the reason for, the name of, the status of), not what: an answer need not write them. */
const ASKING_HEAD = new Set('name names reason reasons cause causes purpose status result results outcome outcomes plan plans problem problems issue issues point points content contents topic topics focus situation progress background main key detail details meaning definition difference differences way ways method methods thing things part parts kind type types'.split(' '));

/**
 * The noun an English "What is the … X?" or "Who is the … X?" question asks, unless it only frames the question
 * (reason, name, status): documents that never write X cannot give it. "What is the truck load factor?" quoted a
 * sentence on loading workers, the only match for load, over a report that writes 满载率 but nothing the dictionary
 * gives for factor.
 */
export function englishHeadAsked(question: string): string | undefined {
  const lower = question.toLowerCase();
  const head = (ENGLISH_HEAD.exec(lower) ?? ENGLISH_POST_HEAD.exec(lower))?.[1];
  // A measure (rate, time, value) is the head of a Chinese compound (崩溃率) that no dictionary gives whole:
  // omitsEnglishAttribute holds those to the word saying which measure. An aim is written by a plan without the
  // word (将准时交货率提升到95%以上): omitsEnglishAim holds those.
  return head !== undefined && !ASKING_HEAD.has(head) && !isIdentityFraming(head) && !HOW_MEASURED.has(head) && !MEASURE_HEAD.test(head) && !AIM_HEAD.test(head) ? head : undefined;
}

/** Heads naming an aim: what a plan sets, whether or not it writes the word. */
const AIM_HEAD = /^(?:targets?|goals?|objectives?|aims?)$/;

/** The aim an English "What is the … target/goal?" asks, if it asks one (target, goal…). */
export function englishAimAsked(question: string): string | undefined {
  const head = ENGLISH_HEAD.exec(question.toLowerCase())?.[1];
  return head !== undefined && AIM_HEAD.test(head) ? head : undefined;
}

export function detectIntent(question: string): Intent {
  const q = question.toLowerCase();
  const who = /谁|哪位|什么人|\bwho(m|se)?\b/.test(q) || PERSON_NAME_ASKED.test(q);
  return {
    who,
    // Who someone is: who, or where they work and what post they hold.
    identity: who || /哪家|什么公司|哪个公司|哪个企业|哪个单位|职务|职位|身份|头衔|担任|\b(company|role|title|position|job)\b/.test(q),
    quantity: /多少|多大|多高|多快|几[个款家项种位台万千百亿处]|规模|数量|比例|普及率|\bhow (many|much|big|large|high)\b|\bwhat (percentage|share|size)\b/.test(q) || ENGLISH_AMOUNT_NOUN.test(q),
    amount: /多少|多高|多长|多重|多远|多久|\bhow (?:many|much|high|long|far|old)\b/.test(q) || ENGLISH_AMOUNT_NOUN.test(q),
    when: ASKS_WHEN.test(q),
    duration: /多久|多长时间|多少时间|多长的时间|\bfor how long\b|\bhow long (?:did|does|do|will|would|has|have|had|is|was|were)\b.*\b(?:last|lasted|lasts|take|took|takes|run|ran|runs|continue|continued|stay|stayed)\b/.test(q),
    length: /多长|多远|\bhow (?:long|far(?! along)|heavy)\b/.test(q),
    // 存在哪些问题 asks what exists, not where: its 在 is the second half of 存在 (现在, 正在 likewise). 在哪一年 asks when.
    where: /哪里|(?<![存现正])在哪(?!一?[年月天日])|何地|什么地方|地点|\bwhere\b/.test(q),
    alias: ALIAS_ASKED.test(q) || TITLE_NAME_ASKED.test(q),
    // 哪一年, 哪一家 ask one thing; 哪三个 asks several.
    list: new RegExp(`哪些|哪几|哪(?!一)${NUMERAL}+|几个方面|几大|${NUMERAL}+大(亮点|方面|任务)|${NUMERAL}+个(方面|层面|亮点|领域|重点)|\\bwhat are\\b|\\bwhich (are|ones)\\b|\\blist\\b|${ENGLISH_PLURAL_ASKED}`).test(q),
  };
}

/** English auxiliaries: they end the noun phrase "how many" counts and open the clause "how much" measures. */
const AUXILIARY = '(?:do|does|did|have|has|had|is|are|was|were|will|would|can|could|should|may|might)';
/** "how many AI companies did…": the counted phrase runs up to the auxiliary; its last word is the thing counted. */
const HOW_MANY = new RegExp(String.raw`\bhow many ((?:[a-z][a-z'-]* ){1,4}?)${AUXILIARY}\b`);
/** "how much does a … robot cost?": the clause's closing verb is what is measured. */
const HOW_MUCH = new RegExp(String.raw`\bhow much ${AUXILIARY} [a-z][^?]* ([a-z][a-z'-]*)\W*$`);
/** "how much did the city spend on roads in 2019?": the verb before the first preposition, when the clause goes on past it. */
const HOW_MUCH_BEFORE_PREPOSITION = new RegExp(String.raw`\bhow much ${AUXILIARY} (?:[a-z0-9][a-z0-9'-]* ){1,5}?([a-z][a-z'-]*) (?:on|for|in|to|from|at|with|by|per|during|over|since)\b`);

/** A subject's first word after an auxiliary, after an article or a possessive (did UBTech sell, did the city build). */
const SUBJECT = String.raw`(?:(?:the|a|an|its|their|this|that|these|those|his|her) )?[a-z0-9][a-z0-9'&.-]*`;
/** The auxiliary before an active how-many question's subject and verb (how many robots *did* UBTech sell). */
const ACT_AUXILIARY = '(?:did|do|does|will|would|can|could|should)';
/** The thing "how many" counts: one to four words before the auxiliary. */
const COUNTED = String.raw`(?:[a-z][a-z'-]* ){1,4}?`;
/** What may follow the verb that closes an English clause: the end, a preposition, a time, an adverb (so far, recently). */
const CLAUSE_END = String.raw`(?: (?:next|this|last|in|on|by|at|to|from|during|before|after|per|each|every|for|with|since|so|yet|ago|today|yesterday|tomorrow|overall|altogether|[a-z]+ly)\b|\W*$)`;
/**
 * "how many robots did UBTech sell", "how many users downloaded it": the act counted, in the active voice. Not the
 * passive ("how many virtual machines were requested"): it counts its subject whatever the verb, and the sentence
 * counting it (申请增加8台虚拟机) tells the act in a word the dictionary does not gloss with the question's verb.
 */
const HOW_MANY_ACTS = [
  // "how many engineers will join next month": the counted are the doers, and the verb follows the auxiliary.
  new RegExp(String.raw`\bhow many ${COUNTED}${ACT_AUXILIARY} ([a-z]{3,})${CLAUSE_END}`),
  // "how many robots did the company sell to customers": a subject of one word, and the act closing the clause (not
  // "office" in "did the Shenzhen office close", whose subject runs on).
  new RegExp(String.raw`\bhow many ${COUNTED}${ACT_AUXILIARY} ${SUBJECT} ([a-z]{3,})${CLAUSE_END}`),
  new RegExp(String.raw`\bhow many (?:(?!${AUXILIARY}\b)[a-z][a-z'-]* ){1,3}?([a-z]{3,}ed)\b`),
];

/**
 * "how many workers were injured", "how many employees got a promotion": what the passive counts its subject by, a
 * participle, or the thing a light verb's subject got. Kept apart from the counted act: a passive's sentence may tell
 * the act in another word (were requested → 申请增加), so only documents that never write the act at all show
 * they cannot count it.
 */
const HOW_MANY_PASSIVE = new RegExp(String.raw`\bhow many (?:(?!${AUXILIARY}\b)[a-z][a-z'-]* ){1,4}?(?:were|was|are|is|(?:have|has|had|will) been|will be) ([a-z]{3,})\b`);
/**
 * "how many orders did the Shenzhen office close", "how many inquiries did the service center handle": after a subject
 * of two to four words, the act closing the clause. The parse is less sure and the sentence may tell the act in
 * another word (handle → 接待, where the documents write 处理 elsewhere), so, like the passive, it counts only where
 * the documents never write the act. None that runs on into an object ("did the team meet the client").
 */
const HOW_MANY_LONG_SUBJECT = new RegExp(String.raw`\bhow many ${COUNTED}${ACT_AUXILIARY} ${SUBJECT}(?: (?!(?:the|a|an)\b)[a-z0-9][a-z0-9'&.-]*){1,3}? ([a-z]{3,})${CLAUSE_END}`);
const HOW_MANY_GOT = /\bhow many (?:[a-z][a-z'-]* ){1,4}?(?:got|get|gets|received|receive|receives) (?:a |an |the )?([a-z]{3,})\b/;

/** "Which systems were connected …", "What features were added …": a which-question in the passive picks its subject by the act. */
const WHICH_PASSIVE = new RegExp(String.raw`^\W*(?:which|what) (?:(?!${AUXILIARY}\b)[a-z][a-z'-]* ){1,4}?(?:were|was|are|is|(?:have|has|had|will) been|will be) ([a-z]{3,})\b`);

/**
 * "Who was absent from the meeting?", "Who was promoted?": a who-question about a state picks its person by it (an
 * adverb before it aside). Not a noun phrase ("Who is the minister"), nor a name (too short to be read here, or
 * reached through the name keys and so never missing).
 */
const WHO_STATE = /^\W*who (?:is|was|were|are|(?:has|have|had|will) been|will be) (?:[a-z]+ly )?([a-z]{3,})\b/;
/** Words after "who is" that open a noun phrase or say when, not a state. */
const NOT_A_STATE = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'your', 'one', 'also', 'still', 'now', 'then', 'not', 'being', 'going', 'most', 'more', 'there', 'here', 'she', 'they', 'you', 'currently', 'mainly', 'usually']);

/**
 * What an English how-many or which question in the passive, a who-question about a state, or a how-many one with a
 * light verb, picks its subject by (injured, connected, absent, promotion), or the act after a long subject (close):
 * words the documents must write somewhere, not in the sentence quoted. "Which systems were connected to the data platform this period?" quoted a
 * plan to study a recommendation system: the report writes 对接, which no dictionary gives for connect.
 */
export function englishCountedState(question: string): string | undefined {
  const q = question.toLowerCase();
  const participle = HOW_MANY_PASSIVE.exec(q)?.[1] ?? WHICH_PASSIVE.exec(q)?.[1];
  if (participle !== undefined && isParticipleForm(participle)) return participle;
  const state = WHO_STATE.exec(q)?.[1];
  if (state !== undefined && !NOT_A_STATE.has(state)) return state;
  // An adverb of time closing the clause is no act ("… does the university have now?").
  const act = HOW_MANY_LONG_SUBJECT.exec(q)?.[1];
  return HOW_MANY_GOT.exec(q)?.[1] ?? (act !== undefined && !NOT_A_STATE.has(act) ? act : undefined);
}

/** Words that open no term after "what is": a determiner or a pronoun. */
const NOT_A_TERM = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my']);
/** Words that, alone after "what is", say how things stand rather than name a term ("What is new?"). */
const NOT_A_TERM_ALONE = new Set(['new', 'next', 'left', 'wrong', 'happening', 'going', 'planned', 'done', 'known', 'said', 'up', 'changed', 'missing', 'pending', 'due', 'late', 'open']);
/** Words that make the rest a clause, not a term ("What is MIIT focusing on?", "What are robots used for?"). */
const NOT_IN_A_TERM = new Set(['on', 'in', 'for', 'about', 'to', 'with', 'by', 'at', 'from', 'doing', 'like', 'worth']);

/** "What is embodied intelligence?", "What are humanoid robots?", "What does MaaS mean?": a bare term asked to be defined. */
const DEFINITION_ASKED = [
  /^\W*what (?:is|are) ((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*)\W*$/,
  /^\W*what (?:does|do) ((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*) (?:mean|stand for)\W*$/,
  /^\W*what is meant by ((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*)\W*$/,
];

/**
 * The words of a term an English question asks to be defined (embodied, intelligence): the term is the whole of
 * what it asks, so documents that never write one of its words do not speak of it. "What is embodied intelligence?"
 * had quoted a sentence on artificial intelligence (智能 alone) over a report that writes the term in words no
 * dictionary gives for embodied. Undefined for any other shape, and for a determiner or possessive ("What are the risks?").
 */
export function englishDefinedTerm(question: string): string[] | undefined {
  const q = question.toLowerCase().trim();
  for (const shape of DEFINITION_ASKED) {
    const term = shape.exec(q)?.[1];
    if (term === undefined) continue;
    const words = term.split(' ');
    const first = words[0] as string;
    const notATerm = NOT_A_TERM.has(first) || (words.length === 1 && NOT_A_TERM_ALONE.has(first)) || words.some((w) => NOT_IN_A_TERM.has(w));
    return notATerm ? undefined : words;
  }
  return undefined;
}

/** "Who leads …", "which company makes …": the act after the asking word, when it is no auxiliary nor a noun before one. */
const DOER_ACT = new RegExp(`^\\W*(?:who|which [a-z]+) (?!(?:${AUXILIARY}|must)\\b)([a-z]{3,})\\b(?! (?:${AUXILIARY}|must)\\b)`, 'i');

/** The act an English question asks the doer of (leads in "Who leads the Singapore office?"), in lower case. */
export function englishDoerAct(question: string): string | undefined {
  return DOER_ACT.exec(question)?.[1]?.toLowerCase();
}

/** An English question asking when, not a clause of it ("when it comes to enterprises" asks no time). */
const WHEN_ASKED = /^\W*when\b|\bwhen (?:did|do|does|will|would|was|were|is|are|has|have|had|can|could|should)\b|\bwhat (?:date|day|year|time)\b|\bby when\b|\buntil when\b/i;

/** Does an English question ask when something was or will be (not merely contain "when")? */
export function asksWhenInEnglish(question: string): boolean {
  return WHEN_ASKED.test(question);
}

/**
 * The act an English how-many question counts the doers or the objects of (sell, migrated, downloaded): documents
 * that never tell it cannot count it, as documents that never date an event cannot say when it was.
 */
export function englishCountedAct(question: string): string | undefined {
  const q = question.toLowerCase();
  for (const pattern of HOW_MANY_ACTS) {
    const act = pattern.exec(q)?.[1];
    if (act !== undefined) return act;
  }
  return undefined;
}

/**
 * The English word an amount question asks the amount of: the thing "how many" counts (companies), or the verb
 * "how much … ?" closes on (cost) or puts before a preposition (spend on). The English twin of the Chinese 股价 in
 * "股价是多少": documents that never write it cannot give its amount, however much else of the question they hold.
 * Undefined when the question has another shape: the rule then says nothing.
 */
export function englishAmountOf(question: string): string | undefined {
  const q = question.toLowerCase();
  const counted = HOW_MANY.exec(q)?.[1]?.trim().split(' ').at(-1);
  return counted ?? HOW_MUCH_BEFORE_PREPOSITION.exec(q)?.[1] ?? HOW_MUCH.exec(q)?.[1] ?? ENGLISH_MONEY_ASKED.exec(q)?.[1];
}

/** Asking what someone said (李明说了什么, 王五表示了什么, What did Li Ming say?). */
const SAID_ASKED = /(?:说|讲|谈|表示|提到|指出|强调)了?(?:什么|哪些)|\bwhat (?:did|does|has|have) .+ (?:say|said|mention|mentioned)\b/iu;

/** Does a question ask what someone said? */
export function asksWhatSaid(question: string): boolean {
  return SAID_ASKED.test(question);
}

/** Verbs of speech a report tells what someone said with (李明表示，…; 王五指出，…). */
export const SPEECH_VERB = '(?:表示|指出|强调|说|介绍|认为|提到|谈到|透露|称|提出|建议|呼吁)';

/** Asking why (为什么, 为何, 什么原因, 原因是什么, why). */
const WHY_ASKED = /为什么|为何|什么原因|原因是什么|原因有哪些|\bwhy\b/iu;
/** Does a question ask why? Not 为 then 什么 and a noun closing the question, which asks what something was made (册封为什么官职). */
export function asksWhy(question: string): boolean {
  if (!WHY_ASKED.test(question)) return false;
  const words = tag(question);
  const at = words.findIndex((w) => w.word === '为什么');
  const next = words[at + 1];
  return at < 0 || next === undefined || !(/^n/.test(next.tag) && at + 2 === words.length);
}

/** A sentence that gives a reason: the words a report introduces one with (原因是, 由于, 因为, 导致, because, due to). */
export const REASON_GIVEN = /原因|由于|因为|导致|所致|为了|以便|鉴于|所以|因而|\bbecause\b|\bdue to\b|\bcaused by\b|\bas a result\b/iu;

/** Sentence features matching the intents above. */
export const FACT_PATTERNS = {
  quantity: /[0-9０-９]|[一二三四五六七八九十百千万亿]+(?:款|家|台|个|项|种|倍|成)|超过|超|多款|万台|亿元|%/u,
  // Dates, and the days and hours a weekly report speaks in (周二, 下周四凌晨两点, 月底).
  when: /[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日|[0-9]{4}年|今年|去年|明年|(?:周|星期|礼拜)[一二三四五六日天]|[昨今明前后]天|凌晨|[0-9一二两三四五六七八九十]+[点时]|月底|月初|年底|年初/u,
  // Venue words of any report, not one report's places.
  where: /在[^，。]{1,20}(举行|召开|举办)|\p{Script=Han}{1,6}(?:省|市|县|区)|会场|礼堂|会堂|会议室/u,
  // Where a thing stands, said as Chinese says it (位于, 坐落, 地处): the gold sentence of 21 % of CMRC's where-questions
  // in its train and fit parts, against 2.5 % of their other sentences.
  located: /位于|坐落|座落|地处/u,
};

/** "《某片》的导演是谁？", "某书的作者是谁？": the role whose holder a question asks. */
const ROLE_ASKED = /的(\p{Script=Han}{2,3})是谁[？?]?$/u;

/**
 * What a sentence holds when it tells who holds the role a question asks (的导演是谁, 的作者是谁): the role itself, or the
 * first character of the act it is named for (导 in 由某某执导, 作 in 某某所作, 创 in 创办人 for 创始人). In CMRC's train and
 * fit parts one or the other is in 41 of 51 such questions' gold sentences, and in 68 of their 549 other sentences.
 */
export function roleMark(question: string): RegExp | undefined {
  const role = ROLE_ASKED.exec(question)?.[1];
  if (role === undefined) return undefined;
  const act = role.replace(/[者人家员师]$/u, '');
  return new RegExp(`${role}|${act.charAt(0)}`, 'u');
}

/** "由谁发行", "由什么机构发行", "由哪家公司所生产的": the doer asked with 由, and the act closing the question. */
const DONE_BY_ASKED = /由(?:谁|什么|哪)[^，。？?]{0,6}?(\p{Script=Han}{2})的?[？?]?$/u;

/**
 * What a sentence telling the doer of the act a 由-question asks holds (由塔吉克斯坦国家银行发行 for "索莫尼由什么机构
 * 发行？"): 由, a name, the act. In CMRC's train and fit parts it is in 19 of 50 such questions' gold sentences and in 4
 * of their 552 other sentences. Undefined when the question asks no doer with 由.
 */
export function doneByMark(question: string): RegExp | undefined {
  const act = DONE_BY_ASKED.exec(question)?.[1];
  return act === undefined ? undefined : new RegExp(`由[^，。；]{1,20}?${act}`, 'u');
}

/**
 * What people say before they ask anything: a greeting or thanks, or a request
 * for the gist of the whole document. Neither is a question the documents
 * answer sentence by sentence.
 */
export type Conversation = 'greeting' | 'overview';

/**
 * Greeting, thanks, farewell and acknowledgement words. A message made of
 * these alone (and punctuation, emoji) is small talk — but only with one of the
 * core words: 机器人 ("bot", as in 你好机器人) or 啊 alone is a question, and
 * over a report on robots "机器人？" is a real one.
 */
const SMALL_TALK_CORE_ZH = '你好|您好|大家好|哈喽|哈啰|嗨|喂|早上好|上午好|中午好|下午好|晚上好|早安|晚安|早|谢谢|谢谢你|谢谢您|谢了|多谢|感谢|非常感谢|辛苦了|再见|拜拜|回头见|明天见|好的|好|收到|明白了|明白|知道了|了解|嗯|嗯嗯';
const SMALL_TALK_ZH = new RegExp(`^(?:${SMALL_TALK_CORE_ZH}|啊|呀|哦|呢|啦|吧|你|您|机器人)+$`, 'u');
const SMALL_TALK_CORE_ZH_ANY = new RegExp(`(?:${SMALL_TALK_CORE_ZH})`, 'u');
const SMALL_TALK_EN = new Set(['hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'greetings', 'thanks', 'thank', 'thx', 'ty', 'cheers', 'good', 'morning', 'afternoon', 'evening', 'day', 'you', 'there', 'so', 'very', 'much', 'a', 'lot', 'all', 'everyone', 'bot', 'ok', 'okay', 'great', 'many', 'bye', 'goodbye', 'see', 'later', 'cya', 'got', 'it', 'cool', 'nice', 'alright', 'sure', 'understood', 'noted', 'for', 'now', 'the', 'help']);
const SMALL_TALK_CORE_EN = /\b(hi|hello|hey|hiya|howdy|yo|greetings|thanks|thank|thx|ty|cheers|morning|afternoon|evening|bye|goodbye|cya|see you|ok|okay|got it|cool|nice|great|alright|understood|noted)\b/;

/** Words that ask for the gist: they name the summary itself. */
const SUMMARY_WORDS = new Set(
  `总结 概括 归纳 概述 综述 要点 重点 要旨 主旨 摘要 概要 梗概 大意 大概 主要内容 内容 简介 简述 提要 纲要 亮点
summarize summarise summarize summary summaries overview gist tldr recap outline highlights takeaways points contents content topics`.split(/\s+/),
);
/** Words that point at the documents themselves. */
const DOCUMENT_WORDS = new Set('报告 文章 文档 材料 全文 本文 稿子 新闻 报道 report reports document documents article articles paper text file story page it this'.split(/\s+/));
/** Everything else a request for the gist may say (讲了什么, what is … about, give me, briefly). */
const REQUEST_WORDS = new Set(
  `这份 这篇 这个 这 该 本 此 篇 份 整个 整篇 全部 所有 讲 讲了 讲讲 说 说了 说说 写 写了 谈 谈了 谈谈 聊聊 讲述 讲的 说的 写的 主要 大致 简单 简要 简短 一下 下 给 帮 帮我 给我 请 麻烦
关于 有 是 的 了 什么 啥 哪些 都 一 下吧 吧 呢 吗 啊 我 你 能 可以 看看 介绍 介绍一下 概括一下 总结一下 核心 关键 一些 几句 几点 句话 一句 一句话
what whats is are was the this that these those about summarize summarise summary give me an a of it its in on please can could you would short brief briefly
quick quickly main key point idea ideas say says said cover covers covered discuss discusses tell us all whole entire overall do does tl dr nutshell few some`.split(/\s+/),
);

/** 篇文章, 份报告: jieba glues the measure word to the noun. */
const isDocumentWord = (w: string): boolean => DOCUMENT_WORDS.has(w) || (/^[篇份本这该此]/u.test(w) && DOCUMENT_WORDS.has(w.slice(1)));

/** Marks that carry no words: punctuation, symbols, emoji. */
const NO_WORD = /[^\p{L}\p{N}\s]/gu;

/**
 * A greeting or thanks alone, or a request for the whole document's gist with
 * no content word left once the request words are taken away ("总结一下"
 * yes, "总结一下王晓明提到的三个问题" no). `words` are the question's
 * segmented words (jieba for Chinese, lower-case Latin words).
 */
export function detectConversation(text: string, words: readonly string[]): Conversation | undefined {
  const plain = text.toLowerCase().replace(NO_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (plain === '') return undefined;
  const compact = plain.replace(/\s+/g, '');
  if (compact === 'tldr') return 'overview';
  const latin = plain.split(' ');
  if ((SMALL_TALK_ZH.test(compact) && SMALL_TALK_CORE_ZH_ANY.test(compact)) || (/^[a-z ]+$/.test(plain) && SMALL_TALK_CORE_EN.test(plain) && latin.every((w) => SMALL_TALK_EN.has(w)))) return 'greeting';
  const tokens = words.map((w) => w.toLowerCase()).filter((w) => w.replace(NO_WORD, '').trim() !== '');
  if (tokens.length === 0) return undefined;
  const summary = tokens.some((w) => SUMMARY_WORDS.has(w));
  const aboutDocument = tokens.some(isDocumentWord) && /什么|啥|哪些|\babout\b|\bsay|\bcover|\bdiscuss/.test(plain);
  if (!summary && !aboutDocument) return undefined;
  const leftover = tokens.filter((w) => !SUMMARY_WORDS.has(w) && !isDocumentWord(w) && !REQUEST_WORDS.has(w));
  return leftover.length === 0 ? 'overview' : undefined;
}

/** Thanks before farewell before acknowledgement: "ok thanks, bye" is thanked. */
export function salutationOf(text: string): Salutation {
  if (/谢|感谢|辛苦/u.test(text) || /\b(thanks|thank|thx|ty|cheers)\b/i.test(text)) return 'thanks';
  if (/再见|拜拜|回头见|明天见/u.test(text) || /\b(bye|goodbye|cya|see you|later)\b/i.test(text)) return 'goodbye';
  if (/好的|^好|收到|明白|知道了|了解|嗯/u.test(text) || /\b(ok|okay|got it|cool|nice|great|alright|sure|understood|noted)\b/i.test(text)) return 'ok';
  return 'hello';
}

/**
 * Who-, which- and where-words asking the doer or the place of an act: 谁, 哪家公司, 哪个单位, 什么公司 (什么 only before
 * a noun: 用什么制作 asks a material), 在哪里 (是在哪里举办的 is answered by a sentence telling 举办, not by any place).
 */
const CLEFT_ASKED = /^(?:谁|哪家|哪个|哪位|哪所|什么|哪里|哪儿|何处|何地)$/u;

/** The agent marker of a passive (会议由谁主持, 被哪个队选中): the doer asked comes right after it, the act last. */
const AGENT_MARK = /^(?:由|被)$/u;

/**
 * The act a Chinese question asks the doer or the place of, when it asks in a cleft (…是哪家公司生产的, …是由谁主持的,
 * …是在哪里举办的) or as the agent of a passive that ends the question (会议由谁主持, 新门禁卡由哪家公司制作), and
 * not when (是哪一年签订的: a date is given with another verb as often as with the same one, 发布 answered by 上线).
 * `tagged`: the question's jieba cut. In both shapes the act is the question's last word (but a cleft's 的); asking
 * "谁主持了…" with the verb inside the question cost 10 false declines on CMRC's fit part.
 */
export function actAsked(tagged: readonly { word: string; tag: string }[]): string | undefined {
  const cleft = tagged[tagged.length - 1]?.word === '的';
  const at = tagged.findIndex(({ word }, i) => CLEFT_ASKED.test(word) && (cleft || AGENT_MARK.test(tagged[i - 1]?.word ?? '')));
  if (at < 0) return undefined;
  let i = at + 1;
  if (/^n/.test(tagged[i]?.tag ?? '')) i++;
  else if (tagged[at]?.word === '什么') return undefined;
  if (/^(?:所|来)$/u.test(tagged[i]?.word ?? '')) i++;
  const verb = tagged[i];
  const last = cleft ? tagged.length - 2 : tagged.length - 1;
  return verb && /^v/.test(verb.tag) && verb.word.length >= 2 && verb.word !== '是' && i === last ? verb.word : undefined;
}
