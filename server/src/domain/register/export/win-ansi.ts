/**
 * The PDF uses the built-in Helvetica fonts, which only encode Windows-1252 (WinAnsi): Western European letters
 * (é, è, ë, ç, ß, ...) and a few typographic signs. Other characters are replaced by a readable equivalent, by
 * their base letter ('ő' as 'o'), or by '?', so nothing renders as a wrong glyph.
 */

const WIN_ANSI_EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
    0x0178,
  ].map((code) => String.fromCodePoint(code)),
)

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\t': ' ',
  '\u00ad': '',
  '\u2009': ' ',
  '\u200b': '',
  '\u202f': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u25cf': '\u2022',
  '\u25aa': '\u2022',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u2032': "'",
  '\u2033': '"',
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(char)
  )
}

function replaceChar(char: string): string {
  const replacement = REPLACEMENTS[char]
  if (replacement !== undefined) return replacement
  if (isWinAnsi(char)) return char
  if ((char.codePointAt(0) ?? 0) < 0x20) return ''
  const base = char.normalize('NFD').charAt(0)
  return base !== char && isWinAnsi(base) ? base : '?'
}

export function toWinAnsi(text: string): string {
  return Array.from(text.normalize('NFC'), replaceChar).join('')
}
