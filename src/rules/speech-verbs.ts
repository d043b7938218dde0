/**
 * The speech-verb vocabulary, in one place (issue 15): every word that reports speech (`kata`, `ujar`,
 * `mengatakan`, `demikian disampaikan`, `menurut` …), each tagged with the uses that read it. Three stages
 * read these words, each its own selection: the entity rules (a name next to a speech verb is a
 * person), the quote cues (who a quote is attributed to, by where the word stands) and the commitment
 * stage (a speech word closes a commitment's content). The selections differ on purpose: making them
 * one list changed records (docs/DECISIONS.md), so each consumer reads exactly the entries tagged for it
 * and nothing else, and a word is added to a use by adding its tag here. `test/one-home.test.ts` fails
 * when a speech word is listed again in one of the consumers' files.
 *
 * Source: manual, from Indonesian press-release usage (the lists of lexicon.ts, quote-cues.ts and
 * commitment-words.ts, joined without change).
 */

/** The uses of a speech word, by the list that reads it. */
export const SPEECH_USES = {
  'entity.after': 'after a name, makes it a speaker (`Syarkawi mengatakan`): lexicon SPEECH_AFTER',
  'entity.before': 'before a name, a cue that it is a person (`kata Eva`): lexicon SPEECH_BEFORE',
  'entity.before-strict':
    'before a name, evidence enough for a person even when the name is a dictionary word (`kata Jero`): lexicon SPEECH_BEFORE_STRICT',
  'quote.after': 'right after the closing mark (`…," ujar Menlu`): quote cue quote.cue-after',
  'quote.after-demikian':
    'after `demikian` right after the closing mark (`…", demikian disampaikan X`): quote.cue-demikian',
  'quote.after-passive':
    'a passive speech verb alone right after the closing mark (`…", disampaikan X`): quote.cue-demikian',
  'quote.before': 'before the opening mark (`Menlu menegaskan, "…"`): quote cue quote.cue-before',
  'quote.menurut': '`Menurut X, "…"`: quote cue quote.menurut',
  'commit.function-word': 'before a name, does not make it a modifier of a noun: commit-words.function-words',
  'commit.clause-end': "closes a commitment's content (a new clause starts): commit-words.clause-end",
  'commit.light-verb':
    'a light verb whose subject owns a noun trigger (`menegaskan komitmen`): commit-words.light-verbs',
  'commit.blocker': 'a stance that keeps a trigger under it from being a commitment: commit-words.blockers',
} as const;
export type SpeechUse = keyof typeof SPEECH_USES;

