import type { DataCategoryFlags } from '../register/catalogue/types'
import type { Language } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import type { Activity, LegalBasis, RegisterDocument, RetentionRule } from '../register/schema'

/**
 * What a notice says, gathered from the register in one language: the activities that feed it (active, with the
 * organisation as controller or joint controller), merged per purpose, source, recipient type, transfer and
 * retention rule. Text the organisation wrote is kept as written; labels come from the catalogue or the taxonomy.
 */

type DataCategoryUse = Activity['dataCategories'][number]
type Transfer = Activity['transfers'][number]
export type Art9Condition = NonNullable<Activity['art9Condition']>
export type Requirement = NonNullable<DataCategoryUse['requirement']>

export interface CategoryFacts {
  key: string
  label: string
  flags: DataCategoryFlags
  source: DataCategoryUse['source']
  /** Absent: the register does not say whether the subject must provide these data. */
  requirement?: Requirement
  consequence?: string
}

/** One legal basis a purpose relies on; the same basis with the same texts in several activities is merged. */
export interface BasisFacts {
  basis: LegalBasis | undefined
  interest?: string
  balancingTest?: string
  law?: string
  withdrawal?: string
  /** The activity's own description of this use of the purpose, e.g. "Wervingsreserve: ...". */
  scope?: string
  activityNames: string[]
}

export interface PurposeFacts {
  key: string
  label: string
  descriptions: string[]
  bases: BasisFacts[]
  categories: CategoryFacts[]
  subjects: string[]
  special?: { categories: string[]; conditions: Art9Condition[]; details: string[] }
  criminal?: { categories: string[]; bases: string[] }
  nationalNumber?: { authorisations: string[] }
  activities: Activity[]
}

export interface SourceFacts {
  kind: 'third_party' | 'public_source'
  name?: string
  categories: string[]
}

export interface RecipientFacts {
  type: string
  label: string
  description?: string
  named: { name: string; detail?: string }[]
  /** Details given without a name, with the purposes they belong to. */
  details: { purposes: string[]; detail: string }[]
  unnamed: boolean
}

export interface TransferFacts {
  /** Absent: a country outside the EEA that the register does not know. */
  country?: string
  recipient: string
  safeguard?: NonNullable<Transfer['safeguard']>
  details?: string
  copyAvailableAt?: string
}

export interface RetentionFacts {
  activityName: string
  purposes: string[]
  consent: boolean
  rules: { rule: RetentionRule; categories: string[] | 'all' }[]
}

export interface MeasureFacts {
  name: string
  description?: string
}

/** A system the notice's activities use, with where it keeps data (hosting country, location, certifications). */
export interface StorageFacts {
  key: string
  system: string
  country?: string
  location?: string
  certifications: string[]
}

export interface AutomatedFacts {
  activityName: string
  purposes: string[]
  profiling: boolean
  used: boolean
  logic?: string
  consequences?: string
}

export interface NoticeFacts {
  doc: RegisterDocument
  language: Language
  resolved: ResolvedRegister
  activities: Activity[]
  processorActivities: Activity[]
  purposes: PurposeFacts[]
  sources: SourceFacts[]
  recipients: RecipientFacts[]
  transfers: TransferFacts[]
  retention: RetentionFacts[]
  measures: { technical: MeasureFacts[]; organisational: MeasureFacts[] }
  storage: StorageFacts[]
  automated: AutomatedFacts[]
  /** First words of the names in the register, kept capitalised when text is continued after a colon. */
  names: Set<string>
}
