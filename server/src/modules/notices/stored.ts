import { z } from 'zod'
import type { Block, Inline, NoticeDocument, NoticeSection } from '../../domain/notice/model'
import { LANGUAGES, type Language } from '../../domain/register/localized'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * What a published notice version stores (decision 0042): per language the structured notice and the two texts
 * rendered from it when it was published, and the register it was composed from. A published version is never
 * rewritten (a trigger refuses updates), so every shape ever written must stay readable: the schemas check what
 * the readers rely on - the public page, its PDF, Markdown and JSON, the diff between versions, the compliance
 * overview's "register changed since" - and keep any other key as it was (loose objects), so the public JSON of an
 * old version is served as it was published.
 */

const inline: z.ZodType<Inline> = z.union([
  z.string(),
  z.looseObject({ strong: z.string() }),
  z.looseObject({ link: z.string(), text: z.string() }),
])
const paragraph = z.array(inline)
const source = { source: z.array(z.string()).optional() }

const block: z.ZodType<Block> = z.union([
  z.looseObject({ type: z.literal('paragraph'), content: paragraph, ...source }),
  z.looseObject({ type: z.literal('list'), items: z.array(paragraph), ...source }),
  z.looseObject({
    type: z.literal('definitions'),
    items: z.array(z.looseObject({ term: z.string(), description: z.array(paragraph) })),
    ...source,
  }),
  z.looseObject({
    type: z.literal('table'),
    caption: z.string().optional(),
    head: z.array(z.string()),
    rows: z.array(z.array(paragraph)),
    ...source,
  }),
])

const section: z.ZodType<NoticeSection> = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    heading: z.string(),
    blocks: z.array(block),
    subsections: z.array(section).optional(),
    prominent: z.boolean().optional(),
  }),
)

export const noticeDocumentSchema: z.ZodType<NoticeDocument> = z.looseObject({
  language: z.enum(LANGUAGES),
  title: z.string(),
  organizationName: z.string(),
  version: z.number().int().optional(),
  effectiveDate: z.string().optional(),
  summary: z.array(paragraph),
  summarySources: z.array(z.array(z.string())).optional(),
  sections: z.array(section),
})

/** One language of a published version: the notice and its Markdown and HTML as published. */
export interface PublishedText {
  json: NoticeDocument
  markdown: string
  html: string
}
export type PublishedTexts = Partial<Record<Language, PublishedText>>

/** `notice_versions.documents`: the published texts per language. */
export const storedNoticeDocuments = defineStoredJson<PublishedTexts>({
  name: 'notice_versions.documents',
  version: 1,
  schema: z
    .partialRecord(
      z.enum(LANGUAGES),
      z.looseObject({ json: noticeDocumentSchema, markdown: z.string(), html: z.string() }),
    )
    .refine((texts) => Object.keys(texts).length > 0, 'no language published'),
})

/**
 * `notice_versions.register_snapshot`: the register document the version was composed from, as it was then. Only
 * an object is required: the register format's own schema changes over time, and a snapshot records the past;
 * whoever reads its parts checks them.
 */
export const storedRegisterSnapshot = defineStoredJson<Record<string, unknown>>({
  name: 'notice_versions.register_snapshot',
  version: 1,
  schema: z.record(z.string(), z.unknown()),
})
