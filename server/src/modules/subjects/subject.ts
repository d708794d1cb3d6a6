import type { IdentityKind, Language, SubjectEventKind } from '../../db/schema'

/**
 * The subject index as its services know it, mapped once from the rows in the repository: a data subject and
 * the parts recorded for it (identities, relationships, lifecycle events).
 */

export interface Subject {
  id: string
  /** The display name, decrypted (a row of before migration 0009 still has it in clear). */
  name: string
  language: Language | null
  createdAt: Date
  updatedAt: Date
}

/** An identity at rest: the value stays encrypted until a presenter or a search needs it. */
export interface SubjectIdentity {
  id: string
  subjectId: string
  kind: IdentityKind
  /** The register system a customer or file number belongs to; '' for the other kinds. */
  systemKey: string
  valueEncrypted: string
  valueMasked: string
  createdAt: Date
}

export interface SubjectRelationship {
  id: string
  subjectId: string
  relationship: string
  startedOn: string | null
  endedOn: string | null
  note: string | null
  createdAt: Date
}

export interface SubjectEvent {
  id: string
  subjectId: string
  kind: SubjectEventKind
  occurredOn: string
  note: string | null
  createdAt: Date
}

/** The parts of a subject that are changed one by one, by the entity name a refusal gives them. */
export interface SubjectParts {
  identity: SubjectIdentity
  relationship: SubjectRelationship
  event: SubjectEvent
}
