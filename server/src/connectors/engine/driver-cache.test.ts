import { describe, expect, it } from 'vitest'
import type { Driver } from '../driver'
import { DriverCache } from './driver-cache'

function fakeDriver(log: string[], name: string): Driver {
  return {
    kind: 'postgres',
    check: async () => ({ ok: true, message: name }),
    select: async () => [{ name }],
    write: async (fn) => fn({ deleteRows: async () => 0, updateRows: async () => 0 }),
    close: async () => {
      log.push(`closed ${name}`)
    },
  }
}

describe('DriverCache', () => {
  it('reuses one driver per dataset across borrowers, and replaces it when the settings change or it ages', async () => {
    const log: string[] = []
    let clock = 0
    let opened = 0
    const cache = new DriverCache(() => clock)
    const open = () => fakeDriver(log, `d${++opened}`)
    const a = cache.borrow('ds', 'v1', open)
    const b = cache.borrow('ds', 'v1', open)
    expect(await a.select({} as never, [])).toEqual([{ name: 'd1' }])
    expect(await b.select({} as never, [])).toEqual([{ name: 'd1' }])
    await a.close()
    await a.close()
    expect(log).toEqual([])

    // New settings: a new driver; the old one closes when its last borrower hands it back.
    const c = cache.borrow('ds', 'v2', open)
    expect(await c.select({} as never, [])).toEqual([{ name: 'd2' }])
    expect(log).toEqual([])
    await b.close()
    expect(log).toEqual(['closed d1'])

    await c.close()
    clock += 11 * 60_000
    const d = cache.borrow('ds', 'v2', open)
    expect(await d.select({} as never, [])).toEqual([{ name: 'd3' }])
    await cache.closeAll()
    expect(log.sort()).toEqual(['closed d1', 'closed d2', 'closed d3'])
  })
})
