import { describe, expect, it } from 'vitest'
import type { DatasetCollection } from '../../domain/datasets/schema'
import { itemToRow, RowSet, sameValue } from './rows'

const collection = {
  name: 'contacts',
  primaryKey: ['id'],
  after: [],
  erasure: 'mask',
  fields: [
    { name: 'id', provided: false, rectifiable: true },
    { name: 'email', identity: 'email', provided: true, rectifiable: true },
    { name: 'city', path: 'address.city', provided: true, rectifiable: true },
  ],
} satisfies DatasetCollection

describe('API items as rows', () => {
  it('maps items through field paths, missing values as null', () => {
    expect(itemToRow(collection, { id: 1, email: 'a@b.be', address: { city: 'Gent' }, extra: 1 })).toEqual({
      id: 1,
      email: 'a@b.be',
      city: 'Gent',
    })
    expect(itemToRow(collection, { id: 2 })).toEqual({ id: 2, email: null, city: null })
  })

  it('compares searched values as text without case, lists by element', () => {
    expect(sameValue('An@Example.be', 'an@example.be')).toBe(true)
    expect(sameValue(42, '42')).toBe(true)
    expect(sameValue(['x@y.be', 'an@example.be'], 'an@example.be')).toBe(true)
    expect(sameValue('ann@example.be', 'an@example.be')).toBe(false)
    expect(sameValue(null, '')).toBe(false)
  })

  it('de-duplicates rows by primary key (42 and "42" are one key) but never rows without a key', () => {
    const rows = new RowSet(collection)
    rows.add({ id: 42, email: 'a', city: null })
    rows.add({ id: '42', email: 'a', city: null })
    rows.add({ id: null, email: 'b', city: null })
    rows.add({ id: null, email: 'c', city: null })
    expect(rows.project(['email'])).toEqual([{ email: 'a' }, { email: 'b' }, { email: 'c' }])
  })
})
