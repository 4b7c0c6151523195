/**
 * Function words and question words: they say what is asked, not what about,
 * so they neither match paragraphs nor count as terms the report must contain.
 */
const CHINESE = `的 了 是 在 和 与 及 或 也 都 就 还 又 而 并 把 被 对 为 以 于 从 向 到 由 给 让 将 会 能 可 要 该 这 那 这个 那个 这些 那些
其 之 着 过 吗 呢 吧 啊 呀 么 嘛 哪 哪些 哪个 哪里 哪儿 哪家 哪天 哪几 几 几个 多少 多大 多久 多长 什么 啥 怎么 怎样 怎么样 如何 为何 为什么
谁 何 何时 何地 是否 有没有 是不是 有 没有 一个 一些 请问 请 告诉 我 我们 你 你们 他 他们 她 它 吗 说 提到 认为 表示 指出 关于 情况
哪方面 什么样 哪种 哪类 等 等等 个 些 种 所 则 即 但 但是 如果 因为 所以 中 上 下 里 内`;

const ENGLISH = `a an the of to in on at for from by with about as and or but not no is are was were be been being do does did done
has have had what which who whom whose when where why how much many does it its this that these those there their they them he she his her
i me my we our you your can could will would should shall may might must please tell say said says according report reports
above after again against all am any because before below between both during each few further here into more most other over own same
so some such than then through too under until up very while also just only ever even yet still get got gets make makes made
kind kinds sort sort type types way ways thing things something anything come comes came go goes went going gone give gives gave take takes took taken taking
like else mention mentions mentioned describe describes described know tells told let lets via per among upon within
think thinks thought believe believes believed`;

/** English speech verbs said with a particle, framing like 指出 (point out): what is asked is what was said. */
const SPEECH_PHRASE = /^point(?:s|ed|ing)? out$/;

/** Is `verb particle` a speech verb that frames the question (pointed out)? */
export function isSpeechPhrase(verb: string, particle: string): boolean {
  return SPEECH_PHRASE.test(`${verb} ${particle}`);
}

const STOPWORDS = new Set([...CHINESE.split(/\s+/), ...ENGLISH.split(/\s+/)].filter((w) => w !== ''));

/**
 * 第几届, 多少款, 几个, 那张, 这位, 哪座, 哪一部: question and pointing words, whatever measure word jieba glues to
 * them. A measure word says nothing of the answer ("扎加藏布发源于哪座山？" is answered by "发源于唐古拉山"); 哪年 and
 * 哪国 are left out, as they name what is asked (a year, a country).
 */
const ASKING = /几|多少|^[这那哪]一?[个张位些种件条篇段次家款项座所部本首支只名台辆艘场届门间栋幢层处句期集份套样类片块颗棵根]$/u;

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || ASKING.test(word);
}
