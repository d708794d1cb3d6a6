import { describe, expect, it } from 'vitest'
import { mayStartAnyRun, mayStartRun } from './runPermission'

const none = { handle: false, run: false, erase: false, rectify: false }

describe('which runs the request page offers, from the request’s can', () => {
  it('offers a real run only for the action the caller may do', () => {
    const eraseOnly = { ...none, erase: true }
    expect(mayStartRun(eraseOnly, 'erasure', false)).toBe(true)
    expect(mayStartRun(eraseOnly, 'rectification', false)).toBe(false)
    expect(mayStartRun(eraseOnly, 'access', false)).toBe(false)
    expect(mayStartRun({ ...none, rectify: true }, 'restriction', false)).toBe(true)
    expect(mayStartRun({ ...none, run: true }, 'portability', false)).toBe(true)
  })

  it('treats every dry run as a run that only reads', () => {
    expect(mayStartRun({ ...none, run: true }, 'erasure', true)).toBe(true)
    expect(mayStartRun({ ...none, erase: true }, 'erasure', true)).toBe(false)
  })

  it('shows the run buttons only when some run is allowed', () => {
    expect(mayStartAnyRun(none)).toBe(false)
    expect(mayStartAnyRun({ ...none, rectify: true })).toBe(true)
  })
})
