import type { Language } from '../register/localized'

/**
 * A privacy notice as structured text, independent of the output format: the composer builds it from the register
 * in one language, and the HTML, Markdown, PDF and JSON renderers only lay it out. Text is plain (never markup):
 * every renderer escapes it for its format.
 */
export type Inline = string | { strong: string } | { link: string; text: string }

export type Block = (
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  /** Term/description pairs, e.g. a purpose and what it covers. */
  | { type: 'definitions'; items: { term: string; description: Inline[][] }[] }
  | { type: 'table'; caption?: string; head: string[]; rows: Inline[][][] }
) & {
  /**
   * Where the block's statements come from, only with the `trace` option: register paths such as
   * "notice.sellsData" or "activities[payroll].purposes[personnel_administration].legalBasis", or "law: ..." for
   * a legal fact that is always true.
   */
  source?: string[]
}

export interface NoticeSection {
  /** Stable anchor, the same in every language, e.g. "who-we-are", "your-rights", "right-to-object". */
  id: string
  heading: string
  blocks: Block[]
  subsections?: NoticeSection[]
  /** Shown set apart (a framed box): used for the right to object, Art. 21(4) GDPR. */
  prominent?: boolean
}

export interface NoticeDocument {
  language: Language
  title: string
  organizationName: string
  /** Version number and effective date once published; absent in a draft preview. */
  version?: number
  effectiveDate?: string
  /** Short summary shown above the notice ("In short"). */
  summary: Inline[][]
  /** With the `trace` option: per summary point, where it comes from. */
  summarySources?: string[][]
  sections: NoticeSection[]
}

export interface NoticeOptions {
  language: Language
  /** Absolute URL of the organisation's public portal, e.g. https://custos.example.be/p/acme */
  portalUrl?: string
  version?: number
  effectiveDate?: string
  /** Keep, on every block, the register paths its statements come from (`custos notice build --trace`). */
  trace?: boolean
}
