import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/problem'
import { countUnderway } from './countUnderway'

describe('following a breach count already under way', () => {
  it('follows the count a 409 affected_count_in_progress names', () => {
    const refused = new ApiError(409, {
      status: 409,
      code: 'affected_count_in_progress',
      params: { countId: '6f1c2d1e-1f4a-4c1e-9b1a-2b3c4d5e6f70' },
    })
    expect(countUnderway(refused)).toBe('6f1c2d1e-1f4a-4c1e-9b1a-2b3c4d5e6f70')
  })

  it('leaves every other refusal to be shown', () => {
    expect(countUnderway(new ApiError(409, { status: 409, code: 'breach_closed' }))).toBeNull()
    expect(countUnderway(new ApiError(409, { status: 409, code: 'affected_count_in_progress' }))).toBeNull()
    expect(countUnderway(new ApiError(422, { status: 422, code: 'invalid_input' }))).toBeNull()
    expect(countUnderway(new Error('network'))).toBeNull()
  })
})
