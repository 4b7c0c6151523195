/** wink-lexicon ships no types; only its irregular-verb table is used (every form → its base form). */
declare module 'wink-lexicon/src/irregular-verbs.js' {
  const irregularVerbs: Readonly<Record<string, string | undefined>>;
  export default irregularVerbs;
}
