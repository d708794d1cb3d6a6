import type { paths } from '../../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
/** The cookie set-up: inventory (services, purposes per category), scanner settings, what the user may do. */
export type CookieSetup = Json<paths['/api/v1/orgs/{slug}/cookies']['get']['responses'][200]>
export type Category = 'functional' | 'analytics' | 'advertising'
export const CATEGORIES: Category[] = ['functional', 'analytics', 'advertising']
