import { ROLES, type Role } from './roles'

/**
 * Who may do what, in two layers (decision 0019).
 *
 * Scopes are the coarse grants, resource x read/write: what a role holds, what an API token is given (stored in
 * `api_tokens.scopes`, so their names never change) and what /api/v1/me sends the UI for its sections.
 *
 * Actions are what the routes ask for: each feature declares its own named actions (`notice:publish`,
 * `request:erase`, `connection:write`, ...) in `modules/<feature>/policy.ts` with `defineActions`, each resting
 * on one scope. A role may do an action when it holds the scope (an action may narrow that to fewer roles); a
 * token may when it was given the scope. `modules/policies.ts` aggregates every feature's actions.
 */
export const RESOURCES = [
  'organization',
  'members',
  'api_tokens',
  'audit',
  'outbox',
  'register',
  'notice',
  'subjects',
  'requests',
  'connectors',
  // The capability modules' own scopes (decision 0058); tokens made before them were given them by migration 0045.
  'breaches',
  'retention',
  'consent',
  'cookies',
  'suppression',
  'processors',
  'dpia',
  'action_plan',
  'compliance',
] as const
export type Resource = (typeof RESOURCES)[number]
export type Access = 'read' | 'write'
/** Resources that are only read: the compliance overview is computed from the others, nothing writes it. */
const READ_ONLY = ['compliance'] as const satisfies readonly Resource[]
export type Scope = Exclude<`${Resource}:${Access}`, `${(typeof READ_ONLY)[number]}:write`>

export const SCOPES: readonly Scope[] = RESOURCES.flatMap((r) =>
  (READ_ONLY as readonly Resource[]).includes(r)
    ? [`${r}:read` as Scope]
    : ([`${r}:read`, `${r}:write`] as Scope[]),
)

const READ_ALL = SCOPES.filter((s) => s.endsWith(':read') && s !== 'api_tokens:read')

const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  owner: SCOPES,
  privacy_officer: [
    ...READ_ALL,
    'organization:write',
    'outbox:write',
    'register:write',
    'notice:write',
    'subjects:write',
    'requests:write',
    'connectors:write',
    'breaches:write',
    'retention:write',
    'consent:write',
    'cookies:write',
    'suppression:write',
    'processors:write',
    'dpia:write',
    'action_plan:write',
  ],
  agent: [
    'organization:read',
    'members:read',
    'outbox:read',
    'register:read',
    'notice:read',
    'subjects:read',
    'subjects:write',
    'requests:read',
    'requests:write',
    'connectors:read',
    'breaches:read',
    'retention:read',
    'consent:read',
    'consent:write',
    'cookies:read',
    'suppression:read',
    'suppression:write',
    'processors:read',
    'dpia:read',
    'action_plan:read',
  ],
  auditor: READ_ALL,
}

export function scopesOf(role: Role): readonly Scope[] {
  return ROLE_SCOPES[role]
}

export function roleHoldsScope(role: Role, scope: Scope): boolean {
  return ROLE_SCOPES[role].includes(scope)
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value)
}

/** A named action of a feature: `feature:verb`, the scope it rests on and the roles that may do it. */
export interface PolicyAction<N extends string = string> {
  readonly name: N
  readonly scope: Scope
  readonly roles: readonly Role[]
}

/** An action's declaration: its scope, optionally with fewer roles than those holding the scope. */
export type ActionRule = Scope | { scope: Scope; only: readonly Role[] }

/**
 * Declares a feature's actions: `defineActions('notice', { read: 'notice:read', publish: 'notice:write' })`
 * gives `notice:read` and `notice:publish`. An action cannot reach a role that lacks its scope: a token made by
 * that role could not be given the scope, so the action would mean different things to the two.
 */
export function defineActions<F extends string, const R extends Record<string, ActionRule>>(
  feature: F,
  rules: R,
): { readonly [K in keyof R & string]: PolicyAction<`${F}:${K}`> } {
  const actions: Record<string, PolicyAction> = {}
  for (const [verb, rule] of Object.entries(rules)) {
    const scope = typeof rule === 'string' ? rule : rule.scope
    const holders = ROLES.filter((role) => roleHoldsScope(role, scope))
    const roles = typeof rule === 'string' ? holders : rule.only
    const beyond = roles.filter((role) => !holders.includes(role))
    if (beyond.length > 0) throw new Error(`${feature}:${verb} reaches ${beyond.join(', ')} without ${scope}`)
    actions[verb] = { name: `${feature}:${verb}`, scope, roles }
  }
  return actions as { readonly [K in keyof R & string]: PolicyAction<`${F}:${K}`> }
}

/** What the caller acts with: a member's role, or an API token's scopes. */
export type Grant = { role: Role } | { scopes: readonly Scope[] }

export function roleMay(role: Role, action: PolicyAction): boolean {
  return action.roles.includes(role)
}

export function may(grant: Grant, action: PolicyAction): boolean {
  return 'role' in grant ? roleMay(grant.role, action) : grant.scopes.includes(action.scope)
}

/**
 * What the caller may do on one object, for the UI to show or hide its buttons:
 * `permissions(grant, { publish: noticeActions.publish })` -> `{ publish: true }`.
 */
export function permissions<K extends string>(
  grant: Grant,
  actions: Record<K, PolicyAction>,
): Record<K, boolean> {
  const result = {} as Record<K, boolean>
  for (const key of Object.keys(actions) as K[]) result[key] = may(grant, actions[key])
  return result
}

/** Who may create organisations: an installation-level right, not a role in an organisation (CUSTOS_ORG_CREATION). */
export type OrgCreationPolicy = 'admins' | 'any-user'

export function mayCreateOrganizations(
  policy: OrgCreationPolicy,
  user: { installation_admin: boolean },
): boolean {
  return policy === 'any-user' || user.installation_admin
}
