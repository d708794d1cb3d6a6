import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StoredDataInvalid } from '../domain/errors'
import { defineStoredJson, VERSION_KEY } from './stored-json'

const contact = z.strictObject({
  name: z.string().min(1),
  email: z.string().nullable(),
  languages: z.array(z.enum(['nl', 'fr', 'en'])),
  reminderDays: z.array(z.number().int().min(0)),
  note: z.string().optional(),
})
type Contact = z.infer<typeof contact>

/** Version 2 split `email` out of version 1's `contact` text; version 1 rows must keep reading. */
const stored = defineStoredJson({
  name: 'test.contact',
  version: 2,
  schema: contact,
  upgrade(value, from) {
    if (from !== 1) throw new Error(`no step from ${from}`)
    const { contact: text, ...rest } = z.looseObject({ contact: z.string() }).parse(value)
    return { ...rest, email: text.includes('@') ? text : null }
  },
})

const validContact: fc.Arbitrary<Contact> = fc.record(
  {
    name: fc.string({ minLength: 1 }),
    email: fc.option(fc.string(), { nil: null }),
    languages: fc.array(fc.constantFrom('nl' as const, 'fr' as const, 'en' as const)),
    reminderDays: fc.array(fc.nat()),
    note: fc.string(),
  },
  { requiredKeys: ['name', 'email', 'languages', 'reminderDays'] },
)

const codeOf = (f: () => unknown) => {
  try {
    f()
  } catch (error) {
    if (error instanceof StoredDataInvalid)
      return { code: error.code, kind: error.kind, reason: error.reason }
    throw error
  }
  return undefined
}

describe('stored JSON', () => {
  it('round-trips any valid value, as a jsonb object and as JSON text, with its version', () => {
    fc.assert(
      fc.property(validContact, (value) => {
        const object = stored.toStored(value)
        expect(object[VERSION_KEY]).toBe(2)
        // What a jsonb column gives back, and what JSON text (encrypted columns) gives back.
        expect(stored.read(JSON.parse(JSON.stringify(object)), 'row-1')).toEqual(value)
        expect(stored.read(stored.serialize(value), 'row-1')).toEqual(value)
      }),
    )
  })

  it('reads a row of an older version (and one from before versions, as version 1) through the upgrade', () => {
    const before = {
      name: 'Lotte Janssens',
      contact: 'lotte@example.be',
      languages: ['nl'],
      reminderDays: [10, 3],
    }
    const expected = {
      name: 'Lotte Janssens',
      email: 'lotte@example.be',
      languages: ['nl'],
      reminderDays: [10, 3],
    }
    expect(stored.read(before, 'row-1')).toEqual(expected)
    expect(stored.read({ ...before, [VERSION_KEY]: 1 }, 'row-1')).toEqual(expected)
    expect(stored.read({ ...before, contact: 'by post', [VERSION_KEY]: 1 }, 'row-1').email).toBeNull()
  })

  it('gives the coded error for malformed JSON text, never a crash or a value', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => {
          try {
            JSON.parse(text)
            return false
          } catch {
            return true
          }
        }),
        (text) => {
          expect(codeOf(() => stored.read(text, 'row-2'))).toEqual({
            code: 'internal_error',
            kind: 'internal',
            reason: 'malformed',
          })
        },
      ),
    )
  })

  it('gives the coded error for any JSON value that is not a stored contact', () => {
    fc.assert(
      fc.property(
        fc
          .jsonValue()
          .filter(
            (value) =>
              !contact.safeParse(value).success &&
              !(typeof value === 'object' && value !== null && VERSION_KEY in value),
          ),
        (value) => {
          const outcome = codeOf(() => stored.read({ ...(value as object), [VERSION_KEY]: 2 }, 'row-3'))
          const asText = codeOf(() => stored.read(JSON.stringify(value), 'row-3'))
          expect(outcome?.code).toBe('internal_error')
          expect(asText?.code).toBe('internal_error')
        },
      ),
    )
  })

  it('names the row and the reason: a newer version, an unknown version, an upgrade that fails', () => {
    const value = { name: 'x', email: null, languages: [], reminderDays: [] }
    expect(codeOf(() => stored.read({ ...value, [VERSION_KEY]: 3 }, 'r'))?.reason).toBe('newer-version')
    expect(codeOf(() => stored.read({ ...value, [VERSION_KEY]: 'two' }, 'r'))?.reason).toBe('malformed')
    expect(codeOf(() => stored.read({ name: 'x', [VERSION_KEY]: 1 }, 'r'))?.reason).toBe('older-version')
    const error = (() => {
      try {
        stored.read('[1]', 'f3b1c2d4')
      } catch (e) {
        return e as StoredDataInvalid
      }
    })()
    expect(error?.rowId).toBe('f3b1c2d4')
    expect(error?.message).toContain('test.contact')
    expect(error?.message).toContain('f3b1c2d4')
  })

  it('refuses to store a value that does not match', () => {
    expect(() => stored.toStored({ name: '', email: null, languages: [], reminderDays: [] })).toThrow(
      /test.contact/,
    )
  })
})
