import { describe, expect, it } from 'vitest'
import { secretKindOf, secretOf } from './secretDraft'

describe('the stored secret of a connection', () => {
  it('is kept by leaving it out, removed by an empty text, replaced by a new one', () => {
    expect(secretOf({ mode: 'keep' })).toEqual({})
    expect(secretOf({ mode: 'remove' })).toEqual({ secret: '' })
    expect(secretOf({ mode: 'replace', value: 's3cret' })).toEqual({ secret: 's3cret' })
    // An empty replacement is not a removal: nothing was typed, the stored secret stays.
    expect(secretOf({ mode: 'replace', value: '' })).toEqual({})
  })

  it('is a password for databases and whatever the HTTP connector authenticates with', () => {
    expect(secretKindOf('postgres', undefined)).toBe('password')
    expect(secretKindOf('mysql', 'bearer')).toBe('password')
    expect(secretKindOf('http', 'bearer')).toBe('bearer')
    expect(secretKindOf('http', 'oauth2_client_credentials')).toBe('oauth2_client_credentials')
    expect(secretKindOf('http', undefined)).toBe('none')
    expect(secretKindOf('manual', undefined)).toBe('none')
  })
})
