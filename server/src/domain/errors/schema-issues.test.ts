import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { FIELD_ERROR_CODES } from './codes'
import { InvalidInput, NotFound } from './domain-error'
import { codeOfIssue, fieldIssueOf } from './schema-issues'

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected issues')
  return result.error.issues.map((i) => ({ ...i, path: i.path.join('.') }))
}

describe('schema issues as stable codes with params', () => {
  it('a missing value is required, a wrong type names the expected one', () => {
    const schema = z.object({ name: z.string(), age: z.number() })
    const [missing, wrong] = issuesOf(schema, { age: 'x' })
    expect(codeOfIssue(missing as never)).toEqual({ code: 'required' })
    expect(codeOfIssue(wrong as never)).toEqual({ code: 'invalid_type', params: { expected: 'number' } })
  })

  it('lengths, formats, enums and unknown keys carry the values a text needs', () => {
    const schema = z.strictObject({
      name: z.string().min(3),
      note: z.string().max(2),
      email: z.email(),
      lang: z.enum(['nl', 'fr']),
    })
    const issues = issuesOf(schema, { name: 'ab', note: 'abc', email: 'x', lang: 'de', colour: 1 })
    expect(issues.map((i) => codeOfIssue(i as never))).toEqual([
      { code: 'too_small', params: { minimum: 3, origin: 'string', inclusive: true } },
      { code: 'too_big', params: { maximum: 2, origin: 'string', inclusive: true } },
      { code: 'invalid_format', params: { format: 'email', origin: 'string' } },
      { code: 'invalid_value', params: { values: ['nl', 'fr'] } },
      { code: 'unrecognized_keys', params: { keys: ['colour'] } },
    ])
  })

  it('a refinement names its own code in params.code; without one it is invalid', () => {
    const coded = z
      .string()
      .refine((v) => !v.includes('\0'), { message: 'NUL', params: { code: 'contains_nul' } })
    const plain = z.string().refine((v) => v.length > 5, 'Too short')
    expect(fieldIssueOf('body.x', issuesOf(coded, 'a\0')[0] as never)).toEqual({
      path: 'body.x',
      message: 'NUL',
      code: 'contains_nul',
    })
    expect(codeOfIssue(issuesOf(plain, 'a')[0] as never)).toEqual({ code: 'invalid' })
  })

  it('every code is unique, and domain errors keep code, fields and entity', () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length)
    const missing = new NotFound('request')
    expect([missing.code, missing.message, missing.params]).toEqual([
      'not_found',
      'Request was not found.',
      { entity: 'request' },
    ])
    const invalid = new InvalidInput([{ path: 'body.a', code: 'required', message: 'Required' }])
    expect([invalid.kind, invalid.code, invalid.fields.length]).toEqual(['invalid_input', 'invalid_input', 1])
  })
})
