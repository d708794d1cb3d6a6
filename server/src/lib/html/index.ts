/**
 * The one way Custos writes HTML (decision 0024): a tagged template on `@remix-run/html-template`. Every value
 * interpolated into `html` is escaped (`& < > " '`) unless it is itself an `Html` fragment - built by `html`, or
 * wrapped by `trustedHtml` for markup this code base wrote itself. There is no "the caller already escaped this":
 * a string is text, whoever made it.
 */
import { isSafeHtml, html as remixHtml, type SafeHtml } from '@remix-run/html-template'

export { assertSafeLink, safeHref, UnsafeLinkError } from './links'

/** A piece of HTML in which every text has been escaped. */
export type Html = SafeHtml

/**
 * What may be interpolated: text and numbers (escaped), fragments (kept), nothing (null, undefined: left out) and
 * lists of these (concatenated). Booleans are left out on purpose: `${ok && html`...`}` would print "false".
 */
export type HtmlValue = Html | string | number | null | undefined | readonly HtmlValue[]

/** Builds HTML from a template: the literal parts are markup, every interpolated value is escaped text. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return remixHtml(strings, ...(values as Parameters<typeof remixHtml>[1][]))
}

/**
 * Markup that is HTML by construction and holds no outside text, such as a stylesheet constant of this code base.
 * Never pass it anything read from a request, a database or a file.
 */
export function trustedHtml(markup: string): Html {
  return remixHtml.raw`${markup}`
}

/** The parts one after the other, with the separator (text or a fragment) between them. */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return html`${parts.map((part, i) => (i === 0 ? part : [separator, part]))}`
}

/** Escaped text whose line breaks (LF or CRLF) become `<br>`. */
export function textWithBreaks(text: string): Html {
  return joinHtml(text.split(/\r?\n/), html`<br>`)
}

export function isHtml(value: unknown): value is Html {
  return isSafeHtml(value)
}

/** The markup as a plain string, to send, store or put in a file. */
export function htmlString(value: Html): string {
  return String(value)
}
