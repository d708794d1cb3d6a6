import { createHash, randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../domain/register/localized'
import { formatDate } from '../../domain/requests/format'
import { counted } from '../../lib/plural'
import { findAction, openAutomaticAction } from '../action-plan'
import type { Organization } from '../organizations'
import { sweepByEndpoint } from './http-sweep'
import { insertRun, type RunRow } from './repository'
import type { SweepTarget } from './targets'
import {
  deleteTaskItems,
  duePeople,
  type HeldKey,
  insertTaskItems,
  maskKey,
  type TaskItem,
} from './task-list'
import { TASK_WORDS as WORDS } from './task-words'

/** The action plan's source of the tasks a sweep gives to a person (one per run: sourceKey = the run's id). */
export const SWEEP_TASK_SOURCE = 'retention.sweep_task'
/** Days a person has to do a sweep task (its due date). */
export const TASK_DUE_DAYS = 30
/** After a task run, no new task for the same rule and collection for this many days (a daily job would nag). */
export const TASK_INTERVAL_DAYS = 30

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const dayOf = (value: string | Date | null) =>
  value === null
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).slice(0, 10)

/** Why a sweep gives the work to a person: a manual system, no date-filtered endpoint, or held rows in the way. */
export type TaskReason = 'manual_system' | 'no_sweep_endpoint' | 'held_rows'

const T = {
  title: {
    nl: 'Bewaartermijn verstreken: {collection} in {system} opruimen (regel {rule})',
    fr: 'Durée de conservation expirée : purger {collection} dans {system} (règle {rule})',
    en: 'Retention period expired: sweep {collection} in {system} (rule {rule})',
  },
  action: {
    delete: { nl: 'Wis', fr: 'Supprimez', en: 'Delete' },
    mask: {
      nl: 'Maskeer de persoonsgegevens van',
      fr: 'Masquez les données à caractère personnel des',
      en: 'Mask the personal data of',
    },
    anonymise: { nl: 'Anonimiseer', fr: 'Anonymisez', en: 'Anonymise' },
  } as Record<string, Record<Language, string>>,
  byDate: {
    nl: '{action} de records van "{collection}" in het systeem {system} (dataset {dataset}) waarvan het veld "{field}" vóór {cutoff} ligt: hun bewaartermijn volgens de regel "{rule}" van het register is verstreken.',
    fr: '{action} enregistrements de « {collection} » dans le système {system} (jeu de données {dataset}) dont le champ « {field} » est antérieur au {cutoff} : leur durée de conservation selon la règle « {rule} » du registre a expiré.',
    en: '{action} the records of "{collection}" in the system {system} (dataset {dataset}) whose field "{field}" is before {cutoff}: their retention period under the rule "{rule}" of the register has expired.',
  },
  byEvent: {
    nl: '{action} de records van "{collection}" in het systeem {system} (dataset {dataset}) van de personen bij wie de gebeurtenis waarvan de termijn loopt ({event}) vóór {cutoff} ligt: hun bewaartermijn volgens de regel "{rule}" van het register is verstreken.',
    fr: '{action} enregistrements de « {collection} » dans le système {system} (jeu de données {dataset}) des personnes pour lesquelles l’événement à partir duquel court la durée ({event}) est antérieur au {cutoff} : leur durée de conservation selon la règle « {rule} » du registre a expiré.',
    en: '{action} the records of "{collection}" in the system {system} (dataset {dataset}) of the people whose event the period counts from ({event}) was before {cutoff}: their retention period under the rule "{rule}" of the register has expired.',
  },
  all: {
    nl: '{action} alle records van "{collection}" in het systeem {system} (dataset {dataset}): de bewaartermijn volgens de regel "{rule}" van het register is verstreken.',
    fr: '{action} tous les enregistrements de « {collection} » dans le système {system} (jeu de données {dataset}) : la durée de conservation selon la règle « {rule} » du registre a expiré.',
    en: '{action} all records of "{collection}" in the system {system} (dataset {dataset}): the retention period under the rule "{rule}" of the register has expired.',
  },
  why: {
    manual_system: {
      nl: 'Custos heeft geen verbinding met dit systeem (handmatig systeem) en kent de betrokken records niet: selecteer ze in het systeem zelf.',
      fr: 'Custos n’a pas de connexion avec ce système (système manuel) et ne connaît pas les enregistrements concernés : sélectionnez-les dans le système lui-même.',
      en: 'Custos has no connection to this system (a manual system) and does not know the records concerned: select them in the system itself.',
    },
    no_sweep_endpoint: {
      nl: 'De dataset beschrijft geen oproep die dit systeem op datum laat opruimen; Custos kent de betrokken records niet: selecteer ze in het systeem zelf.',
      fr: 'Le jeu de données ne décrit aucun appel permettant de purger ce système par date ; Custos ne connaît pas les enregistrements concernés : sélectionnez-les dans le système lui-même.',
      en: 'The dataset describes no call that sweeps this system by date; Custos does not know the records concerned: select them in the system itself.',
    },
    held_rows: {
      nl: 'Een juridische blokkering rust op personen met records in deze collectie; een oproep op datum kan ze niet uitsluiten. Bewaar {n} met de sleutels die bij deze opruiming op de pagina Bewaring staan (hier gemaskeerd: {keys}); daar staat ook het CSV-bestand met de volledige sleutels (na aanmelding; de download wordt in het auditlogboek vastgelegd).',
      fr: 'Un gel juridique porte sur des personnes ayant des enregistrements dans cette collection ; un appel par date ne peut pas les exclure. Conservez {n} dont les clés figurent avec cette purge sur la page Conservation (masquées ici : {keys}) ; le fichier CSV avec les clés complètes s’y trouve aussi (après connexion ; le téléchargement est consigné dans le journal d’audit).',
      en: 'A legal hold applies to people with records in this collection; a call by date cannot leave them out. Keep {n} whose keys are listed with this sweep on the Retention page (masked here: {keys}); the CSV file with the full keys is there too (after signing in; the download is recorded in the audit log).',
    },
  } as Record<TaskReason, Record<Language, string>>,
  people: {
    nl: 'Custos kan dit systeem niet zelf opruimen, maar kent {n} van wie de termijn verstreken is (volgens de personenindex). Hun lijst staat, gemaskeerd, bij deze opruiming op de pagina Bewaring, met een CSV-bestand voor wie het werk doet (na aanmelding; de download wordt in het auditlogboek vastgelegd): zoek hun records op in het systeem.',
    fr: 'Custos ne peut pas purger ce système lui-même, mais connaît {n} dont la durée a expiré (selon l’index des personnes). Leur liste figure, masquée, avec cette purge sur la page Conservation, avec un fichier CSV pour la personne qui fait le travail (après connexion ; le téléchargement est consigné dans le journal d’audit) : recherchez leurs enregistrements dans le système.',
    en: 'Custos cannot sweep this system itself but knows {n} whose period ended (from the subject index). Their list is shown, masked, with this sweep on the Retention page, with a CSV file for the person who does the work (after signing in; the download is recorded in the audit log): look up their records in the system.',
  },
  holds: {
    nl: 'Records van personen waarop een juridische blokkering rust, blijven bewaard ({n} van kracht).',
    fr: 'Les enregistrements des personnes faisant l’objet d’un gel juridique sont conservés ({n} en vigueur).',
    en: 'Records of people under a legal hold are kept ({n} in force).',
  },
  instructions: {
    nl: 'Instructies van de dataset: {text}',
    fr: 'Instructions du jeu de données : {text}',
    en: 'Instructions of the dataset: {text}',
  },
  done: {
    nl: 'Markeer deze taak als afgewerkt zodra het werk gedaan is: Custos legt de opruiming dan vast met uw naam en het tijdstip.',
    fr: 'Marquez cette tâche comme terminée une fois le travail fait : Custos consigne alors la purge avec votre nom et l’heure.',
    en: 'Mark this task as done once the work is done: Custos then records the sweep with your name and the time.',
  },
} as const

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

