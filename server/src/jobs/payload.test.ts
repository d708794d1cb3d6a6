import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineJob } from './define-job'
import { JobPayloadError, readJobPayload, wrapJobPayload } from './payload'

const v1 = defineJob({
  name: 'test.greet',
  version: 1,
  schema: z.strictObject({ name: z.string().min(1) }),
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  async run() {},
})

/** Version 2 split the name; it reads version 1 payloads through `upgrade`. */
const v2 = defineJob({
  ...v1,
  version: 2,
  schema: z.strictObject({ given: z.string(), family: z.string() }),
  upgrade(payload, from) {
    if (from !== 1) throw new Error(`no step from ${from}`)
    const { name } = z.object({ name: z.string() }).parse(payload)
    const [given = '', ...rest] = name.split(' ')
    return { given, family: rest.join(' ') }
  },
  async run() {},
})

const reason = (f: () => unknown) => {
  try {
    f()
  } catch (error) {
    if (error instanceof JobPayloadError) return error.reason
    throw error
  }
  return 'ran'
}

describe('versioned job payloads', () => {
  it('stores the payload with the version that wrote it and reads it back', () => {
    const stored = wrapJobPayload(v1, { name: 'Lotte Janssens' })
    expect(stored).toEqual({ version: 1, payload: { name: 'Lotte Janssens' } })
    expect(readJobPayload(v1, JSON.parse(JSON.stringify(stored)))).toEqual({ name: 'Lotte Janssens' })
  })

  it('reads a payload queued before jobs had versions as version 1', () => {
    expect(readJobPayload(v1, { name: 'Lotte' })).toEqual({ name: 'Lotte' })
    expect(readJobPayload(v2, { name: 'Lotte Janssens' })).toEqual({ given: 'Lotte', family: 'Janssens' })
  })

  it('upgrades an older payload before it runs', () => {
    const old = wrapJobPayload(v1, { name: 'Pieter De Smet' })
    expect(readJobPayload(v2, old)).toEqual({ given: 'Pieter', family: 'De Smet' })
  })

  it('refuses an older payload it cannot upgrade, a newer one, and one that does not match', () => {
    const { upgrade: _none, ...v2WithoutUpgrade } = v2
    expect(reason(() => readJobPayload(v2WithoutUpgrade, wrapJobPayload(v1, { name: 'x' })))).toBe(
      'older-version',
    )
    expect(reason(() => readJobPayload(v1, { version: 2, payload: { given: 'a', family: 'b' } }))).toBe(
      'newer-version',
    )
    expect(reason(() => readJobPayload(v1, { version: 1, payload: { name: 42 } }))).toBe('invalid-payload')
    expect(reason(() => readJobPayload(v1, { version: 1, payload: { name: 'a', extra: true } }))).toBe(
      'invalid-payload',
    )
  })

  it('refuses to send a payload that is not valid for the current version', () => {
    expect(() => wrapJobPayload(v1, { name: '' })).toThrow()
  })
})
