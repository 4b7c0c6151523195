/**
 * A question may ask of one kind of a thing, named by a word before the thing (联合直播: the joint livestream), where
 * the documents write of several kinds (新品直播, 联合直播). A sentence about another kind (12月4日晚的新品直播由主播林悦
 * 主持) does not answer it: "联合直播由谁主持？" quoted that host. Only kinds the documents themselves write as one
 * phrase count, so the question's pairing is one they make, not a paraphrase of theirs.
 */
import { tag } from './index/segmenter.js';

/** A kind of thing a question names, which the documents write as one phrase. */
export interface KindNamed {
  /** The word naming the kind (联合). */
  modifier: string;
  /** The thing (直播). */
  head: string;
}

/** Words that name a kind: nouns, verbal nouns, verbs used as attributes (联合), adjectives and distinguishers. */
const MODIFIER_TAGS = /^(?:n|vn|v|a|an|b|nz)$/u;
/** The thing: a noun or a verbal noun. */
const HEAD_TAGS = /^(?:n|vn|nz)$/u;
/** A word the sentence names its own kind with: nouns and names of any sort, distinguishers. */
const OTHER_KIND_TAGS = /^(?:n|vn|nz|b|nr|ns|nt|j)$/u;

const isWord = (word: string): boolean => /^\p{Script=Han}{2,}$/u.test(word);

/**
 * An asking word right before the pair (哪一|征税|系统, 什么|产品|类型) asks which kind: the sentence's own kind (由国税系统
 * 征收) is then the answer, not another thing.
 */
const WHICH_BEFORE = /(?:哪|什么|何|啥)[一个些种类家所项位款]?$/u;

/** The modifier–thing pairs of a Chinese question that the documents write as one phrase (`writes`). */
export function kindsNamed(question: string, writes: (phrase: string) => boolean): KindNamed[] {
  const words = tag(question);
  const kinds: KindNamed[] = [];
  for (let i = 1; i < words.length; i++) {
    const modifier = words[i - 1]!;
    const head = words[i]!;
    if (!MODIFIER_TAGS.test(modifier.tag) || !HEAD_TAGS.test(head.tag) || !isWord(modifier.word) || !isWord(head.word)) continue;
    const before = words.slice(0, i - 1).map((w) => w.word).join('');
    if (WHICH_BEFORE.test(before)) continue;
    if (writes(modifier.word + head.word)) kinds.push({ modifier: modifier.word, head: head.word });
  }
  return kinds;
}

/**
 * Does the sentence speak of another kind of a thing the question names a kind of: it writes the thing right after a
 * word of its own (新品|直播) and nowhere the question's word for the kind (联合)?
 */
export function quotesOtherKind(kinds: readonly KindNamed[], sentence: { text: string } | undefined): boolean {
  if (sentence === undefined || kinds.length === 0) return false;
  const words = tag(sentence.text);
  return kinds.some(({ modifier, head }) => {
    if (sentence.text.includes(modifier)) return false;
    return words.some((w, i) => i > 0 && w.word === head && OTHER_KIND_TAGS.test(words[i - 1]!.tag) && isWord(words[i - 1]!.word));
  });
}