/** Keys as the action plan may show them: masked (a collection keyed by e-mail would show the address), at most 10. */
const maskedKeys = (keys: readonly string[]) =>
  [...keys.slice(0, 10).map(maskKey), ...(keys.length > 10 ? ['…'] : [])].join(', ')

const languageOf = (org: Organization): Language =>
  org.defaultLanguage === 'fr' || org.defaultLanguage === 'en' ? org.defaultLanguage : 'nl'

/** The task's title (nl/fr/en) and description (in the organisation's language): what to do, where, until when. */
export function sweepTaskText(
  org: Organization,
  target: SweepTarget,
  reason: TaskReason,
  heldKeys: readonly string[],
  people = 0,
): { title: { nl: string; fr: string; en: string }; description: string } {
  const values = {
    collection: target.collection.name,
    system: target.dataset.systemKey,
    dataset: target.dataset.key,
    rule: target.rule.key,
    field: target.dateField ?? '',
    event: target.subjectEvent ?? '',
    cutoff: target.cutoff ? formatDate(target.cutoff) : '',
  }
  const language = languageOf(org)
  const action = T.action[target.rule.action ?? 'mask'] ?? T.action.mask
  const what = target.cutoff ? (target.dateField ? T.byDate : T.byEvent) : T.all
  const holds = target.holds.filter((h) => h.scope === 'subject' || h.scope === 'request').length
  const instructions = target.dataset.document.instructions
  const paragraphs = [
    fill(what[language], { ...values, action: action?.[language] ?? '' }),
    people > 0 && reason !== 'held_rows'
      ? fill(T.people[language], { n: counted(language, people, WORDS.people[language]) })
      : fill(T.why[reason][language], {
          n: counted(language, heldKeys.length, WORDS.records[language]),
          keys: maskedKeys(heldKeys),
        }),
    ...(holds > 0 && reason !== 'held_rows'
      ? [fill(T.holds[language], { n: counted(language, holds, WORDS.holds[language]) })]
      : []),
    ...(instructions ? [fill(T.instructions[language], { text: instructions })] : []),
    T.done[language],
  ]
  return {
    title: {
      nl: fill(T.title.nl, values),
      fr: fill(T.title.fr, values),
      en: fill(T.title.en, values),
    },
    description: paragraphs.join('\n\n'),
  }
}

