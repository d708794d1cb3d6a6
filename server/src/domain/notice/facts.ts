import { type Language, textIn } from '../register/localized'
import { type ResolvedRegister, resolveRegister } from '../register/resolve'
import type { Activity, RegisterDocument } from '../register/schema'
import type { NoticeFacts } from './fact-types'
import { gatherPurposes } from './facts-purposes'
import { gatherRecipients, gatherSources, gatherTransfers } from './facts-recipients'
import { gatherMeasures, gatherStorage } from './facts-storage'
import { continuation, distinct, nameWords } from './text'

/** The facts a notice is written from (their shapes in fact-types.ts), gathered from the register. */
export type * from './fact-types'

export function feedsNotice(activity: Activity): boolean {
  return activity.status === 'active' && activity.role !== 'processor'
}

export function gatherFacts(doc: RegisterDocument, language: Language): NoticeFacts {
  const resolved = resolveRegister(doc)
  const activities = doc.activities.filter(feedsNotice)
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, language)
  const names = registerNames(doc)
  const continued = (value: Parameters<typeof textIn>[0]) => {
    const found = textIn(value, language)
    return found === undefined ? undefined : continuation(found, names)
  }
  const label = (kind: Parameters<ResolvedRegister['labelOf']>[0], key: string) =>
    resolved.labelOf(kind, key, language)
  const purposeLabels = (activity: Activity) =>
    distinct(activity.purposes.map((p) => label('purpose', p.purpose)))

  return {
    doc,
    language,
    resolved,
    activities,
    processorActivities: doc.activities.filter((a) => a.status === 'active' && a.role === 'processor'),
    purposes: gatherPurposes(activities, resolved, language, names),
    sources: gatherSources(activities, resolved, language),
    recipients: gatherRecipients(activities, resolved, language, names),
    transfers: gatherTransfers(activities, language),
    retention: activities.map((activity) => ({
      activityName: text(activity.name) ?? activity.key,
      purposes: purposeLabels(activity),
      consent: activity.purposes.some((p) => p.legalBasis === 'consent'),
      rules: activity.retention.flatMap((use) => {
        const rule = resolved.retentionRule(use.rule)
        if (rule === undefined) return []
        const categories = use.dataCategories.map((key) => label('data_category', key))
        return [{ rule, categories: categories.length === 0 ? ('all' as const) : categories }]
      }),
    })),
    measures: gatherMeasures(activities, resolved, language),
    storage: gatherStorage(activities, resolved, language),
    automated: activities
      .filter((a) => a.automatedDecisions.used || a.automatedDecisions.profiling)
      .map((a) => ({
        activityName: text(a.name) ?? a.key,
        purposes: purposeLabels(a),
        profiling: a.automatedDecisions.profiling,
        used: a.automatedDecisions.used,
        logic: continued(a.automatedDecisions.logic),
        consequences: continued(a.automatedDecisions.consequences),
      })),
    names,
  }
}

function registerNames(doc: RegisterDocument): Set<string> {
  const org = doc.organization
  return nameWords([
    org.name,
    org.legalName,
    org.dpo?.name,
    org.representative?.name,
    ...doc.vendors.map((v) => v.name),
    ...doc.systems.map((s) => s.name),
    ...doc.activities.flatMap((a) => a.jointControllers.map((j) => j.name)),
  ])
}
