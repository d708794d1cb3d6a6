import { safeHref as webHref } from '../../lib/html'

/**
 * Escaping for the notice renderers. Every string in a NoticeDocument is plain text, much of it written by the
 * organisation: a renderer escapes all of it, and only lets through links it can vouch for. HTML is escaped by lib/html;
 * Markdown here.
 */

/** The link target when it is http(s), mailto or an in-page anchor; undefined for anything else (javascript:, data:, ...). */
export function safeHref(href: string): string | undefined {
  return webHref(href, { fragment: true })
}

/** An id we can put in an attribute and link to: letters, digits, dot, dash and underscore. */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)
}

/** One line of text: line breaks in the organisation's text become spaces, so they cannot start new blocks. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

/**
 * Text for CommonMark/GFM: every character that could start emphasis, code, a link, an image, raw HTML, a table
 * cell or strikethrough is backslash-escaped, and so is an entity reference.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
}

/** The start of a Markdown line, escaped where it would open a heading, quote, list or thematic break. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
}

/** A link destination for Markdown, in angle brackets so that spaces and parentheses need no care. */
export function markdownDestination(href: string): string {
  return `<${href.replace(/[<>\s\\]/g, (ch) => encodeURIComponent(ch))}>`
}
