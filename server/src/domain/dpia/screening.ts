import { transferLeavesEea } from '../register/countries'
import type { Labels, Language } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import { type Activity, DPIA_CRITERIA } from '../register/schema'

/**
 * DPIA screening (Art. 35 GDPR): the nine WP248 criteria and the Belgian DPA's (GBA/APD) list of processing that
 * always needs a DPIA (decision 01/2019 of the Knowledge Centre). Pure: what the register suggests, with the
 * reason for each suggestion; a person confirms (or changes) the criteria and gives a reason, and the result
 * follows from what was confirmed.
 */

export type DpiaCriterion = (typeof DPIA_CRITERIA)[number]
export { DPIA_CRITERIA }

/** The GBA list: processing that always requires a DPIA (Belgium, decision 01/2019). */
export const GBA_LIST_ITEMS = [
  'biometric_identification_public',
  'third_party_data_refuse_contract',
  'implant_health_data',
  'large_scale_third_party_prediction',
  'sensitive_data_shared_systematically',
  'iot_large_scale_prediction',
  'communication_location_data',
  'behaviour_observation_large_scale',
] as const
export type GbaListItem = (typeof GBA_LIST_ITEMS)[number]

export const GBA_LIST_LABELS: Record<GbaListItem, Labels> = {
  biometric_identification_public: {
    nl: 'Biometrische gegevens om personen uniek te identificeren in een publieke of publiek toegankelijke ruimte',
    fr: "Données biométriques pour l'identification unique de personnes dans un lieu public ou accessible au public",
    en: 'Biometric data to uniquely identify people in public or publicly accessible places',
  },
  third_party_data_refuse_contract: {
    nl: 'Gegevens van derden gebruikt om een dienstverleningsovereenkomst met een natuurlijke persoon te weigeren of te beëindigen',
    fr: 'Données obtenues de tiers pour refuser ou résilier un contrat de service avec une personne physique',
    en: 'Data from third parties used to refuse or end a service contract with a natural person',
  },
  implant_health_data: {
    nl: 'Gezondheidsgegevens automatisch verzameld met een actief implanteerbaar medisch hulpmiddel',
    fr: 'Données de santé collectées automatiquement par un dispositif médical implantable actif',
    en: 'Health data collected automatically by an active implantable medical device',
  },
  large_scale_third_party_prediction: {
    nl: 'Grootschalig gegevens van derden verzamelen om economische situatie, gezondheid, voorkeuren, betrouwbaarheid, gedrag of verplaatsingen te analyseren of te voorspellen',
    fr: 'Collecte à grande échelle de données de tiers pour analyser ou prédire la situation économique, la santé, les préférences, la fiabilité, le comportement ou les déplacements',
    en: 'Large-scale collection of third-party data to analyse or predict economic situation, health, preferences, reliability, behaviour or movements',
  },
  sensitive_data_shared_systematically: {
    nl: 'Bijzondere of zeer persoonlijke gegevens die systematisch tussen verwerkingsverantwoordelijken worden uitgewisseld',
    fr: 'Données sensibles ou à caractère très personnel échangées systématiquement entre responsables du traitement',
    en: 'Special or highly personal data shared systematically between controllers',
  },
  iot_large_scale_prediction: {
    nl: 'Grootschalige verwerking van gegevens van sensoren (IoT) om personen te analyseren of te voorspellen',
    fr: 'Traitement à grande échelle de données de capteurs (IoT) pour analyser ou prédire',
    en: 'Large-scale processing of sensor (IoT) data to analyse or predict',
  },
  communication_location_data: {
    nl: 'Grootschalige of systematische verwerking van communicatie-, metadata of locatiegegevens die niet strikt nodig is voor de gevraagde dienst',
    fr: 'Traitement à grande échelle ou systématique de données de communication, métadonnées ou de localisation non strictement nécessaire au service demandé',
    en: 'Large-scale or systematic processing of communication, metadata or location data not strictly needed for the service asked for',
  },
  behaviour_observation_large_scale: {
    nl: 'Grootschalige, systematische en geautomatiseerde observatie of beïnvloeding van gedrag, ook voor reclame',
    fr: 'Observation ou influence systématique et automatisée du comportement à grande échelle, y compris publicitaire',
    en: 'Large-scale systematic automated observation or influencing of behaviour, including for advertising',
  },
}

export type ScreeningResult = 'required' | 'recommended' | 'not_required'

/** Why the register suggests a criterion or a GBA list item (a code with the register keys it rests on). */
export interface SuggestionReason {
  readonly code:
    | 'declared_in_register'
    | 'special_category'
    | 'criminal_data'
    | 'national_number'
    | 'automated_decision'
    | 'profiling'
    | 'vulnerable_subjects'
    | 'monitoring_purpose'
    | 'combined_sources'
    | 'transfer_outside_eea'
    | 'third_party_refusal'
  readonly keys: readonly string[]
}

export interface ScreeningSuggestion {
  readonly criteria: readonly { criterion: DpiaCriterion; reasons: readonly SuggestionReason[] }[]
  readonly gbaItems: readonly { item: GbaListItem; reasons: readonly SuggestionReason[] }[]
  /** Signals the register shows that are no WP248 criterion but belong in the assessment (transfers). */
  readonly signals: readonly SuggestionReason[]
  readonly result: ScreeningResult
}

