/**
 * Public face of the subjects module: the index of known data subjects and their identities. `sealSubjectName`
 * is exported for the start-up task that seals rows of earlier versions (db/personal-data-sealing).
 */

export { type ContactSelection, type SubjectContact, subjectContacts } from './contacts'
export { subjectsWithIdentities } from './identity-match'
export {
  countSubjectsByLifecycleDate,
  type LifecycleSpan,
  type LifecycleStart,
  searchIdentitiesBySubject,
  searchIdentitiesOfSubjects,
  subjectsByLifecycleDate,
} from './lifecycle-dates'
export { nameKeysOf, sealSubjectName, subjectNamesOf } from './name-seal'
export { subjectOperations } from './operations'
export { subjectActions } from './policy'
export { findIdentitiesByLookup, listIdentitySystems } from './repository/identities'
export { relationshipKeysOf } from './repository/relationships'
export { registerSubjectRoutes } from './routes'
export { searchIdentitiesOf } from './search-identities'
export { createSubject, eraseSubjectInTransaction } from './service'
