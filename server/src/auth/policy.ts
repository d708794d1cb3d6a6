import type { Role } from './roles'

/**
 * Who may do what, declared in one place: role x resource x action. Services ask `can`; the UI receives the
 * same abilities through /api/v1/me, so buttons a role cannot use are not shown. Later capabilities add
 * resources here.
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
] as const
export type Resource = (typeof RESOURCES)[number]
export type Action = 'read' | 'write'
export type Ability = `${Resource}:${Action}`

const READ_ALL = RESOURCES.filter((r) => r !== 'api_tokens').map((r) => `${r}:read` as Ability)

const POLICY: Record<Role, readonly Ability[]> = {
  owner: RESOURCES.flatMap((r) => [`${r}:read`, `${r}:write`] as Ability[]),
  privacy_officer: [
    ...READ_ALL,
    'organization:write',
    'outbox:write',
    'register:write',
    'notice:write',
    'subjects:write',
    'requests:write',
    'connectors:write',
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
  ],
  auditor: READ_ALL,
}

export const ALL_ABILITIES: readonly Ability[] = RESOURCES.flatMap(
  (r) => [`${r}:read`, `${r}:write`] as Ability[],
)

export function abilitiesOf(role: Role): readonly Ability[] {
  return POLICY[role]
}

export function roleCan(role: Role, ability: Ability): boolean {
  return POLICY[role].includes(ability)
}

export function isAbility(value: string): value is Ability {
  return (ALL_ABILITIES as readonly string[]).includes(value)
}

/** Who may create organisations: an installation-level right, not a role in an organisation (CUSTOS_ORG_CREATION). */
export type OrgCreationPolicy = 'admins' | 'any-user'

export function mayCreateOrganizations(
  policy: OrgCreationPolicy,
  user: { installation_admin: boolean },
): boolean {
  return policy === 'any-user' || user.installation_admin
}
