import { describe, expect, it } from 'vitest'
import { endpointRequest } from './endpoint-request'

describe('endpoint requests', () => {
  it('joins the base path, keeps its query, fills path and query, names the endpoint without values', () => {
    const request = endpointRequest(
      'https://api.example.com/crm/v2/?api-version=3',
      { method: 'GET', path: '/contacts/{id}/notes?kind=all&owner={owner}', query: { email: '{email}' } },
      new Map<string, unknown>([
        ['id', 'x y'],
        ['email', 'an+1@example.be'],
      ]),
    )
    expect(request.url.href).toBe(
      'https://api.example.com/crm/v2/contacts/x%20y/notes?api-version=3&kind=all&email=an%2B1%40example.be',
    )
    expect(request.endpoint).toBe('GET api.example.com/crm/v2/contacts/{id}/notes')
    expect(request.body).toBeUndefined()
  })

  it('fills a body template, or takes the body given', () => {
    const endpoint = {
      method: 'PATCH' as const,
      path: '/c/{id}',
      query: {},
      body: { email: '{email}', phone: '{phone}' },
    }
    const values = new Map<string, unknown>([
      ['id', 1],
      ['email', null],
    ])
    expect(endpointRequest('https://x.test', endpoint, values).body).toEqual({ email: null })
    expect(endpointRequest('https://x.test', endpoint, values, { a: 1 }).body).toEqual({ a: 1 })
  })
})
