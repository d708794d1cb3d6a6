import type { RetentionTrigger } from '../../register/catalogue'
import type { Language } from '../../register/localized'
import type { RegisterDocument, RetentionRule } from '../../register/schema'
import type {
  Art9Condition,
  AutomatedFacts,
  BasisFacts,
  PurposeFacts,
  Requirement,
  SourceFacts,
  TransferFacts,
} from '../facts'
import type { Inline } from '../model'

/**
 * The words of a notice in one language. The composer decides what to say from the register; a wording decides
 * how to say it, with that language's grammar: agreement, articles and prepositions, list conjunctions, and
 * its legal conventions (AVG / RGPD / GDPR article notation). Every function takes structured values and returns
 * whole sentences; text the organisation wrote is passed in and inserted as written.
 */

export type SectionId =
  | 'introduction'
  | 'who-we-are'
  | 'personal-data'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'your-rights'
  | 'right-to-object'
  | 'exercise-rights'
  | 'complaints'
  | 'security'
  | 'cookies'
  | 'minors'
  | 'changes'

export type Duration = RetentionRule['duration']
export type Address = NonNullable<RegisterDocument['organization']['address']>
export type Requirements = Exclude<Requirement, 'none'>
export type Art9Phrases = Readonly<Record<Art9Condition, string>>
export type TriggerPhrases = Readonly<Record<Exclude<RetentionTrigger, 'custom'>, string>>

/** Statutory retention or claims that limit the right to erasure (Art. 17(3)), as found in the register. */
export type ErasureLimit = 'accounting' | 'tax' | 'aml' | 'social' | 'disputes'

export interface ControllerIdentity {
  name: string
  legalName?: string
  address?: Address
  enterpriseNumber?: string
}

export interface ContactPerson {
  name?: string
  email?: string
  phone?: string
}

/** A right of the data subject as a term and its explanation. */
export interface RightText {
  term: string
  text: Inline[][]
}

export interface BaseWording {
  readonly language: Language
  /** The list conjunction: "en", "et", "and". */
  readonly and: string
  quote(text: string): string
  /** "zeven jaar", "sept ans", "seven years". */
  duration(duration: Duration): string
  /** '2026-03-01' as "1 maart 2026", "1er mars 2026", "1 March 2026". */
  date(iso: string): string
  country(code: string): string
  address(address: Address): string
  /** "6.1.a" as "art. 6.1.a AVG", "art. 6.1.a RGPD", "Art. 6(1)(a) GDPR". */
  art(ref: string): string
  title(organization: string): string
  readonly summaryHeading: string
  /** Heading of the table of contents and label of the language switch, for the renderers. */
  readonly contentsHeading: string
  readonly languageLabel: string
  readonly headings: Readonly<Record<SectionId, string>>
  privacyContactHeading(dpoAppointed: boolean): string
}

export interface SummaryWording {
  controller(name: string, email: string | undefined): Inline[]
  purposes(): Inline[]
  sharing(transferCountries: string[]): Inline[]
  rights(objection: { directMarketing: boolean; legitimate: boolean }): Inline[]
  complaint(): Inline[]
}

export interface IdentityWording {
  introduction(): string[]
  controller(identity: ControllerIdentity): Inline[]
  contact(points: { email?: string; phone?: string; website?: string }): Inline[] | undefined
  jointControllers(joint: {
    partners: { name: string; contact?: string }[]
    activities: string[]
    arrangement?: string
  }): Inline[][]
  representative(representative: { name: string; address?: string; email?: string }): Inline[]
  processorScope(): string
  dpo(person: ContactPerson): Inline[][]
  privacyContact(person: ContactPerson): Inline[][]
  noContactPerson(email: string | undefined): Inline[][]
}

export interface ProcessingWording {
  intro(): string
  data(categories: string[]): string
  subjects(subjects: string[]): string
  basis(basis: BasisFacts): Inline[]
  basesIntro(): string
  /** Lead-in naming the activities a basis applies to, when the same purpose has several. */
  activityScope(names: string[]): string
  requirement(kind: Requirements, categories: string[], consequences: string[]): string
  optional(all: boolean, consequences: string[]): string
  special(special: NonNullable<PurposeFacts['special']>): string
  criminal(criminal: NonNullable<PurposeFacts['criminal']>): string
  nationalNumber(authorisations: string[]): string
}

export interface SourcesWording {
  allFromYou(): string
  intro(): string
  item(source: SourceFacts): Inline[]
  restFromYou(): string
  timing(): string
}

export interface RecipientsWording {
  intro(): string
  none(): string
  named(names: { name: string; detail?: string }[], exhaustive: boolean): string
  detail(purposes: string[], detail: string): string
  processors(): string
  neverSell(marketingPartners: boolean): string
}

export interface TransfersWording {
  none(): string
  intro(): string
  readonly head: readonly [string, string, string, string]
  safeguard(transfer: TransferFacts): string
  copy(transfer: TransferFacts, email: string | undefined): Inline[]
}

export interface RetentionWording {
  intro(anyOtherAction: boolean): string
  /** "zeven jaar vanaf de afsluiting van het boekjaar waarop de factuur betrekking heeft". */
  period(rule: RetentionRule): string
  /** One rule of an activity; `consent`: the activity relies on consent, so the period ends when it is withdrawn. */
  line(categories: string[] | 'all', rule: RetentionRule, consent: boolean): string
  fallback(): string
  disputes(after: Duration | undefined): string
}

export interface RightsWording {
  intro(): string
  access(): RightText
  rectification(): RightText
  erasure(limits: ErasureLimit[]): RightText
  restriction(): RightText
  notification(): RightText
  portability(purposes: string[]): RightText
  withdrawConsent(purposes: string[]): RightText
  objection(): RightText
  automated(items: AutomatedFacts[]): RightText
}

export interface ObjectionWording {
  legitimate(bases: { legitimate: boolean; publicTask: boolean }): { lead: string; after: string }
  directMarketing(): string
  doNotCall(): Inline[]
  how(): Inline[]
  general(): string
}

export interface ExerciseWording {
  intro(): string
  portal(url: string): Inline[]
  email(email: string): Inline[]
  post(name: string, address: string): Inline[]
  deadline(): string
  identity(): string
  excessive(): string
  refusal(): string
}

export interface ComplaintsWording {
  contactUsFirst(email: string | undefined): Inline[]
  authority(): string
  authorityDetails(): Inline[][]
  court(): string
}

export interface SecurityWording {
  intro(): string
  technical(): string
  organisational(): string
  certifications(certifications: string[]): string
  limits(email: string | undefined): Inline[]
  breach(): string
}

export interface OtherWording {
  cookiePolicy(url: string): Inline[]
  cookiesDescribed(url: string | undefined): Inline[]
  strictlyNecessaryCookies(): string
  minors(age: number): string[]
  changes(where: string | undefined): Inline[]
  version(version: number | undefined, effectiveDate: string | undefined): string
  draft(): string
}

export interface NoticeWording extends BaseWording {
  summary: SummaryWording
  identity: IdentityWording
  processing: ProcessingWording
  sources: SourcesWording
  recipients: RecipientsWording
  transfers: TransfersWording
  retention: RetentionWording
  rights: RightsWording
  objection: ObjectionWording
  exercise: ExerciseWording
  complaints: ComplaintsWording
  security: SecurityWording
  other: OtherWording
}
