import { type ConnectorsView, connectorsPath, parseConnectorsView } from './connectorRoutes'
import { type NoticeView, noticePath, parseNoticeView } from './noticeRoutes'
import { parseRegisterView, type RegisterView, registerPath } from './registerRoutes'
import {
  parseRequestsView,
  parseSubjectsView,
  type RequestsView,
  requestsPath,
  type SubjectsView,
  subjectsPath,
} from './requestRoutes'

/** The screens of the admin UI, addressed by the part of the URL after '#'. */
export type OrgSection =
  | 'overview'
  | 'register'
  | 'notice'
  | 'requests'
  | 'subjects'
  | 'connectors'
  | 'members'
  | 'api-tokens'
  | 'webhooks'
  | 'processors'
  | 'breaches'
  | 'retention'
  | 'suppression'
  | 'consent'
  | 'dpia'
  | 'action-plan'
  | 'compliance'
  | 'cookies'
  | 'audit'
  | 'outbox'
  | 'settings'

export type Route =
  | { name: 'home' }
  | { name: 'sign-in'; notice: string | null }
  | { name: 'forgot-password' }
  | { name: 'reset-password'; token: string }
  | { name: 'account' }
  | { name: 'new-organization' }
  | { name: 'org'; slug: string; section: OrgSection }
  | { name: 'outbox-message'; slug: string; id: string }
  | { name: 'breach'; slug: string; id: string }
  | { name: 'dpia-assessment'; slug: string; activityKey: string }
  | { name: 'consultant' }
  | { name: 'register'; slug: string; view: RegisterView }
  | { name: 'notice'; slug: string; view: NoticeView }
  | { name: 'requests'; slug: string; view: RequestsView }
  | { name: 'subjects'; slug: string; view: SubjectsView }
  | { name: 'connectors'; slug: string; view: ConnectorsView }
  | { name: 'not-found' }

const SECTIONS: readonly string[] = [
  'overview',
  'register',
  'notice',
  'requests',
  'subjects',
  'connectors',
  'members',
  'api-tokens',
  'webhooks',
  'processors',
  'breaches',
  'retention',
  'suppression',
  'consent',
  'dpia',
  'action-plan',
  'compliance',
  'cookies',
  'audit',
  'outbox',
  'settings',
]

function isSection(value: string): value is OrgSection {
  return SECTIONS.includes(value)
}

/** Turns a hash such as '#/orgs/demo/members' into a route. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?')
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p))
  const [first, second, third, fourth] = parts
  if (!first) return { name: 'home' }
  if (first === 'sign-in' && !second)
    return { name: 'sign-in', notice: new URLSearchParams(query).get('notice') }
  if (first === 'forgot-password' && !second) return { name: 'forgot-password' }
  if (first === 'reset-password' && second && !third) return { name: 'reset-password', token: second }
  if (first === 'account' && !second) return { name: 'account' }
  if (first === 'compliance' && !second) return { name: 'consultant' }
  if (first !== 'orgs' || !second) return { name: 'not-found' }
  if (second === 'new' && !third) return { name: 'new-organization' }
  if (!third) return { name: 'org', slug: second, section: 'overview' }
  if (third === 'register') {
    const view = parseRegisterView(parts.slice(3), new URLSearchParams(query))
    return view ? { name: 'register', slug: second, view } : { name: 'not-found' }
  }
  if (third === 'notice') {
    const view = parseNoticeView(parts.slice(3))
    return view ? { name: 'notice', slug: second, view } : { name: 'not-found' }
  }
  if (third === 'requests') {
    const view = parseRequestsView(parts.slice(3))
    return view ? { name: 'requests', slug: second, view } : { name: 'not-found' }
  }
  if (third === 'subjects') {
    const view = parseSubjectsView(parts.slice(3), new URLSearchParams(query))
    return view ? { name: 'subjects', slug: second, view } : { name: 'not-found' }
  }
  if (third === 'connectors') {
    const view = parseConnectorsView(parts.slice(3))
    return view ? { name: 'connectors', slug: second, view } : { name: 'not-found' }
  }
  if (third === 'outbox' && fourth && parts.length === 4)
    return { name: 'outbox-message', slug: second, id: fourth }
  if (third === 'breaches' && fourth && parts.length === 4)
    return { name: 'breach', slug: second, id: fourth }
  if (third === 'dpia' && fourth && parts.length === 4)
    return { name: 'dpia-assessment', slug: second, activityKey: fourth }
  if (isSection(third) && !fourth) return { name: 'org', slug: second, section: third }
  return { name: 'not-found' }
}

/** The hash that leads to a route. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/'
    case 'sign-in':
      return route.notice ? `#/sign-in?notice=${encodeURIComponent(route.notice)}` : '#/sign-in'
    case 'forgot-password':
      return '#/forgot-password'
    case 'reset-password':
      return `#/reset-password/${encodeURIComponent(route.token)}`
    case 'account':
      return '#/account'
    case 'new-organization':
      return '#/orgs/new'
    case 'org':
      return `#/orgs/${encodeURIComponent(route.slug)}/${route.section}`
    case 'outbox-message':
      return `#/orgs/${encodeURIComponent(route.slug)}/outbox/${encodeURIComponent(route.id)}`
    case 'breach':
      return `#/orgs/${encodeURIComponent(route.slug)}/breaches/${encodeURIComponent(route.id)}`
    case 'dpia-assessment':
      return `#/orgs/${encodeURIComponent(route.slug)}/dpia/${encodeURIComponent(route.activityKey)}`
    case 'consultant':
      return '#/compliance'
    case 'register':
      return `#/orgs/${encodeURIComponent(route.slug)}/register/${registerPath(route.view)}`
    case 'notice':
      return `#/orgs/${encodeURIComponent(route.slug)}/notice${noticePath(route.view)}`
    case 'requests':
      return `#/orgs/${encodeURIComponent(route.slug)}/requests${requestsPath(route.view)}`
    case 'subjects':
      return `#/orgs/${encodeURIComponent(route.slug)}/subjects${subjectsPath(route.view)}`
    case 'connectors':
      return `#/orgs/${encodeURIComponent(route.slug)}/connectors${connectorsPath(route.view)}`
    case 'not-found':
      return '#/'
  }
}

export const orgHref = (slug: string, section: OrgSection = 'overview') =>
  hrefOf({ name: 'org', slug, section })

export const registerHref = (slug: string, view: RegisterView) => hrefOf({ name: 'register', slug, view })

export const noticeHref = (slug: string, view: NoticeView = { view: 'preview' }) =>
  hrefOf({ name: 'notice', slug, view })

export const requestsHref = (slug: string, view: RequestsView = { view: 'list' }) =>
  hrefOf({ name: 'requests', slug, view })

export const subjectsHref = (slug: string, view: SubjectsView = { view: 'search', q: '' }) =>
  hrefOf({ name: 'subjects', slug, view })

export const connectorsHref = (slug: string, view: ConnectorsView = { view: 'list' }) =>
  hrefOf({ name: 'connectors', slug, view })
