import { cleanText } from './identity'

/** A name search looks at this many characters of what was typed (and of each word of the name). */
export const MAX_NAME_PREFIX = 40
/** Words of a name that a search can start at (the name's own start included). */
export const MAX_NAME_WORDS = 12

/** The form names and searches are compared in: cleaned, lower case. */
function comparable(value: string): string {
  return cleanText(value).toLowerCase()
}

/**
 * Every text a name search may be: a prefix (up to MAX_NAME_PREFIX characters) of the name, or of the name from
 * the start of one of its words on - "Jan Peeters" is found by "ja", "jan p" and "pee". Their keyed hashes are
 * stored instead of the name, which is kept encrypted.
 */
export function namePrefixes(name: string): string[] {
  const text = comparable(name)
  const starts = [0]
  for (let i = 1; i < text.length && starts.length < MAX_NAME_WORDS; i++)
    if (text[i - 1] === ' ') starts.push(i)
  const prefixes = new Set<string>()
  for (const start of starts) {
    const rest = text.slice(start)
    for (let length = 1; length <= Math.min(rest.length, MAX_NAME_PREFIX); length++) {
      prefixes.add(rest.slice(0, length))
    }
  }
  return [...prefixes]
}

/** The prefix a search text is looked up by (empty when there is nothing to search). */
export function searchPrefix(query: string): string {
  return comparable(query).slice(0, MAX_NAME_PREFIX)
}
