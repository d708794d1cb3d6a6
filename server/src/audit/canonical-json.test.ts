import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json'
import { eventHash, GENESIS_HASH, legacyEventHash } from './chain'

describe('canonical JSON for audit hashes', () => {
  it('does not depend on key order, and survives a JSON round trip (as jsonb storage does)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(value))
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value))
      }),
    )
  })

  it('an event hash changes when any field or the key changes', () => {
    const key = Buffer.alloc(32, 7)
    const base = {
      seq: 1,
      organization_id: null,
      actor_type: 'user',
      actor_id: 'u1',
      actor_label: 'els@peeters.be',
      action: 'member.added',
      target_type: 'user',
      target_id: 'u2',
      request_id: 'r1',
      occurred_at: new Date('2026-11-21T10:00:00Z'),
      summary: { role: 'agent' },
      prev_hash: GENESIS_HASH,
    }
    const h = eventHash(base, key)
    expect(eventHash({ ...base }, key)).toBe(h)
    expect(eventHash({ ...base, seq: 2 }, key)).not.toBe(h)
    expect(eventHash({ ...base, summary: { role: 'owner' } }, key)).not.toBe(h)
    expect(eventHash({ ...base, occurred_at: new Date('2026-11-21T10:00:00.001Z') }, key)).not.toBe(h)
    expect(eventHash({ ...base, prev_hash: 'f'.repeat(64) }, key)).not.toBe(h)
    expect(eventHash(base, Buffer.alloc(32, 8))).not.toBe(h)
    expect(legacyEventHash(base)).not.toBe(h)
  })
})
