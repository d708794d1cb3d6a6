import { describe, expect, it } from 'vitest'
import type { Organization } from '../modules/organizations'
import { ApiAccessCache, type UsableToken } from './api-access-cache'

const token = (id: string, expiresAt: Date | null = null): UsableToken => ({
  tokenId: id,
  tokenName: 'shop',
  organizationId: 'org-1',
  scopes: ['consent:write'],
  expiresAt,
  lastUsedAt: null,
})
const now = new Date('2026-12-07T17:00:00Z')

/** Counts the loads (database reads) behind a lookup. */
function loader<T>(value: T | undefined) {
  const calls = { n: 0 }
  const load = async () => {
    calls.n++
    return value
  }
  return { calls, load }
}

describe('the API access cache', () => {
  it('reads each token and organisation once while trusted, and again after its change is announced', async () => {
    const cache = new ApiAccessCache()
    cache.setTrusted(true)
    const t = loader(token('t1'))
    expect(await cache.token('hash-1', now, t.load)).toMatchObject({ tokenId: 't1' })
    expect(await cache.token('hash-1', now, t.load)).toMatchObject({ tokenId: 't1' })
    expect(t.calls.n).toBe(1)
    cache.changed('token:t1')
    await cache.token('hash-1', now, t.load)
    expect(t.calls.n).toBe(2)

    const o = loader({ id: 'org-1', slug: 'shop' } as Organization)
    await cache.organization('shop', o.load)
    await cache.organization('shop', o.load)
    expect(o.calls.n).toBe(1)
    cache.changed('token:t1') // another kind of change keeps the organisation
    await cache.organization('shop', o.load)
    expect(o.calls.n).toBe(1)
    cache.changed('org:org-1')
    await cache.organization('shop', o.load)
    expect(o.calls.n).toBe(2)
  })

  it('keeps nothing while not listening, nor what was read across an announced change', async () => {
    const cache = new ApiAccessCache()
    const t = loader(token('t1'))
    await cache.token('hash-1', now, t.load)
    await cache.token('hash-1', now, t.load)
    expect(t.calls.n).toBe(2)

    cache.setTrusted(true)
    const slow = loader(token('t2'))
    const reading = cache.token('hash-2', now, async () => {
      const value = await slow.load()
      cache.changed('token:t2') // revoked while it was being read
      return value
    })
    await reading
    await cache.token('hash-2', now, slow.load)
    expect(slow.calls.n).toBe(2)

    await cache.token('hash-1', now, t.load)
    cache.setTrusted(false) // the listening session was lost: everything read before is dropped
    cache.setTrusted(true)
    await cache.token('hash-1', now, t.load)
    expect(t.calls.n).toBe(4)
  })

  it('refuses a kept token once it has expired, and forgets tokens changed by this process', async () => {
    const cache = new ApiAccessCache()
    cache.setTrusted(true)
    const t = loader(token('t1', new Date('2026-12-07T17:00:30Z')))
    expect(await cache.token('hash-1', now, t.load)).toBeDefined()
    expect(await cache.token('hash-1', new Date('2026-12-07T17:00:30Z'), t.load)).toBeUndefined()
    cache.forgetTokens()
    await cache.token('hash-1', now, t.load)
    expect(t.calls.n).toBe(2)
    // An unknown secret is never kept: each call reads again.
    const none = loader<UsableToken>(undefined)
    await cache.token('hash-x', now, none.load)
    await cache.token('hash-x', now, none.load)
    expect(none.calls.n).toBe(2)
  })

  it('reads a token and an organisation again once they are older than the maximum age, whatever was heard', async () => {
    let clock = 1_000_000
    const cache = new ApiAccessCache(() => clock, 30_000)
    cache.setTrusted(true)
    const t = loader(token('t1'))
    const o = loader({ id: 'org-1', slug: 'shop' } as Organization)
    await cache.token('hash-1', now, t.load)
    await cache.organization('shop', o.load)
    clock += 29_999
    await cache.token('hash-1', now, t.load)
    await cache.organization('shop', o.load)
    expect([t.calls.n, o.calls.n]).toEqual([1, 1])
    // No announcement came (a session that looked alive but heard nothing): the copies expire all the same.
    clock += 1
    await cache.token('hash-1', now, t.load)
    await cache.organization('shop', o.load)
    expect([t.calls.n, o.calls.n]).toEqual([2, 2])
    await cache.token('hash-1', now, t.load)
    expect(t.calls.n).toBe(2)
  })
})
