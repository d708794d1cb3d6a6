import { describe, expect, it } from 'vitest'
import { RegisterDerivedCache } from './purpose-cache'

/** A register whose revision and derived value the test moves by hand, counting what the cache asks. */
function register() {
  const state = { revision: 1, value: 'v1', revisionReads: 0, derivations: 0 }
  return {
    state,
    revisionOf: async () => {
      state.revisionReads++
      return state.revision
    },
    derive: async () => {
      state.derivations++
      return state.value
    },
    change(value: string) {
      state.revision++
      state.value = value
    },
  }
}

describe('RegisterDerivedCache (decision 0117)', () => {
  it('untrusted: reads the revision on every use and derives again only when it moved', async () => {
    const cache = new RegisterDerivedCache<string>()
    const r = register()
    const get = () => cache.get('org', { checked: false }, r.revisionOf, r.derive)
    expect(await get()).toBe('v1')
    expect(await get()).toBe('v1')
    expect(r.state).toMatchObject({ revisionReads: 2, derivations: 1 })
    r.change('v2')
    expect(await get()).toBe('v2')
    expect(r.state).toMatchObject({ revisionReads: 3, derivations: 2 })
  })

  it('trusted: uses its copy without asking until a change is announced or it is too old', async () => {
    let now = 0
    const cache = new RegisterDerivedCache<string>(() => now, 30_000)
    cache.setTrusted(true)
    const r = register()
    const get = (checked = false) => cache.get('org', { checked }, r.revisionOf, r.derive)
    expect(await get()).toBe('v1')
    r.change('v2')
    expect(await get()).toBe('v1')
    expect(r.state).toMatchObject({ revisionReads: 1, derivations: 1 })
    // A checked use reads the revision even while trusted.
    expect(await get(true)).toBe('v2')
    r.change('v3')
    cache.changed('another-org')
    expect(await get()).toBe('v2')
    cache.changed('org')
    expect(await get()).toBe('v3')
    r.change('v4')
    now += 30_000
    expect(await get()).toBe('v4')
  })

  it('does not keep a value derived while a change was announced, nor one from before it listened', async () => {
    const cache = new RegisterDerivedCache<string>()
    cache.setTrusted(true)
    const r = register()
    const slow = cache.get('org', { checked: false }, r.revisionOf, async () => {
      const value = await r.derive()
      cache.changed('org')
      return value
    })
    expect(await slow).toBe('v1')
    r.change('v2')
    expect(await cache.get('org', { checked: false }, r.revisionOf, r.derive)).toBe('v2')
    cache.setTrusted(false)
    r.change('v3')
    expect(await cache.get('org', { checked: false }, r.revisionOf, r.derive)).toBe('v3')
    cache.setTrusted(true)
    r.change('v4')
    expect(await cache.get('org', { checked: false }, r.revisionOf, r.derive)).toBe('v4')
  })
})
