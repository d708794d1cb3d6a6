import { describe, expect, it } from 'vitest'
import { hrefOf, parseRoute, type Route } from './routes'

/** Every kind of address the UI links to, written as hrefOf writes it. */
const CANONICAL = [
  '#/',
  '#/sign-in',
  '#/sign-in?notice=signed-out',
  '#/forgot-password',
  '#/reset-password/abc',
  '#/account',
  '#/orgs/new',
  '#/orgs/demo/overview',
  '#/orgs/demo/members',
  '#/orgs/demo/api-tokens',
  '#/orgs/demo/outbox/7c1d',
  '#/orgs/demo/register/activities',
  '#/orgs/demo/register/check',
  '#/orgs/demo/register/activities/payroll',
  '#/orgs/demo/register/activities/new',
  '#/orgs/demo/register/purposes/new?from=direct_marketing',
  '#/orgs/demo/register/vendors/mailer/history',
  '#/orgs/demo/notice',
  '#/orgs/demo/notice/versions',
  '#/orgs/demo/requests',
  '#/orgs/demo/requests/new',
  '#/orgs/demo/requests/0f3e',
  '#/orgs/demo/subjects',
  '#/orgs/demo/subjects?q=jan%20peeters',
  '#/orgs/demo/subjects/import',
  '#/orgs/demo/connectors',
  '#/orgs/demo/connectors/discover',
  '#/orgs/demo/connectors/webshop',
]

describe('routes: the hash addresses of the admin UI', () => {
  it.each(CANONICAL)('%s reads back as the same address', (hash) => {
    const route = parseRoute(hash)
    expect(route.name).not.toBe('not-found')
    expect(hrefOf(route)).toBe(hash)
  })

  it('reads an organisation without a section as its overview, and a bare notice as its preview', () => {
    expect(parseRoute('#/orgs/demo')).toEqual({ name: 'org', slug: 'demo', section: 'overview' })
    expect(parseRoute('#/orgs/demo/notice')).toEqual({
      name: 'notice',
      slug: 'demo',
      view: { view: 'preview' },
    })
    expect(parseRoute('')).toEqual({ name: 'home' })
  })

  it('sends a taxonomy list to the categories page', () => {
    expect(parseRoute('#/orgs/demo/register/purposes')).toEqual({
      name: 'register',
      slug: 'demo',
      view: { view: 'categories' },
    })
  })

  it.each([
    '#/nowhere',
    '#/orgs',
    '#/orgs/demo/unknown-section',
    '#/orgs/demo/members/extra',
    '#/orgs/demo/register/unknown',
    '#/orgs/demo/register/activities/new/history',
    '#/orgs/demo/notice/preview',
    '#/orgs/demo/requests/a/b',
    '#/orgs/demo/connectors/a/b',
    '#/sign-in/extra',
  ])('%s is not found', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'not-found' })
  })

  it('encodes what a user typed or a server chose (slugs, ids, keys, the search text)', () => {
    const routes: Route[] = [
      { name: 'requests', slug: 'a b', view: { view: 'detail', id: 'x/y' } },
      { name: 'subjects', slug: 'demo', view: { view: 'search', q: 'é & ?' } },
      { name: 'register', slug: 'demo', view: { view: 'entry', segment: 'systems', key: 'crm#1' } },
      { name: 'connectors', slug: 'demo', view: { view: 'detail', key: 'shop db' } },
    ]
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route)
  })
})
