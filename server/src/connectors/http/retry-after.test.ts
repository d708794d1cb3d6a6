import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_RETRY_MS, parseRetryAfter, retryDelay } from './retry-after'

const now = Date.parse('2026-03-02T10:00:00Z')

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter(' 7 ', now)).toBe(7000)
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:12 GMT', now)).toBe(12_000)
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read, and then waits 1 s', () => {
    for (const header of [null, undefined, '', 'soon', '-3', '1e3']) {
      expect(parseRetryAfter(header, now)).toBeUndefined()
      expect(retryDelay(header, now)).toBe(1000)
    }
  })

  it('never waits less than nothing nor more than 30 s', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat().map(String),
          fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
          fc.string(),
        ),
        (header) => {
          const delay = retryDelay(header, now)
          expect(delay).toBeGreaterThanOrEqual(0)
          expect(delay).toBeLessThanOrEqual(MAX_RETRY_MS)
        },
      ),
    )
  })
})