/** Each speech word once, with its uses. */
const ENTRIES: readonly (readonly [string, readonly SpeechUse[]])[] = [
  [
    'kata',
    [
      'quote.after',
      'quote.after-demikian',
      'quote.before',
      'entity.before',
      'entity.before-strict',
      'commit.function-word',
      'commit.clause-end',
    ],
  ],
  [
    'ujar',
    [
      'quote.after',
      'quote.after-demikian',
      'quote.before',
      'entity.before',
      'entity.before-strict',
      'commit.function-word',
      'commit.clause-end',
    ],
  ],
  ['tutur', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['ucap', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['jelas', ['quote.after', 'entity.before', 'commit.function-word']],
  ['tegas', ['quote.after', 'quote.after-demikian', 'entity.before', 'entity.before-strict', 'commit.function-word']],
  ['ungkap', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['papar', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['imbuh', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['tambah', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['lanjut', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['terang', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['tandas', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['pungkas', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['sebut', ['quote.after', 'entity.before']],
  ['sambung', ['quote.after', 'entity.before', 'entity.before-strict']],
  ['tukas', ['quote.after']],
  ['pesan', ['quote.after']],
  ['tutup', ['quote.after']],
  ['seru', ['quote.after']],
  ['imbau', ['quote.after']],
  ['katanya', ['quote.after', 'quote.before', 'entity.before', 'entity.before-strict', 'commit.clause-end']],
  ['ujarnya', ['quote.after', 'quote.before', 'commit.clause-end']],
  ['tuturnya', ['quote.after', 'commit.clause-end']],
  ['ucapnya', ['quote.after']],
  ['jelasnya', ['quote.after', 'quote.before', 'commit.clause-end']],
  ['tegasnya', ['quote.after', 'quote.before', 'commit.clause-end']],
  ['ungkapnya', ['quote.after', 'quote.before', 'commit.clause-end']],
  ['paparnya', ['quote.after']],
  ['imbuhnya', ['quote.after', 'commit.clause-end']],
  ['imbaunya', ['quote.after', 'commit.clause-end']],
  ['tambahnya', ['quote.after', 'commit.clause-end']],
  ['lanjutnya', ['quote.after']],
  ['terangnya', ['quote.after']],
  ['tandasnya', ['quote.after']],
  ['pungkasnya', ['quote.after']],
  ['sebutnya', ['quote.after']],
  ['sambungnya', ['quote.after']],
  ['pesannya', ['quote.after']],
  ['tutupnya', ['quote.after']],
  ['serunya', ['quote.after']],
  ['mengatakan', ['quote.after', 'quote.before', 'entity.after']],
  ['menegaskan', ['quote.after', 'quote.before', 'entity.after', 'commit.light-verb']],
  ['menjelaskan', ['quote.after', 'quote.before', 'entity.after']],
  ['mengungkapkan', ['quote.after', 'quote.before', 'entity.after']],
  ['menambahkan', ['quote.after', 'quote.before', 'entity.after']],
  ['menyampaikan', ['quote.after', 'quote.before', 'entity.after', 'commit.light-verb']],
  ['menuturkan', ['quote.after', 'quote.before', 'entity.after']],
  ['memaparkan', ['quote.after', 'quote.before', 'entity.after']],
  ['menyatakan', ['quote.after', 'quote.before', 'entity.after', 'commit.light-verb']],
  ['menekankan', ['quote.after', 'quote.before', 'entity.after']],
  ['mengingatkan', ['quote.after', 'quote.before']],
  ['berpesan', ['quote.after', 'quote.before']],
  ['menandaskan', ['quote.after', 'quote.before']],
  ['menerangkan', ['quote.after', 'quote.before']],
  ['disampaikan', ['quote.after-demikian', 'quote.after-passive']],
  ['dikatakan', ['quote.after-demikian', 'quote.after-passive']],
  ['ditegaskan', ['quote.after-demikian', 'quote.after-passive']],
  ['diungkapkan', ['quote.after-demikian', 'quote.after-passive']],
  ['dijelaskan', ['quote.after-demikian', 'quote.after-passive']],
  ['disebutkan', ['quote.after-demikian']],
  ['dipaparkan', ['quote.after-demikian']],
  ['berkata', ['quote.before', 'entity.after']],
  ['mengucapkan', ['quote.before', 'commit.blocker']],
  ['bertutur', ['quote.before']],
  ['mengajak', ['quote.before']],
  ['mengimbau', ['quote.before', 'entity.after']],
  ['meminta', ['quote.before', 'entity.after']],
  // Written words: `Menkes menuliskan: "…"`, `Pesan Menhan berbunyi: "…"`.
  ['menuliskan', ['quote.before']],
  ['menulis', ['quote.before']],
  ['berbunyi', ['quote.before']],
  ['menurut', ['quote.menurut', 'entity.before', 'entity.before-strict']],
  ['menurutnya', ['quote.menurut']],
  ['bilang', ['entity.after']],
  ['mengaku', ['entity.after']],
  ['menilai', ['entity.after', 'commit.blocker']],
  ['berharap', ['entity.after', 'commit.blocker']],
  ['menyebutkan', ['entity.after']],
  ['mengakui', ['entity.after']],
  ['said', ['entity.after', 'entity.before', 'entity.before-strict']],
  ['says', ['entity.after']],
  ['told', ['entity.after']],
  ['kata-nya', ['entity.before']],
];

/** The speech words with their uses, checked at load: lower case, each word once, each with a known use. */
export const SPEECH_VERBS: readonly { word: string; uses: readonly SpeechUse[] }[] = (() => {
  const seen = new Set<string>();
  return ENTRIES.map(([word, uses]) => {
    if (seen.has(word)) throw new Error(`[E010] speech word "${word}" listed twice in speech-verbs.ts`);
    if (word !== word.toLowerCase() || uses.length === 0 || uses.some((u) => !(u in SPEECH_USES)))
      throw new Error(`[E010] speech word "${word}": lower case, with at least one known use`);
    seen.add(word);
    return { word, uses };
  });
})();

/** The words tagged with `use`, in table order. */
export function speechWords(use: SpeechUse): string[] {
  return SPEECH_VERBS.filter((v) => v.uses.includes(use)).map((v) => v.word);
}
