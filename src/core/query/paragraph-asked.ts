/**
 * A message that asks for one paragraph by its number — "第3段", "第三段讲了什么？", "¶3", "What does paragraph 3
 * say?", "report.txt#3" — as people do once answers cite ¶N. It is looked up, not searched for: no sentence of the
 * documents answers "what does paragraph 3 say", and retrieval declined every such message.
 */

/** Paragraph N, of the document named when one is (as typed: a path, a file name, with or without extension). */
export interface ParagraphAsked {
  document?: string;
  paragraph: number;
}

const ZH_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, ３, 三, 十二, 二十, 一百零五: a paragraph number as people write it (up to 999). */
export function paragraphNumber(written: string): number | undefined {
  const digits = written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(digits)) return Number(digits);
  let total = 0;
  let pending = 0;
  for (const character of written) {
    const digit = ZH_DIGITS[character];
    if (digit !== undefined) pending = digit;
    else if (character === '十') (total += (pending || 1) * 10), (pending = 0);
    else if (character === '百') (total += (pending || 1) * 100), (pending = 0);
    else return undefined;
  }
  const value = total + pending;
  return value > 0 ? value : undefined;
}

const NUMBER = '([0-9０-９]+|[零〇一二两三四五六七八九十百]+)';
/** 请给我看看 report.txt 的第三段原文讲了什么 */
const CHINESE = new RegExp(
  `^(?:请)?(?:给我|帮我)?(?:看看|看一下|看下|显示|查看|打开|读一下|念一下)?(?:(\\S+?)\\s*的?\\s*)?(?:第\\s*${NUMBER}\\s*段|¶\\s*${NUMBER})(?:的)?(?:原文|全文|内容)?(?:讲了什么|说了什么|写了什么|讲的是什么|说的是什么|写的是什么|讲的什么|说的什么|写的什么|是什么|讲什么|说什么|写什么|呢)?$`,
  'u',
);
/** show me paragraph 3 of report.txt, what does ¶3 say, para 3 */
const ENGLISH =
  /^(?:please )?(?:(?:show|give|read|open|display)(?: me)?|what (?:does|did|is in|'s in|s in)|whats in)? ?(?:the )?(?:paragraph|para|par|¶) ?#?([0-9]+)(?: (?:of|in|from) (?:the )?(\S+))? ?(?:say|says|said|contain|contains|mean)?$/i;
/** The documents as a whole (这份报告, the report): no document in particular. */
const ANY_DOCUMENT = /^(?:这份|这篇|这个|本|该|此)?(?:报告|文章|文档|文件|材料|报道|周报|全文)$|^(?:report|document|article|text|file)$/iu;
/** report.txt#3, the form buttons and /source use. */
const REF = /^(\S*?)#([0-9]+)$/u;

/** The paragraph a message asks for, or undefined when it asks anything else. */
export function paragraphAsked(message: string): ParagraphAsked | undefined {
  const text = message.trim().replace(/[？?。.!！\s]+$/u, '').replace(/\s+/g, ' ');
  const ref = REF.exec(text);
  if (ref) return asked(ref[1], Number(ref[2]));
  const english = ENGLISH.exec(text);
  if (english) return asked(english[2], Number(english[1]));
  const chinese = CHINESE.exec(text);
  const written = chinese?.[2] ?? chinese?.[3];
  if (!chinese || written === undefined) return undefined;
  const paragraph = paragraphNumber(written);
  return paragraph === undefined ? undefined : asked(chinese[1], paragraph);
}

function asked(document: string | undefined, paragraph: number): ParagraphAsked | undefined {
  if (!Number.isSafeInteger(paragraph)) return undefined;
  const named = document?.trim().replace(/[的之]$/u, '');
  return named && !ANY_DOCUMENT.test(named) ? { document: named, paragraph } : { paragraph };
}
