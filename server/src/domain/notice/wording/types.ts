import type { RetentionTrigger } from '../../register/catalogue'
import type { Language } from '../../register/localized'
import type {
  COOKIE_PURPOSES,
  NOTICE_REQUEST_CHANNELS,
  RegisterDocument,
  RetentionRule,
} from '../../register/schema'
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
  | 'other-websites'
  | 'minors'
  | 'changes'

export type Duration = NonNullable<RetentionRule['duration']>
export type CookiePurpose = (typeof COOKIE_PURPOSES)[number]
export type Address = NonNullable<RegisterDocument['organization']['address']>
export type Requirements = Exclude<Requirement, 'none'>
export type Art9Phrases = Readonly<Record<Art9Condition, string>>
export type TriggerPhrases = Readonly<Record<Exclude<RetentionTrigger, 'custom'>, string>>

/** Statutory retention or claims that limit the right to erasure (Art. 17(3)), as found in the register. */
export type ErasureLimit = 'accounting' | 'tax' | 'aml' | 'social' | 'disputes' | 'limitation' | 'contract'
export type NoticeChannel = (typeof NOTICE_REQUEST_CHANNELS)[number]

/** Where one system of the register keeps data, as far as the register says. */
export interface StorageItem {
  system: string
  country?: string
  location?: string
  certifications: string[]
}

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
  /** The country's name; undefined: a country outside the EEA that the register does not know. */
  country(code: string | undefined): string
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

export interface SharingStatement {
  /** false: the register states that data are never sold. */
  sellsData: boolean | undefined
  /** none: stated that nothing leaves the EEA; listed: transfers recorded; unknown: nothing stated or recorded. */
  transfers: 'none' | 'listed' | 'unknown'
  countries: string[]
  /** Every recorded transfer has a safeguard (recorded, or an adequacy decision for the country). */
  safeguarded: boolean
}

export interface SummaryWording {
  controller(name: string, email: string | undefined): Inline[]
  purposes(): Inline[]
  /** What the register states about selling and transfers; empty when it states neither. */
  sharing(sharing: SharingStatement): Inline[]
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
  /** 'all': every category of the purpose; 'rest': the ones not named as required; else the categories named. */
  optional(scope: 'all' | 'rest' | string[], consequences: string[]): string
  special(special: NonNullable<PurposeFacts['special']>): string
  criminal(criminal: NonNullable<PurposeFacts['criminal']>): string
  /** What no activity processes: special categories (Art. 9), criminal data (Art. 10), or both. */
  noSpecial(special: boolean, criminal: boolean): string
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
  /** `agreements`: a signed processing agreement is recorded for every processor vendor. */
  processors(agreements: boolean): string
  neverSell(): string
  /** notice.sharesOnlyWithPermission; `listed`: the section lists recipients above. */
  onlyWithPermission(listed: boolean): string
}

export interface TransfersWording {
  none(): string
  /** `safeguarded`: every transfer has a safeguard, so the intro may say that data leave only with one. */
  intro(safeguarded: boolean): string
  /** Transfers are stated, but none is recorded yet. */
  unlisted(): string
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
  /** `known`: the register records activities, so that "we take no such decisions" is a statement of it. */
  automated(items: AutomatedFacts[], known: boolean): RightText
}

export interface ObjectionWording {
  legitimate(bases: { legitimate: boolean; publicTask: boolean }): { lead: string; after: string }
  directMarketing(): string
  doNotCall(): Inline[]
  how(): Inline[]
  /** `known`: every purpose has a legal basis, so that "none relies on those grounds" is true. */
  general(known: boolean): string
}

export interface ExerciseWording {
  intro(): string
  portal(url: string): Inline[]
  email(email: string): Inline[]
  post(name: string, address: string): Inline[]
  /** A further channel of notice.requestChannels: its contact (or the address for in_person) and details. */
  channel(channel: NoticeChannel, contact: string | undefined, details: string | undefined): Inline[]
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
  /** Before the list of systems with their hosting country, location and certifications. */
  storageIntro(): string
  storage(item: StorageItem): string
  limits(email: string | undefined): Inline[]
  breach(): string
  /** The organisation's own promise (notice.breachCommunication): told personally, within so many hours. */
  breachPromise(withinHours: number | undefined): string
}

export interface OtherWording {
  cookiePolicy(url: string): Inline[]
  /** The register has the website_cookies purpose but no inventory. */
  cookiesUsed(): string
  noCookies(): string
  /** Before the inventory table: what the cookies are, and the consent the law requires. */
  cookieInventory(necessaryOnly: boolean): string
  readonly cookieHead: readonly [string, string, string, string]
  cookiePurpose(purpose: CookiePurpose): string
  cookieParty(party: 'first' | 'third', provider: string | undefined, country: string | undefined): string
  minors(age: number): string[]
  /** notice.thirdPartyLinks: the website links to other sites, whose own policies apply. */
  thirdPartyLinks(): string[]
  /** Subscribable: the Custos privacy page, whose subscribers are e-mailed when a material change is published. */
  changes(where: string | undefined, subscribable: boolean): Inline[]
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
