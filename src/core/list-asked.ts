/**
 * A list question whose every word is a list's heading ("有哪些问题？", "What are the problems?" over 三、存在问题) asks
 * that list, though retrieval may rank first a paragraph of another section that writes the word more often
 * (审计问题的整改 under 本月主要工作). The list's item goes first, so the rules judge it and the answer gives the list.
 */
import { namesListHeadline } from './answerability.js';
import { type AnalysedQuery } from './query/analyse.js';
import { type Ranked } from './retrieve.js';

/** How deep among the ranked paragraphs a list named by the question is looked for. */
const LIST_SEARCH_DEPTH = 5;

/**
 * `ranked` with the first list item whose headline names the question moved to the front, when the question asks a
 * list (哪些, what are) and the paragraph ranked first is not already one. `listHeadline` gives a list item's
 * headline in matching form, undefined for any other paragraph.
 */
export function preferListAsked(query: AnalysedQuery, ranked: Ranked[], listHeadline: (index: number) => string | undefined): Ranked[] {
  if (!query.intent.list || ranked.length < 2) return ranked;
  const names = (r: Ranked | undefined): boolean => r !== undefined && namesListHeadline(query, listHeadline(r.index));
  if (names(ranked[0])) return ranked;
  const at = ranked.slice(0, LIST_SEARCH_DEPTH).findIndex(names);
  return at <= 0 ? ranked : [ranked[at] as Ranked, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}
