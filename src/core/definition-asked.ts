/**
 * Questions asking what a term is or means (什么是X, X的定义是什么, X指的是什么, X是什么意思): answered only by a
 * sentence that defines the term — the term followed by a copula or a word of meaning (X是…, X指…, X，又称…，是…,
 * X的意思是…), or named after a word of naming (俗称X, 史称X, 叫做X). "胜任力的定义是什么？" was answered with
 * "每种胜任力涉及一组特定的行为…" once the defining sentence was gone, and "什么是票王？" (off the corpus) with a sentence
 * about a 动物王. In CMRC's train and fit parts 47 of 56 such questions' gold sentences define the term so, against 50
 * of their passages' 672 other sentences.
 */

/** The shapes of a definition question, each capturing the term asked. */
const DEFINITION_ASKED = [
  /^什么(?:是|叫|叫做)(.+?)[？?]?$/u,
  /^(.+?)(?:的定义|的含义|的涵义|的意思)(?:是什么|为何|是怎样的|指的是什么|是指什么|指什么)/u,
  /^(.+?)(?:是什么意思|指的是什么|是指什么|指什么|意指什么|意思是什么)/u,
];

/** Where the term is asked in (在英文中), what it is called (一词), and adverbs before the asking verb (原本指, 分别指). */
const TERM_TAIL = [/在[^在]*[中里内上]$/u, /(?:一词|这个词|这个名称|这个名字)$/u, /(?:原本|原来|本来|分别|主要|具体|究竟|到底|一般|通常|又|也|则|就|都|所)$/u];

/** Quote marks and spaces: 「唐音」 and 唐音 are one term. */
const MARKS = /[「」『』“”"‘’《》〈〉\s·・]/gu;

const BRACKETED = /（[^）]*）|\([^)]*\)/gu;

/** An alias between the term and what it is (内台航路，或称内台航线，是…). */
const ALIAS = '(?:[，,、]?(?:或|或者|又|亦|也)?(?:称|作|译|名|叫)[^，。]{0,10}?[，,])?';

/**
 * Written right after the term (its bracket dropped; an alias, a comma or an adverb may come between): the sentence says
 * what it is. A word of meaning may also come after a clause on the term's origin or kind ("Heuco"来自西班牙语，意思是…;
 * 喇嘛，藏传佛教术语，意为…).
 */
const DEFINING = new RegExp(
  `^(?:${ALIAS}[，,]?(?:就|即|乃|也|则|正|便|分别|原本|本来|原来|通常|一般)?(?:的意思|的定义|的含义|的英文|是|叫做|指|即|意为|意思|意指|为|定义为|又称|也称|亦称|简称|泛指|专指|特指|系|乃|：|:)|[^，。]{0,10}[，,](?:意思|意为|意指|即)|(?:[，,][^，。]{0,12}){1,2}[，,](?:意思|意为|意指|意译为|即|是|指|专指|泛指))`,
  'u',
);

/** Written just before the term: the sentence names what it describes by it (俗称「票王」, 史称十香词冤案). */
const NAMING_BEFORE = /(?:称为|称作|叫做|叫作|所谓|俗称|统称|合称|简称|称之为|史称|人称|被称|称)[^，。]{0,4}$/u;

const plain = (text: string): string => text.replace(MARKS, '').toLowerCase();

/** The term a Chinese definition question asks, in matching form; undefined for other questions and for "这句话是什么意思". */
export function definedTermAsked(question: string): string | undefined {
  const text = question.trim();
  for (const shape of DEFINITION_ASKED) {
    const match = shape.exec(text);
    if (!match?.[1]) continue;
    let term = match[1];
    for (const tail of TERM_TAIL) term = term.replace(tail, '');
    // 在抽象代数中，同构 asks 同构, and 广义的唐音 asks 唐音: the head after the last comma and 的 is what a sentence defines.
    term = plain(term.replace(BRACKETED, '')).split(/[，,]/u).pop() ?? '';
    term = term.split('的').pop() ?? '';
    if (term.length < 2 || term.length > 10 || /^[这那该其它此]/u.test(term) || /[，,。；;：:！!？?、和与及]/u.test(term)) return undefined;
    return term;
  }
  return undefined;
}

/** Whether the sentence defines the term (see the module comment). */
export function definesTerm(sentence: string, term: string): boolean {
  const marked = plain(sentence);
  for (let at = marked.indexOf(term); at >= 0; at = marked.indexOf(term, at + 1)) {
    if (NAMING_BEFORE.test(marked.slice(Math.max(0, at - 8), at))) return true;
  }
  const bare = plain(sentence.replace(BRACKETED, ''));
  for (let at = bare.indexOf(term); at >= 0; at = bare.indexOf(term, at + 1)) {
    if (DEFINING.test(bare.slice(at + term.length, at + term.length + 14))) return true;
  }
  return false;
}
