import { z } from 'zod'

export const LANGUAGES = ['nl', 'fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * Text a notice or letter will show: one string (used for every language), or a translation per language.
 * Missing translations fall back to the organisation's other languages when rendered.
 */
export const localizedText = z.union([
  z.string().trim().min(1).max(5000),
  z
    .strictObject({
      nl: z.string().trim().min(1).max(5000).optional().describe('the text in Dutch'),
      fr: z.string().trim().min(1).max(5000).optional().describe('the text in French'),
      en: z.string().trim().min(1).max(5000).optional().describe('the text in English'),
    })
    .refine(
      (v) => v.nl !== undefined || v.fr !== undefined || v.en !== undefined,
      'Give the text in at least one language',
    ),
])
export type LocalizedText = z.infer<typeof localizedText>

export type Labels = Readonly<Record<Language, string>>

/** The text in `language`, else in the first available of nl, fr, en. */
export function textIn(text: LocalizedText | undefined, language: Language): string | undefined {
  if (text === undefined) return undefined
  if (typeof text === 'string') return text
  return text[language] ?? text.nl ?? text.fr ?? text.en
}
