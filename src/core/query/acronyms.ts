/**
 * Acronyms and abbreviations, found from the dictionary and the corpus — never
 * listed by hand:
 * - a proper-name gloss spells its acronym by the initials of its capitalised
 *   words ("National Development and Reform Commission" → ndrc);
 * - the corpus may define one itself: 国家发展和改革委员会（NDRC）;
 * - a Chinese abbreviation (发改委, glossed "(abbr)" or "abbr. for X") stands
 *   for the corpus spans that start with its first character, end with its
 *   last and hold the others in order (国家发展和改革委员会).
 */

/** Little words a proper name's acronym skips (of, and, the…). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', 'a', 'an', '&']);

/**
 * The acronym a gloss part spells, when it reads as a proper name: at least two
 * words, every word other than the little ones capitalised.
 */
export function initialsOf(glossPart: string): string | undefined {
  const plain = glossPart.replace(/\([^)]*\)/g, ' ').replace(/[^A-Za-z' &-]/g, ' ').trim();
  const words = plain.split(/[\s-]+/).filter((w) => w !== '');
  const content = words.filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (content.length < 2 || content.length > 10 || !content.every((w) => /^[A-Z]/.test(w))) return undefined;
  return content.map((w) => w[0]?.toLowerCase() ?? '').join('');
}

/** `(abbr)` or `abbr. for X|Y[pinyin]`: the word is a short form, of X when the gloss says so. */
export function abbreviationOf(gloss: string): { abbreviation: boolean; full: string[] } {
  const full = [...gloss.matchAll(/abbr\.? (?:for|of|to) ([^\s,;[]+)/gi)].flatMap((m) => (m[1] ?? '').split('|'));
  return { abbreviation: full.length > 0 || /\(abbr\.?\)/i.test(gloss), full: full.filter((f) => /\p{Script=Han}/u.test(f)) };
}

/** Acronyms the corpus defines in brackets right after a name: 国家发展和改革委员会（NDRC）, 人工智能(AI). */
export function definedAcronyms(text: string): { acronym: string; chinese: string }[] {
  const out: { acronym: string; chinese: string }[] = [];
  for (const m of text.matchAll(/(\p{Script=Han}{2,12})[（(]([A-Z][A-Za-z0-9]{1,9})[)）]/gu)) {
    if (m[1] && m[2] && /^[A-Z0-9]+$/.test(m[2].replace(/[a-z]/g, (c) => c.toUpperCase())) && m[2].replace(/[^A-Z]/g, '').length >= 2) out.push({ acronym: m[2].toLowerCase(), chinese: m[1] });
  }
  return out;
}

/** Longest full form considered, per character of the abbreviation. */
const SPAN_PER_CHARACTER = 3;

/**
 * Corpus spans an abbreviation can stand for: within one run of Han text, from
 * its first character to its last, holding every character in order, longer
 * than the abbreviation itself and at most SPAN_PER_CHARACTER times as long.
 * Only the shortest span from each start counts (国家发展和改革委员会, not …会…会).
 */
export function expansionsIn(abbreviation: string, texts: readonly string[]): string[] {
  const chars = [...abbreviation];
  if (chars.length < 2) return [];
  const first = chars[0] as string;
  const max = chars.length * SPAN_PER_CHARACTER;
  const found = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (let start = run.indexOf(first); start !== -1; start = run.indexOf(first, start + 1)) {
        let k = 1;
        for (let i = start + 1; i < run.length && i - start < max; i++) {
          if (run[i] !== chars[k]) continue;
          k++;
          if (k === chars.length) {
            const span = run.slice(start, i + 1);
            if (span.length > chars.length) found.add(span);
            break;
          }
        }
      }
    }
  }
  return [...found];
}
