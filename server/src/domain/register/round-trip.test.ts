import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRegisterText } from './parse'
import { LEGAL_BASES, type RegisterInput, registerDocumentSchema } from './schema'
import { registerToJson, registerToYaml } from './serialize'

const key = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/)
// Text a user may type, including YAML-significant characters, quotes, accents, newlines and leading spaces.
const text = fc
  .string({
    minLength: 1,
    maxLength: 40,
    unit: fc.constantFrom(
      'a',
      'é',
      'ç',
      ':',
      '#',
      '-',
      "'",
      '"',
      '\n',
      ' ',
      '{',
      '&',
      '*',
      '!',
      '%',
      '@',
      'x',
    ),
  })
  .filter((s) => s.trim().length > 0)
  .map((s) => s.trim())
const localized = fc.oneof(text, fc.record({ nl: text, fr: text }), fc.record({ en: text }))

const activity = fc.record({
  key,
  name: localized,
  description: fc.option(localized, { nil: undefined }),
  role: fc.constantFrom('controller', 'joint_controller', 'processor'),
  purposes: fc.array(
    fc.record(
      {
        purpose: key,
        legalBasis: fc.constantFrom(...LEGAL_BASES),
        legalObligation: fc.record({ law: localized }),
      },
      { requiredKeys: ['purpose', 'legalBasis'] },
    ),
    { maxLength: 3 },
  ),
  criminalDataBasis: fc.option(localized, { nil: undefined }),
  nationalNumberAuthorisation: fc.option(localized, { nil: undefined }),
  recipients: fc.array(fc.record({ type: key, name: localized }, { requiredKeys: ['type'] }), {
    maxLength: 2,
  }),
  transfers: fc.array(
    fc.record(
      {
        country: fc.constantFrom('US', 'IN', 'CH'),
        recipient: localized,
        safeguard: fc.constantFrom('adequacy', 'standard_contractual_clauses'),
      },
      { requiredKeys: ['recipient'] },
    ),
    { maxLength: 2 },
  ),
  subjectCategories: fc.array(key, { maxLength: 3 }),
  dataCategories: fc.array(
    fc.record({
      category: key,
      source: fc.constantFrom('subject', 'third_party', 'public_source'),
      sourceName: fc.option(localized, { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  systems: fc.array(key, { maxLength: 2 }),
  status: fc.constantFrom('planned', 'active', 'ended'),
  startDate: fc.option(fc.constantFrom('2020-01-01', '2024-02-29'), { nil: undefined }),
  portability: fc.boolean(),
})

const register: fc.Arbitrary<RegisterInput> = fc.record({
  organization: fc.record({
    name: text,
    email: fc.option(fc.constant('privacy@example.be'), { nil: undefined }),
  }),
  activities: fc.uniqueArray(activity, { selector: (a) => a.key, maxLength: 4 }),
  systems: fc.uniqueArray(
    fc.record({
      key,
      name: text,
      hostingCountry: fc.option(fc.constantFrom('BE', 'US', 'IE'), { nil: undefined }),
      location: fc.option(localized, { nil: undefined }),
    }),
    { selector: (s) => s.key, maxLength: 3 },
  ),
  retentionRules: fc.uniqueArray(
    fc.record({
      key,
      name: localized,
      duration: fc.record({ years: fc.integer({ min: 1, max: 30 }) }),
      trigger: fc.constantFrom('collection', 'end_of_contract', 'invoice_date'),
    }),
    { selector: (r) => r.key, maxLength: 3 },
  ),
}) as fc.Arbitrary<RegisterInput>

/** Privacy as code: export then import gives back exactly the same register (CONTRACT.md). */
describe('register file round trip', () => {
  it('YAML and JSON exports parse back to the same document', () => {
    fc.assert(
      fc.property(register, (input) => {
        const doc = registerDocumentSchema.parse(input)
        for (const text of [registerToYaml(doc), registerToJson(doc)]) {
          const parsed = parseRegisterText(text)
          expect(parsed.ok ? parsed.document : parsed.problems).toEqual(doc)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('never throws on arbitrary text, and reports problems with a path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        const parsed = parseRegisterText(garbage)
        if (!parsed.ok) for (const p of parsed.problems) expect(typeof p.path).toBe('string')
      }),
      { numRuns: 300 },
    )
  })
})
