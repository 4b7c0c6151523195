/**
 * Names written in pinyin: "Wang Xiaoming", "Xiaoming Wang" or "wang-xiaoming" in an
 * English question find 王晓明 in the report. The index build collects the
 * corpus's names (jieba's person, place, organisation and proper-noun tags,
 * words jieba does not know, and speaker labels) and keys each by its toneless
 * pinyin without spaces (pinyin-pro, surnames read as surnames); a question's
 * run of Latin words is matched against those keys, surname first or last.
 */
import { type Paragraph } from '../reply.js';
import { tag } from '../index/segmenter.js';

/** jieba tags of names and proper nouns; `x` is a word jieba does not know (most given names). */
const NAME_TAGS = /^(nr|nrfg|nrt|ns|nt|nz|x)$/;
const NAME = /^\p{Script=Han}{2,4}$/u;

/** Words of the corpus that may be names, as written there. */
export function nameCandidates(paragraphs: readonly Paragraph[]): string[] {
  const out = new Set<string>(labelledNames(paragraphs));
  for (const p of paragraphs) {
    const tagged = tag(`${p.headline}\n${p.text}`);
    tagged.forEach((t, i) => {
      if (!NAME_TAGS.test(t.tag) || !NAME.test(t.word)) return;
      out.add(t.word);
      // jieba splits some three-character names (张晓青 → 张晓/青): keep the word with the next character too.
      const next = tagged[i + 1]?.word ?? '';
      if (t.word.length === 2 && /^\p{Script=Han}$/u.test(next)) out.add(t.word + next);
    });
  }
  return [...out];
}

/** The people the documents themselves label: speakers (王晓明：…) and bylines (晓文). */
export function labelledNames(paragraphs: readonly Paragraph[]): string[] {
  const out = new Set<string>();
  for (const p of paragraphs) {
    if (p.speaker?.name && NAME.test(p.speaker.name)) out.add(p.speaker.name);
    if (p.byline && NAME.test(p.byline)) out.add(p.byline);
  }
  return [...out];
}

/** Toneless pinyin keys of a name: wang+xiao+ming → wangxiaoming (ü also as v and u). */
export function pinyinKeys(syllables: readonly string[]): string[] {
  const joined = syllables.join('').toLowerCase();
  return [...new Set([joined, joined.replace(/ü/g, 'v'), joined.replace(/ü/g, 'u'), joined.replace(/ü/g, 'yu')])];
}

export interface NameMatch {
  /** First and (exclusive) last index of the words matched. */
  start: number;
  end: number;
  english: string;
  chinese: string[];
}

/** Longest syllable runs tried: a four-character name may be written as four words. */
const MAX_WORDS = 4;

/**
 * Name matches in a run of Latin words (lower case), longest first. A match is
 * at least two syllables long by construction (names are 2–4 characters), so
 * one short English word cannot stand for a name by itself.
 */
export function matchNames(names: Readonly<Record<string, string[]>>, words: readonly string[]): NameMatch[] {
  const out: NameMatch[] = [];
  const clean = words.map((w) => w.toLowerCase().replace(/['’-]/g, ''));
  for (let i = 0; i < clean.length; ) {
    let matched: NameMatch | undefined;
    for (let n = Math.min(MAX_WORDS, clean.length - i); n >= 1 && !matched; n--) {
      const slice = clean.slice(i, i + n);
      // Surname first (Wang Xiaoming) or, for two words or more, last (Xiaoming Wang).
      const orders = n > 1 ? [slice, [slice[n - 1] as string, ...slice.slice(0, -1)]] : [slice];
      for (const order of orders) {
        const chinese = names[order.join('')];
        if (chinese && chinese.length > 0) {
          matched = { start: i, end: i + n, english: words.slice(i, i + n).join(' '), chinese };
          break;
        }
      }
    }
    if (matched) {
      out.push(matched);
      i = matched.end;
    } else i++;
  }
  return out;
}
