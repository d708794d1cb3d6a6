import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../audit/canonical-json'
import { consentEventCanonical } from './event-canonical'
import type { ChainedConsentFields } from './model'

const text = fc.string({ unit: 'grapheme', maxLength: 12 })
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
const evidence = fc.option(fc.dictionary(text, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), { nil: null })
const fields: fc.Arbitrary<ChainedConsentFields> = fc.record({
  id: fc.uuid(),
  organization_id: fc.uuid(),
  seq: fc.integer({ min: 1 }),
  subject_key: text,
  identity_kind: text,
  identity_masked: text,
  purpose: text,
  state: text,
  text_hash: fc.option(text, { nil: null }),
  language: text,
  channel: text,
  method: text,
  occurred_at: date,
  recorded_at: date,
  expires_at: fc.option(date, { nil: null }),
  source: fc.option(text, { nil: null }),
  ip: fc.option(text, { nil: null }),
  user_agent: fc.option(text, { nil: null }),
  evidence,
  external_ref: fc.option(text, { nil: null }),
  actor_type: text,
  actor_id: fc.option(text, { nil: null }),
  actor_label: text,
  prev_hash: text,
})

describe('consentEventCanonical', () => {
  it('is canonicalJson byte for byte for any consent event', () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(consentEventCanonical(f)).toBe(canonicalJson(f))
      }),
      { numRuns: 2000 },
    )
  })

  it('is canonicalJson for a value with a field missing, undefined or more fields', () => {
    fc.assert(
      fc.property(fields, fc.constantFrom('ip', 'evidence', 'seq'), text, (f, key, extra) => {
        const undefinedField = { ...f, [key]: undefined }
        const missing: Record<string, unknown> = { ...f }
        delete missing[key]
        const more = { ...f, [`x${extra}`]: extra }
        for (const value of [undefinedField, missing, more])
          expect(consentEventCanonical(value)).toBe(canonicalJson(value))
      }),
      { numRuns: 500 },
    )
  })
})
