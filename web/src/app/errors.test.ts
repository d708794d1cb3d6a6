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

  it('puts field errors next to the fields the form shows, the rest in the form message, worded from their codes', () => {
    const error = problem(422, {
      errors: [
        { path: 'body.email', message: 'Invalid email', code: 'invalid_format', params: { format: 'email' } },
        { path: 'body.name', message: 'Too long', code: 'required' },
      ],
    })
    expect(describeError(error, t, { fields: ['email', 'name'] })).toEqual({
      message: null,
      fields: { email: 'codes.formats.email', name: 'codes.fields.required' },
    })
    expect(describeError(error, t, { fields: ['email'] })).toEqual({
      message: 'errors.fieldPrefix: name: codes.fields.required',
      fields: { email: 'codes.formats.email' },
    })
  })

  it('words a problem code the interface knows in the user’s language instead of the server’s English', () => {
    const error = problem(422, {
      code: 'invalid_input',
      errors: [{ path: 'body.password', message: 'too common', code: 'common_password' }],
    })
    expect(describeError(error, t, { fields: ['password'] }).fields).toEqual({
      password: 'codes.fields.common_password',
    })
    const missing = problem(404, {
      code: 'not_found',
      params: { entity: 'request' },
      detail: 'Request was not found.',
    })
    expect(describeError(missing, t).message).toBe(
      'codes.problems.not_found {"entity":"codes.entities.request"}',
    )
    // A field error without a code (an older server) is still worded, never shown in English.
    const old = problem(422, { errors: [{ path: 'body.x', message: 'English text' }] })
    expect(describeError(old, t, { fields: ['x'] }).fields).toEqual({ x: 'codes.fields.invalid' })
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