/** The run of a target that waits for a person (status waiting), if any. */
export function findWaitingRun(ctx: AppContext, org: Organization, target: SweepTarget) {
  return ctx.db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', org.id)
    .where('rule_key', '=', target.rule.key)
    .where('dataset_key', '=', target.dataset.key)
    .where('collection', '=', target.collection.name)
    .where('status', '=', 'waiting')
    .executeTakeFirst()
}

/** Whether a task run of the target started less than TASK_INTERVAL_DAYS before today. */
async function recentTaskRun(ctx: AppContext, org: Organization, target: SweepTarget, today: string) {
  const since = new Date(`${addDays(today, -TASK_INTERVAL_DAYS)}T00:00:00Z`)
  const row = await ctx.db
    .selectFrom('retention_runs')
    .select('id')
    .where('organization_id', '=', org.id)
    .where('rule_key', '=', target.rule.key)
    .where('dataset_key', '=', target.dataset.key)
    .where('collection', '=', target.collection.name)
    .where('via', '=', 'task')
    .where('started_at', '>', since)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Gives a due sweep to a person (decision 0094): a run with status waiting and, in the same transaction, a dated
 * task in the action plan (one per run) saying what is due, where, until which day, and the keys to keep where
 * Custos knows them. Nothing when a task run of the same rule and collection started in the last 30 days.
 */
export async function createSweepTask(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: SweepTarget,
  today: string,
  reason: TaskReason,
  heldKeys: readonly HeldKey[] = [],
  people: readonly TaskItem[] = [],
): Promise<RunRow | null> {
  if (await recentTaskRun(ctx, org, target, today)) return null
  const text = sweepTaskText(
    org,
    target,
    reason,
    heldKeys.map((k) => k.key),
    people.length,
  )
  return inTransaction(ctx, async (tx) => {
    const id = randomUUID()
    const { action } = await openAutomaticAction(
      tx,
      {
        organizationId: org.id,
        source: SWEEP_TASK_SOURCE,
        sourceKey: id,
        title: text.title,
        description: text.description,
        link: `/orgs/${org.slug}/retention`,
        priority: 'high',
        due: addDays(today, TASK_DUE_DAYS),
      },
      actor,
    )
    const run = await insertRun(tx.db, {
      id,
      organization_id: org.id,
      rule_key: target.rule.key,
      dataset_key: target.dataset.key,
      system_key: target.dataset.systemKey,
      collection: target.collection.name,
      action: target.rule.action ?? 'mask',
      cutoff: target.cutoff,
      ...(target.subjectEvent ? { subject_event: target.subjectEvent } : {}),
      today,
      status: 'waiting',
      reason,
      via: 'task',
      count_reported: false,
      task_action_id: action.id,
      approved_by_label: target.policy?.approved_by_label ?? null,
      started_by_label: actor.label,
    })
    const items: TaskItem[] =
      reason === 'held_rows'
        ? heldKeys.map((k) => ({ kind: 'keep', key: k.key, subjects: k.subjects }))
        : [...people]
    await insertTaskItems(tx.db, org.id, run.id, items, (text, context) =>
      ctx.encryption.encrypt(text, context),
    )
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.run_waiting',
      targetType: 'retention_run',
      targetId: run.id,
      summary: {
        rule: target.rule.key,
        dataset: target.dataset.key,
        system: target.dataset.systemKey,
        collection: target.collection.name,
        cutoff: target.cutoff,
        reason,
        taskId: action.id,
        due: action.due_date,
        keysToKeep: heldKeys.length,
        peopleDue: reason === 'held_rows' ? 0 : people.length,
      },
    })
    return run
  })
}

/**
 * A waiting run whose task a person closed: done - the run is completed with who closed the task and when, and
 * its proof (retention.run_completed, counts not reported: the person did the work); cancelled - the run failed
 * (task_cancelled). Still open: unchanged.
 */
