import { diffWordsWithSpace } from 'diff'

/** A piece of a changed text: kept on both sides, only in the older version, or only in the newer. */
export interface WordPart {
  op: 'same' | 'removed' | 'added'
  text: string
}

/**
 * Beyond this many words (and spaces) taken out or put in, the two texts are too different for a word-by-word
 * highlight to help a reader; the diff then shows both sides whole. Also bounds jsdiff's work (O(N·D)).
 */
export const MAX_WORD_EDITS = 400

/**
 * What was taken out and put in inside a changed text, word by word (jsdiff's diffWordsWithSpace: each word,
 * punctuation mark, run of spaces and line break is a token, so a list's lines stay apart). The older text is the
 * `same` and `removed` parts in order, the newer the `same` and `added` parts; within one change the removed part
 * comes before the added one. Null when one side is empty (the whole field was added or emptied) or the texts
 * differ in more than MAX_WORD_EDITS tokens.
 */
export function wordDiff(before: string | null, after: string | null): WordPart[] | null {
  if (before === null || after === null) return null
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS })
  if (!changes) return null
  const parts: WordPart[] = []
  for (const c of changes) {
    if (c.value === '') continue
    const op = c.added ? 'added' : c.removed ? 'removed' : 'same'
    const last = parts.at(-1)
    if (last && last.op === op) last.text += c.value
    else parts.push({ op, text: c.value })
  }
  return parts
}
