import type { Role } from '../db/schema'

export const ROLES = ['owner', 'privacy_officer', 'agent', 'auditor'] as const satisfies readonly Role[]
export type { Role }