const MONITORING_PURPOSES = new Set(['camera_surveillance', 'it_security'])
const PROFILING_PURPOSES = new Set(['profiling_personalisation'])

/** WP248: two or more criteria usually require a DPIA, one may; a GBA list item always does. */
export function screeningResult(criteria: readonly string[], gbaItems: readonly string[]): ScreeningResult {
  if (gbaItems.length > 0 || new Set(criteria).size >= 2) return 'required'
  if (new Set(criteria).size === 1) return 'recommended'
  return 'not_required'
}

/** What the register suggests for one activity. */
export function suggestScreening(activity: Activity, resolved: ResolvedRegister): ScreeningSuggestion {
  const found = new Map<DpiaCriterion, SuggestionReason[]>()
  const add = (criterion: DpiaCriterion, reason: SuggestionReason) => {
    found.set(criterion, [...(found.get(criterion) ?? []), reason])
  }
  for (const criterion of activity.dpia.criteria) add(criterion, { code: 'declared_in_register', keys: [] })

  const categories = [...new Set(activity.dataCategories.map((d) => d.category))]
  const flagged = (flag: 'special' | 'criminal' | 'nationalNumber') =>
    categories.filter((key) => resolved.dataCategory(key)?.flags[flag] === true)
  const special = flagged('special')
  const criminal = flagged('criminal')
  const nationalNumber = flagged('nationalNumber')
  if (special.length > 0) add('sensitive_data', { code: 'special_category', keys: special })
  if (criminal.length > 0) add('sensitive_data', { code: 'criminal_data', keys: criminal })
  if (nationalNumber.length > 0) add('sensitive_data', { code: 'national_number', keys: nationalNumber })

  if (activity.automatedDecisions.used)
    add('automated_decision_legal_effect', { code: 'automated_decision', keys: [] })
  const profilingPurposes = activity.purposes.map((p) => p.purpose).filter((p) => PROFILING_PURPOSES.has(p))
  if (activity.automatedDecisions.profiling || profilingPurposes.length > 0)
    add('evaluation_scoring', { code: 'profiling', keys: profilingPurposes })

  const vulnerable = activity.subjectCategories.filter(
    (key) => resolved.subjectCategory(key)?.vulnerable === true,
  )
  if (vulnerable.length > 0) add('vulnerable_subjects', { code: 'vulnerable_subjects', keys: vulnerable })

  const monitoring = activity.purposes.map((p) => p.purpose).filter((p) => MONITORING_PURPOSES.has(p))
  if (monitoring.length > 0) add('systematic_monitoring', { code: 'monitoring_purpose', keys: monitoring })

  const sources = new Set(activity.dataCategories.map((d) => d.source))
  const fromOthers = activity.dataCategories.filter((d) => d.source !== 'subject').map((d) => d.category)
  if (sources.size >= 2 && fromOthers.length > 0)
    add('matching_combining', { code: 'combined_sources', keys: [...new Set(fromOthers)] })

  const gba = new Map<GbaListItem, SuggestionReason[]>()
  const thirdParty = activity.dataCategories.filter((d) => d.source === 'third_party').map((d) => d.category)
  if (thirdParty.length > 0 && activity.automatedDecisions.used)
    gba.set('third_party_data_refuse_contract', [
      { code: 'third_party_refusal', keys: [...new Set(thirdParty)] },
    ])

  const outside = activity.transfers.filter((t) => transferLeavesEea(t) && t.safeguard !== 'adequacy')
  const signals: SuggestionReason[] =
    outside.length > 0
      ? [{ code: 'transfer_outside_eea', keys: [...new Set(outside.map((t) => t.country ?? 'ZZ'))] }]
      : []

  const criteria = DPIA_CRITERIA.filter((c) => found.has(c)).map((criterion) => ({
    criterion,
    reasons: found.get(criterion) ?? [],
  }))
  const gbaItems = GBA_LIST_ITEMS.filter((i) => gba.has(i)).map((item) => ({
    item,
    reasons: gba.get(item) ?? [],
  }))
  return {
    criteria,
    gbaItems,
    signals,
    result: screeningResult(
      criteria.map((c) => c.criterion),
      gbaItems.map((g) => g.item),
    ),
  }
}

/** A confirmed screening is stale once the activity changed after it (its register version moved on). */
export function isScreeningStale(confirmedVersion: number, currentVersion: number | undefined): boolean {
  return currentVersion === undefined || currentVersion > confirmedVersion
}

export const SCREENING_RESULT_LABELS: Record<ScreeningResult, Labels> = {
  required: { nl: 'DPIA vereist', fr: 'AIPD requise', en: 'DPIA required' },
  recommended: { nl: 'DPIA aanbevolen', fr: 'AIPD recommandée', en: 'DPIA recommended' },
  not_required: { nl: 'Geen DPIA vereist', fr: 'AIPD non requise', en: 'DPIA not required' },
}

export function labelIn(labels: Labels, language: Language): string {
  return labels[language]
}
