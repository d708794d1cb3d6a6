import type { Labels, Language } from '../register/localized'

/**
 * What a sweep run did, as the destruction certificates print it - one renderer for the certificate of one run and
 * the certificate of a period (self-review D7 of session 14). A run through SQL counts what it deleted and masked; a
 * run through an HTTP endpoint has the count the system answered, or none; a run done by a person through a task
 * has no count at all. A count that was not reported is said as such, never printed as 0; a system called over HTTP
 * reports one number (the records it changed), printed on the line of the rule's action only (review V4).
 */
export interface RunResult {
  via: 'sql' | 'http_endpoint' | 'task'
  /** The rule's action: a system called over HTTP reports one number, printed on the line of this action. */
  action: string
  countReported: boolean
  deleted: number
  masked: number
  /** Who marked the task of a `task` run done; null otherwise. */
  completedBy: string | null
  /** The audit record's keys; null: the run has no record yet (not completed). */
  proof: { keys: number; digest: string } | null
}

const T = {
  notReported: {
    nl: 'Aantal niet meegedeeld door het systeem',
    fr: 'Nombre non communiqué par le système',
    en: 'Count not reported by the system',
  },
  notReportedTask: {
    nl: 'Aantal niet meegedeeld: met de hand uitgevoerd door een persoon, zie de taak',
    fr: 'Nombre non communiqué : purge exécutée manuellement par une personne, voir la tâche',
    en: 'Count not reported: done by hand by a person, see the task',
  },
  completedBy: { nl: 'Taak afgewerkt door', fr: 'Tâche terminée par', en: 'Task done by' },
  noKeys: {
    nl: 'Geen: de records werden niet door Custos geselecteerd',
    fr: 'Aucune : les enregistrements n’ont pas été sélectionnés par Custos',
    en: 'None: the records were not selected by Custos',
  },
  noProof: {
    nl: 'Nog geen (niet afgewerkt)',
    fr: 'Pas encore (purge non terminée)',
    en: 'None yet (not completed)',
  },
} as const satisfies Record<string, Labels>

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

export const formatCount = (n: number, language: Language) =>
  new Intl.NumberFormat(LOCALES[language]).format(n)

/** Whether the run's counts are numbers a system or Custos gave (false: print "not reported"). */
export const countIsReported = (run: Pick<RunResult, 'via' | 'countReported'>) =>
  run.via !== 'task' && run.countReported

/**
 * The result lines of a run: deleted and masked when counted (through HTTP only the line of the rule's action), else
 * one line saying the count was not reported (by the system, or because a person did it by hand), then who closed
 * the task. `masked` may carry more than the number (the per-run certificate adds the rows masked instead of
 * deleted).
 */
export function runCountFields(
  run: RunResult,
  language: Language,
  labels: { deleted: string; masked: string; maskedValue?: string },
): { label: string; value: string }[] {
  const counted = countIsReported(run)
  return [
    ...(counted && run.via === 'http_endpoint'
      ? [
          run.action === 'delete'
            ? { label: labels.deleted, value: formatCount(run.deleted, language) }
            : { label: labels.masked, value: formatCount(run.masked, language) },
        ]
      : counted
        ? [
            { label: labels.deleted, value: formatCount(run.deleted, language) },
            { label: labels.masked, value: labels.maskedValue ?? formatCount(run.masked, language) },
          ]
        : [
            {
              label: `${labels.deleted} / ${labels.masked}`,
              value: (run.via === 'task' ? T.notReportedTask : T.notReported)[language],
            },
          ]),
    ...(run.completedBy ? [{ label: T.completedBy[language], value: run.completedBy }] : []),
  ]
}

/** The keyed hashes of a run: their number and SHA-256, none when Custos did not select the records. */
export function runKeysValue(run: RunResult, language: Language): string {
  if (!run.proof) return T.noProof[language]
  if (run.proof.keys === 0 && run.via !== 'sql') return T.noKeys[language]
  return `${formatCount(run.proof.keys, language)} · ${run.proof.digest}`
}