export async function settleTaskRun(ctx: AppContext, org: Organization, run: RunRow): Promise<RunRow> {
  if (run.status !== 'waiting' || !run.task_action_id) return run
  const task = await findAction(ctx.db, org.id, run.task_action_id)
  if (!task || (task.status !== 'done' && task.status !== 'cancelled')) return run
  const endedAt = task.closed_at ? new Date(task.closed_at) : new Date()
  const by = task.closed_by_label ?? null
  return inTransaction(ctx, async (tx) => {
    const claimed = await tx.db
      .updateTable('retention_runs')
      .set({
        status: task.status === 'done' ? 'completed' : 'failed',
        reason: task.status === 'done' ? null : 'task_cancelled',
        ended_at: endedAt,
        completed_by_label: by,
      })
      .where('id', '=', run.id)
      .where('status', '=', 'waiting')
      .returningAll()
      .executeTakeFirst()
    if (!claimed)
      return tx.db.selectFrom('retention_runs').selectAll().where('id', '=', run.id).executeTakeFirstOrThrow()
    // The task is closed: its list goes (the run, its counts and this audit event are the proof).
    await deleteTaskItems(tx.db, run.id)
    const actor = { type: 'system' as const, id: null, label: by ?? run.started_by_label, requestId: null }
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: task.status === 'done' ? 'retention.run_completed' : 'retention.run_failed',
      targetType: 'retention_run',
      targetId: run.id,
      summary: {
        rule: run.rule_key,
        dataset: run.dataset_key,
        system: run.system_key,
        collection: run.collection,
        action: run.action,
        cutoff: dayOf(run.cutoff),
        via: 'task',
        taskId: run.task_action_id,
        completedBy: by,
        deleted: null,
        masked: null,
        countReported: false,
        maskedInsteadOfDeleted: 0,
        withheldShared: 0,
        approvedBy: run.approved_by_label,
        startedAt: run.started_at,
        endedAt,
        ...(task.status === 'done'
          ? { keys: 0, keyHashesDigest: createHash('sha256').update('').digest('hex') }
          : { reason: 'task_cancelled' }),
      },
    })
    return claimed
  })
}

/** Settles every waiting run of an organisation whose task was closed (the sweep job and run-now call it). */
export async function settleTaskRuns(ctx: AppContext, org: Organization): Promise<RunRow[]> {
  const waiting = await ctx.db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', org.id)
    .where('status', '=', 'waiting')
    .execute()
  const settled: RunRow[] = []
  for (const run of waiting) {
    const after = await settleTaskRun(ctx, org, run)
    if (after.status !== 'waiting') settled.push(after)
  }
  return settled
}

export type OutsideOutcome = 'completed' | 'failed' | 'waiting' | 'not_approved' | 'dry_run' | 'nothing_due'

/**
 * The sweep of a collection that is not in a SQL system (decision 0094): first a waiting run of it is settled (its
 * task closed); then, approved, an HTTP collection with a date-filtered sweep endpoint is swept by one call - unless
 * people under a legal hold have records in it, which a call by date cannot leave out - and every other collection
 * is given to a person as a dated task.
 */
export async function sweepOutsideSql(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: SweepTarget,
  today: string,
  options: { dryRun?: boolean | undefined; fetch?: typeof fetch | undefined },
  readHeldKeys: () => Promise<HeldKey[]>,
  readHeldSubjects: () => Promise<string[]>,
): Promise<{ run: RunRow | null; outcome: OutsideOutcome }> {
  const waiting = await findWaitingRun(ctx, org, target)
  if (waiting) {
    const run = await settleTaskRun(ctx, org, waiting)
    const outcome = run.status === 'completed' ? 'completed' : run.status === 'failed' ? 'failed' : 'waiting'
    return { run, outcome }
  }
  if (!target.policy?.approved_at) return { run: null, outcome: 'not_approved' }
  if (options.dryRun) return { run: null, outcome: 'dry_run' }
  let reason: TaskReason = target.dataset.connector === 'manual' ? 'manual_system' : 'no_sweep_endpoint'
  let keys: HeldKey[] = []
  if (target.via === 'http_endpoint') {
    keys = await readHeldKeys()
    if (keys.length === 0) {
      const run = await sweepByEndpoint(ctx, actor, org, target, today, { fetch: options.fetch })
      return { run, outcome: 'completed' }
    }
    reason = 'held_rows'
  }
  // A rule counted from the people's event: Custos knows who is due (not their records) and lists them.
  const people =
    reason !== 'held_rows' && target.subjectEvent
      ? await duePeople(ctx, org, target, await readHeldSubjects(), today)
      : []
  if (reason !== 'held_rows' && target.subjectEvent && people.length === 0)
    return { run: null, outcome: 'nothing_due' }
  const run = await createSweepTask(ctx, actor, org, target, today, reason, keys, people)
  return run ? { run, outcome: 'waiting' } : { run: null, outcome: 'nothing_due' }
}
