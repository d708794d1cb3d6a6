import type { IsoDate } from '../../calendar-date'
import type { Language } from '../../register/localized'
import type { LetterKind } from '../letter-spec'

/**
 * A response letter as structured plain text: the renderers lay it out as text (e-mail, PDF) or HTML, escaping
 * everything. No string in a letter is markup, whoever wrote it.
 */
export type LetterBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  /** A paragraph followed by a link (download package, status page). */
  | { readonly type: 'link'; readonly text: string; readonly href: string }
  /** Contact lines set apart, e.g. the supervisory authority. */
  | { readonly type: 'address'; readonly lines: readonly string[] }
  | { readonly type: 'section'; readonly heading: string; readonly blocks: readonly LetterBlock[] }

export interface Letter {
  readonly kind: LetterKind
  readonly language: Language
  readonly reference: string
  readonly date: IsoDate
  /** The mail subject line, or the "Betreft" line of a letter by post. */
  readonly subject: string
  /** Name and postal address of the subject, when known. */
  readonly addressee: readonly string[]
  /** Date and reference, labelled in the language. */
  readonly meta: readonly { readonly label: string; readonly value: string }[]
  readonly salutation: string
  readonly body: readonly LetterBlock[]
  readonly closing: string
  readonly signature: { readonly organisation: string; readonly lines: readonly string[] }
}

export const paragraph = (text: string): LetterBlock => ({ type: 'paragraph', text })
export const list = (items: readonly string[]): LetterBlock => ({ type: 'list', items })
export const section = (heading: string, blocks: readonly LetterBlock[]): LetterBlock => ({
  type: 'section',
  heading,
  blocks,
})
