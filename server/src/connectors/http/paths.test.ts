import { describe, expect, it } from 'vitest'
import { getPath, setPath } from './paths'

describe('dotted paths', () => {
  it('reads nested objects and array indexes, only own properties', () => {
    const item = { a: { b: [{ c: 1 }, { c: 2 }] }, n: null }
    expect(getPath(item, 'a.b.1.c')).toBe(2)
    expect(getPath(item, undefined)).toBe(item)
    expect(getPath(item, '')).toBe(item)
    expect(getPath(item, 'a.x.c')).toBeUndefined()
    expect(getPath(item, 'n.x')).toBeUndefined()
    expect(getPath(item, 'a.b.first')).toBeUndefined()
    expect(getPath(item, 'constructor')).toBeUndefined()
    expect(getPath(item, 'a.__proto__')).toBeUndefined()
  })

  it('writes nested values and refuses prototype paths', () => {
    const target: Record<string, unknown> = { address: { city: 'Gent', zip: '9000' } }
    setPath(target, 'address.city', null)
    setPath(target, 'profile.name.first', 'An')
    expect(target).toEqual({ address: { city: null, zip: '9000' }, profile: { name: { first: 'An' } } })
    expect(() => setPath(target, '__proto__.polluted', 1)).toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
