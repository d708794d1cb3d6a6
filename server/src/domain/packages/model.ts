import type { PackageConsent } from './consent'

/**
 * What the execution engine hands over to build an answer package: the rows found per system and collection, the
 * description of each field, the Art. 15 information already written in the subject's language, and what was
 * withheld and why. Pure data; building the zip does no I/O.
 */

export type PackageKind = 'access' | 'portability'
export type PackageLanguage = 'nl' | 'fr' | 'en'

export interface PackageField {
  name: string
  /** Data category key of the register's taxonomy. */
  category?: string
  /** The category's label in the subject's language. */
  categoryLabel?: string
  /** The subject provided this value (Art. 20: portability covers only what the subject provided). */
  provided: boolean
}

export interface PackageCollection {
  name: string
  description?: string
  fields: PackageField[]
  rows: Record<string, unknown>[]
}

export interface PackageSystem {
  datasetKey: string
  datasetName: string
  systemKey: string
  systemName: string
  collections: PackageCollection[]
}

export interface PackageInformationSection {
  heading: string
  paragraphs: string[]
  items: string[]
  address?: string[]
  after?: string[]
}

export interface PackageWithheld {
  system: string
  collection: string
  rows: number
  reason: string
}

export interface PackageInput {
  kind: PackageKind
  language: PackageLanguage
  generatedAt: Date
  organization: {
    name: string
    legalName: string
    enterpriseNumber?: string | null
    privacyEmail?: string | null
  }
  request: { reference: string; receivedAt: Date }
  systems: PackageSystem[]
  /** Art. 15 information, already in the subject's language (from art15Information in server/src/domain/requests). */
  information: PackageInformationSection[]
  withheld: PackageWithheld[]
  /** The person's consent proof (access only), when any choice was ever recorded. */
  consent?: PackageConsent | undefined
}
