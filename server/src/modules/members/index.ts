/** Public face of the members module: who belongs to an organisation, with which role, and invitations. */

export { memberOperations } from './operations'
export { memberActions, memberPermissions } from './policy'
export { isMember, type Member, privacyOfficersOf } from './repository'
export { registerMemberRoutes } from './routes'
export { addMember, changeMemberRole, createUserWithMembership, membersOf, removeMember } from './service'
