import type { LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import {
  ALL_FIELD_ERROR_CODES,
  type FieldErrorCode,
  PROBLEM_CODES,
  type ProblemCode,
} from '../../src/domain/errors'
import type { App } from '../../src/http/types'

export interface Session {
  cookie: string
  csrfToken: string
}

export async function signIn(app: App, email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } })
  expect(res.statusCode, res.body).toBe(200)
  const cookie = res.cookies.find((c) => c.name === 'custos_session')
  if (!cookie) throw new Error('no session cookie')
  return { cookie: `custos_session=${cookie.value}`, csrfToken: res.json().csrfToken }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'

/** A request as the signed-in browser sends it: session cookie plus the CSRF header on writes. */
export function asUser(app: App, session: Session) {
  return (
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: {
        cookie: session.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as object | string }),
    })
}

export function asToken(app: App, token: string) {
  return (method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
}

export function expectProblem(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = res.json()
  expect(body.status).toBe(status)
  expect(typeof body.title).toBe('string')
  // Every problem and every field error carries a code from the documented lists (clients word them).
  expect(PROBLEM_CODES, `problem code ${body.code}`).toContain(body.code)
  for (const e of body.errors ?? []) expect(ALL_FIELD_ERROR_CODES, `field code ${e.code}`).toContain(e.code)
  return body as {
    title: string
    code: ProblemCode
    params?: Record<string, unknown>
    detail?: string
    errors?: { path: string; message: string; code: FieldErrorCode; params?: Record<string, unknown> }[]
  }
}
