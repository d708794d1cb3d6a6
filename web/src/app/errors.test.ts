import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/problem'
import { describeError } from './errors'

/** A translation function that shows which key (and values) the UI asked for. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new ApiError(status, { status, title: 'x', ...extra })

describe('describeError: a failed request as messages for a form', () => {
  it('words a network failure and anything unknown without a server text', () => {
    expect(describeError(new TypeError('Failed to fetch'), t)).toEqual({
      message: 'errors.network',
      fields: {},
    })
    expect(describeError(new Error('boom'), t)).toEqual({ message: 'errors.generic', fields: {} })
  })

  it('puts field errors next to the fields the form shows, the rest in the form message', () => {
    const error = problem(422, {
      errors: [
        { path: 'body.email', message: 'Invalid email' },
        { path: 'body.name', message: 'Too long' },
      ],
    })
    expect(describeError(error, t, { fields: ['email', 'name'] })).toEqual({
      message: null,
      fields: { email: 'errors.fieldPrefix: Invalid email', name: 'errors.fieldPrefix: Too long' },
    })
    expect(describeError(error, t, { fields: ['email'] })).toEqual({
      message: 'errors.fieldPrefix: body.name: Too long',
      fields: { email: 'errors.fieldPrefix: Invalid email' },
    })
  })

  it('words a problem code the interface knows in the user’s language instead of the server’s English', () => {
    const error = problem(422, {
      errors: [{ path: 'body.password', message: 'too common', code: 'common_password' }],
    })
    expect(describeError(error, t, { fields: ['password'] }).fields).toEqual({
      password: 'errors.commonPassword',
    })
  })

  it('answers a refusal, a missing sign-in and too many tries with the interface’s own words', () => {
    expect(
      describeError(problem(403, { detail: 'Your role does not allow this action (notice:publish).' }), t),
    ).toEqual({ message: 'errors.forbidden', fields: {} })
    expect(describeError(problem(401), t).message).toBe('login.sessionEnded')
    expect(describeError(problem(429), t).message).toBe('errors.tooMany')
  })

  it('lets a form replace the message for a status', () => {
    expect(describeError(problem(401), t, { overrides: { 401: 'wrong password' } }).message).toBe(
      'wrong password',
    )
  })

  it('gives the request id of a server error so that it can be found in the log', () => {
    expect(describeError(problem(500, { requestId: 'req-7' }), t).message).toBe(
      'errors.generic errors.requestId {"id":"req-7"}',
    )
  })
})
