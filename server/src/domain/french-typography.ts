/**
 * French typography, shared by every French text Custos writes (notices, request letters): a narrow no-break
 * space (U+202F) before ; ? and !, a no-break space (U+00A0) before : and inside « ». PDF writers without U+202F
 * in their font print it as a no-break space.
 */

/**
 * The spacing over a whole text. An ordinary space is replaced; punctuation directly after a word gets the space.
 * A colon inside a word or address ("https://", "10:30") is left alone, as is punctuation directly after a
 * space-less opening (a URL query "?x").
 */
export function frenchPunctuation(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]*([;?!])(?=\s|$|[»)”;:?!])/g, (m: string, p: string, offset: number) =>
      m.length > 1 || offset > 0 ? `\u202f${p}` : p,
    )
    .replace(/[ \u00a0\u202f]*:(?=\s|$|[»)”:;?!])/g, (m: string, offset: number) =>
      m.length > 1 || offset > 0 ? '\u00a0:' : ':',
    )
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»')
}

/**
 * The same spacing for our own words only: a template tag, so that the inserted values (names, reasons, text the
 * organisation wrote) stay exactly as written.
 */
export function frenchSpacing(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce(
    (out, s, i) => out + frenchPunctuation(s) + (i < values.length ? String(values[i]) : ''),
    '',
  )
}
