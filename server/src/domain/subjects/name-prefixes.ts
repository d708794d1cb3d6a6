import { cleanText } from './identity'

/** A name search looks at this many characters of what was typed (and of each word of the name). */
export const MAX_NAME_PREFIX = 40
/** Words of a name that a search can start at (the name's own start included). */
export const MAX_NAME_WORDS = 12
/**
 * The prefix lengths whose keys are stored (decision 0084): a search of another length looks up the longest of
 * these it reaches and keeps the candidates whose decrypted name matches. Every length up to 8 is there: the
 * searches people type are mostly short (a 4-, 6- or 7-letter surname), and a short key stands for very many
 * people ("jan" for every "jans", "janssens", "jansen"...); past 8 characters a key's candidates are few, and the
 * lengths grow by about 1.6x.
 */
export const NAME_KEY_LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 13, 21, 34] as const

/** The form names and searches are compared in: cleaned, lower case. */
function comparable(value: string): string {
  return cleanText(value).toLowerCase()
}

/** The name from the start of each of its words on (the name itself first), as a search compares it. */
function wordStarts(name: string): string[] {
  const text = comparable(name)
  const rests = [text]
  for (let i = 1; i < text.length && rests.length < MAX_NAME_WORDS; i++)
    if (text[i - 1] === ' ') rests.push(text.slice(i))
  return rests
}

/**
 * The texts whose keyed hashes are stored for a name (its own text is kept encrypted): the prefixes of the name,
 * and of the name from the start of each of its words on, at the lengths of NAME_KEY_LENGTHS. "Jan Peeters" ->
 * "j", "ja", "jan", "jan ", "jan p", "jan pe", "jan pee", "jan peet", "p", "pe", "pee", "peet", "peete", "peeter", "peeters".
 */
export function namePrefixes(name: string): string[] {
  const prefixes = new Set<string>()
  for (const rest of wordStarts(name)) {
    for (const length of NAME_KEY_LENGTHS) {
      if (length > rest.length) break
      prefixes.add(rest.slice(0, length))
    }
  }
  return [...prefixes]
}

/** The prefix a search text is looked up by (empty when there is nothing to search). */
export function searchPrefix(query: string): string {
  return comparable(query).slice(0, MAX_NAME_PREFIX)
}

/**
 * How a search prefix is looked up: by the key of its longest stored length (`keyed`); when that is the whole
 * prefix (`exact`) every candidate matches, otherwise each is checked with `nameMatches`.
 */
export function nameLookup(prefix: string): { keyed: string; exact: boolean } {
  let length = 0
  for (const l of NAME_KEY_LENGTHS) if (l <= prefix.length) length = l
  return { keyed: prefix.slice(0, length), exact: length === prefix.length }
}

/** Whether a search prefix (`searchPrefix`) finds this name: the start of the name or of one of its words. */
export function nameMatches(name: string, prefix: string): boolean {
  if (prefix === '') return false
  return wordStarts(name).some((rest) => rest.startsWith(prefix))
}
