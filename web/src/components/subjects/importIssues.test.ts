import { describe, expect, it } from 'vitest'
import openapi from '../../api/openapi.json'
import { subjectsEn } from '../../i18n/requests/en'
import { subjectsFr } from '../../i18n/requests/fr'
import { subjectsNl } from '../../i18n/requests/nl'
import { IMPORT_COLUMN_HELP } from './importColumns'

/** The codes the API can give a line error of the subject import, as its OpenAPI document lists them. */
function issueCodes(): string[] {
  const schemas = (openapi as { components: { schemas: Record<string, unknown> } }).components.schemas
  const found = new Set<string>()
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (Array.isArray(o.enum) && o.enum.includes('batch_not_saved'))
      for (const c of o.enum) found.add(String(c))
    for (const value of Object.values(o)) walk(value)
  }
  walk(schemas)
  walk((openapi as { paths: unknown }).paths)
  return [...found]
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('subject import line errors', () => {
  it('words every line error the API can give in nl, fr and en, naming the same values', () => {
    const codes = issueCodes()
    expect(codes.length).toBeGreaterThan(30)
    const wordings = {
      en: subjectsEn.import.issues,
      nl: subjectsNl.import.issues,
      fr: subjectsFr.import.issues,
    } as Record<string, Record<string, string>>
    for (const [language, issues] of Object.entries(wordings)) {
      expect(Object.keys(issues).sort(), language).toEqual([...codes].sort())
      for (const code of codes) {
        expect(placeholders(issues[code] ?? ''), `${language} ${code}`).toEqual(
          placeholders(wordings.en?.[code] ?? ''),
        )
      }
    }
  })
})

describe('subject import column help', () => {
  it('explains exactly the columns the API reads, in its order', () => {
    const operation = (openapi as unknown as { paths: Record<string, { post?: { summary?: string } }> })
      .paths['/api/v1/orgs/{slug}/subjects/import']?.post
    const listed = /Columns \(header case-insensitive\): ([a-z_, ]+)\./.exec(operation?.summary ?? '')?.[1]
    expect(listed?.split(', ')).toEqual(IMPORT_COLUMN_HELP.map((c) => c.column))
  })
})
