import { type Language } from '../reply.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * Chinese unless the question is mostly Latin-script words: a mixed question
 * such as "What is 数据库?" is framed in English, "API网关是什么" in Chinese.
 */
export function detectLanguage(question: string): Language {
  const han = question.match(HAN)?.length ?? 0;
  const latinWords = question.match(LATIN_WORD)?.length ?? 0;
  if (han === 0) return latinWords > 0 ? 'en' : 'zh';
  // A Han character carries about a word's meaning; count 2 per Latin word.
  return latinWords * 2 > han ? 'en' : 'zh';
}
