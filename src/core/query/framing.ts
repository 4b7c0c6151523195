/**
 * Words that say how a question is asked rather than what about: "how is X
 * described", "what role", "what is the content of". They rarely occur in the
 * sentence that answers, so their absence from the report says nothing — unlike
 * a concrete noun such as 股价 or 预算, whose absence usually means the report
 * does not say. Nor do the words naming the document itself ("季度报告里续约率是多少？"):
 * a report seldom calls itself a report in its text.
 */
/** Nouns naming a report itself (季度报告里…, 这份周报是谁写的): how a question points at the documents. */
export const DOCUMENT_NOUNS = ['报告', '周报', '月报', '季报', '年报', '文件', '文档', '简报', '纪要'] as const;

const FRAMING = new Set([
  ...`评价 形容 比作 比喻 看待 认为 扮演 角色 担任 职务 职位 身份 头衔 内容 时期 阶段 表现 表演 影响 作用 意义 原因 目的 措施 办法 方式 方法
要求 计划 希望 情况 特点 特征 难题 难点 问题 方面 观点 看法 态度 说法 会上 期间 时候 最近 具体 主要 重点 关键 核心内容 概括 总结 介绍 说明
描述 解释 含义 定位 理由 结果 效果 成果 趋势 前景 方向 目标 任务 举措 举例 例子 部分 哪点 什么样`.split(/\s+/),
  ...DOCUMENT_NOUNS,
]);

export function isFraming(word: string): boolean {
  return FRAMING.has(word);
}

/** English words asking who someone is (their post, role, title): the English of 职务, 角色, 头衔, 身份. */
const IDENTITY_FRAMING = new Set(['position', 'positions', 'post', 'role', 'roles', 'title', 'titles', 'job', 'occupation', 'identity']);

export function isIdentityFraming(word: string): boolean {
  return IDENTITY_FRAMING.has(word);
}

/**
 * English verbs a when- or where-question asks the date or place of an event with ("When will the audit take
 * place?", "When did the fire happen?", "Where was the launch held?"): the event is the noun, and a report dates or
 * places it without them (审核时间为12月16日至17日). "place" only after take.
 */
const WHEN_FRAMING = new Set(['happen', 'happens', 'happened', 'occur', 'occurs', 'occurred', 'held']);

export function isWhenFraming(word: string, previous: string | undefined): boolean {
  return WHEN_FRAMING.has(word) || (word === 'place' && /^t(?:ake|akes|ook|aken|aking)$/.test(previous ?? ''));
}

/**
 * English words asking where someone works ("Which company does Wang Xiaoming work for?"): about a person the
 * question names, they ask who that person is, like 职务; without a person ("Which company makes it?") they
 * name what is asked and stay.
 */
const EMPLOYER_FRAMING = new Set(['company', 'companies', 'firm', 'employer', 'organisation', 'organization', 'work', 'works', 'worked', 'working']);

export function isEmployerFraming(word: string): boolean {
  return EMPLOYER_FRAMING.has(word);
}

/**
 * Nouns that name a quantity rather than a thing (比例, 数量, 款数, 规模, 钱 in 多少钱): how a counting question asks,
 * which the answer states as a number (超过半数, 六百五十元), so their absence from the documents says nothing.
 */
const QUANTITY_FRAMING = new Set(
  '数量 数目 总数 个数 人数 款数 家数 次数 件数 台数 比例 比重 占比 份额 规模 程度 幅度 增幅 增速 速度 比率 水平 数字 数额 金额 钱 总量 大小 多少'.split(' '),
);

/** Quantity nouns a compound may end in (产品数量, 市场规模): one character (钱) is too little to be a compound's head. */
const QUANTITY_HEADS = [...QUANTITY_FRAMING].filter((q) => q.length >= 2);

/** A quantity noun, or a compound ending in one (产品数量, 市场规模). */
export function isQuantityFraming(word: string): boolean {
  return QUANTITY_FRAMING.has(word) || QUANTITY_HEADS.some((q) => word.endsWith(q));
}
