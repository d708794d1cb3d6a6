import type { paths } from '../../api/schema'
import type { Segment } from '../../app/registerRoutes'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Base = '/api/v1/orgs/{slug}/register'
type BodyOf<S extends Segment> = paths[`${Base}/${S}`]['post']['requestBody']['content']['application/json']

/** One entry of each kind as the API accepts it (defaults optional); GET answers the same with defaults filled. */
export interface EntryOf {
  activities: BodyOf<'activities'>
  systems: BodyOf<'systems'>
  vendors: BodyOf<'vendors'>
  'retention-rules': BodyOf<'retention-rules'>
  measures: BodyOf<'measures'>
  'data-categories': BodyOf<'data-categories'>
  'subject-categories': BodyOf<'subject-categories'>
  purposes: BodyOf<'purposes'>
  'recipient-types': BodyOf<'recipient-types'>
}

export type Activity = EntryOf['activities']
export type RegisterSystem = EntryOf['systems']
export type Vendor = EntryOf['vendors']
export type RetentionRule = EntryOf['retention-rules']
export type Measure = EntryOf['measures']
export type DataCategory = EntryOf['data-categories']
export type TaxonomyEntry = EntryOf['purposes']

export type PurposeUse = NonNullable<Activity['purposes']>[number]
export type DataCategoryUse = NonNullable<Activity['dataCategories']>[number]
export type Recipient = NonNullable<Activity['recipients']>[number]
export type Transfer = NonNullable<Activity['transfers']>[number]
export type JointController = NonNullable<Activity['jointControllers']>[number]
export type ProcessorClient = NonNullable<Activity['processorFor']>[number]
export type RetentionUse = NonNullable<Activity['retention']>[number]
export type LegalBasis = NonNullable<PurposeUse['legalBasis']>
export type DpiaCriterion = NonNullable<NonNullable<Activity['dpia']>['criteria']>[number]

/** The whole register (GET /register), as the server assembles it with every default filled in. */
export interface RegisterDocument {
  format: string
  organization: { name: string; languages?: ('nl' | 'fr' | 'en')[] } & Record<string, unknown>
  taxonomy: {
    dataCategories: DataCategory[]
    subjectCategories: TaxonomyEntry[]
    purposes: TaxonomyEntry[]
    recipientTypes: TaxonomyEntry[]
  }
  activities: Activity[]
  systems: RegisterSystem[]
  vendors: Vendor[]
  retentionRules: RetentionRule[]
  measures: Measure[]
}

export type Catalogue = Json<paths['/api/v1/register/catalogue']['get']['responses'][200]>
export type CatalogueEnums = Catalogue['enums']
export type EnumName = keyof CatalogueEnums
export type Labels = { nl: string; fr: string; en: string }

export type ImportReport = Json<paths[`${Base}/import`]['post']['responses'][200]>
export type EntryVersion = Json<
  paths[`${Base}/activities/{key}/history`]['get']['responses'][200]
>['items'][number]
export type FieldChange = EntryVersion['changes'][number]

export type CheckResult = Json<paths[`${Base}/check`]['get']['responses'][200]>
/** One result of the register check: which rule, how bad, where, why and how to fix it (in one language). */
export type Finding = CheckResult['findings'][number]
