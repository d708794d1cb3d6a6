import type { Actor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import { textIn } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { journal } from './journal'
import { lockRequest, updateTask } from './repository'

const NO_SYSTEMS: Record<Language, string> = {
  nl: 'Alle bestanden en systemen doorzoeken (het register vermeldt geen systemen)',
  fr: 'Rechercher dans tous les fichiers et systèmes (le registre ne mentionne aucun système)',
  en: 'Search every file and system (the register lists no systems)',
}

const NO_SYSTEMS_FOR_RELATIONSHIP: Record<Language, string> = {
  nl: 'Alle bestanden en systemen doorzoeken (de activiteiten over deze relatie vermelden geen systemen)',
  fr: 'Rechercher dans tous les fichiers et systèmes (les activités qui concernent cette relation ne mentionnent aucun système)',
  en: 'Search every file and system (the activities about this relationship list no systems)',
}

/**
 * The last task of a checklist narrowed to the requester's relationships: the subject index records only the
 * relationships someone entered, so the systems left out are named, to be searched when the requester may also be
 * (or have been) another kind of data subject - a customer who once applied for a job. Never silently dropped.
 */
const OTHER_SYSTEMS: Record<Language, string> = {
  nl: 'Nagaan of de verzoeker ook (of vroeger) een ander soort betrokkene is dan de personenindex vermeldt; zo ja, ook deze systemen doorzoeken: {systems}',
  fr: "Vérifier si le demandeur est (ou a été) aussi une autre catégorie de personne concernée que celle que renseigne l'index des personnes ; dans l'affirmative, rechercher aussi dans ces systèmes : {systems}",
  en: 'Check whether the requester is (or was) also another kind of data subject than the subject index records; if so, search these systems too: {systems}',
}

/**
 * Which activities the checklist covers: only those about the requester's relationship (a customer's request
 * does not list the HR files), or all of them, with the reason - the requester is not in the subject index, the
 * index records no relationship for them, or one of their relationships is not a subject category of an active
 * activity of the register (`relationships` then names those).
 */
export type ChecklistReason = 'relationship' | 'no_subject' | 'no_relationship' | 'not_in_register'

export interface ChecklistScope {
  reason: ChecklistReason
  /** The requester's relationships in the subject index (keys as recorded). */
  relationships: string[]
  /** The subject categories of the register they correspond to (only for `relationship`). */
  categories: string[]
}

const active = (register: RegisterDocument) => register.activities.filter((a) => a.status === 'active')

/** A relationship names a subject category by its key, singular or plural ("client" for "clients"). */
function categoryOf(relationship: string, categories: ReadonlySet<string>): string | null {
  const key = relationship.trim().toLowerCase()
  for (const candidate of [key, `${key}s`]) if (categories.has(candidate)) return candidate
  return null
}

export function checklistScope(
  register: RegisterDocument,
  relationships: readonly string[] | null,
): ChecklistScope {
  if (relationships === null) return { reason: 'no_subject', relationships: [], categories: [] }
  const keys = [...new Set(relationships)]
  if (keys.length === 0) return { reason: 'no_relationship', relationships: [], categories: [] }
  const used = new Set(active(register).flatMap((a) => a.subjectCategories))
  // One relationship the register does not know could be about any system: then every system is listed.
  const unknown = keys.filter((r) => categoryOf(r, used) === null)
  if (unknown.length > 0) return { reason: 'not_in_register', relationships: unknown, categories: [] }
  const categories = [...new Set(keys.flatMap((r) => categoryOf(r, used) ?? []))]
  return { reason: 'relationship', relationships: keys, categories }
}

/**
 * The manual checklist of a request: one task per system used by the active activities of the register that
 * concern the requester (search the subject, then act on the request there), until a connector does it. An
 * activity that names no subject category is kept: the register does not say whom it is about. Without systems,
 * one general task.
 */
export function tasksFromRegister(
  register: RegisterDocument,
  language: Language,
  scope: ChecklistScope = { reason: 'no_subject', relationships: [], categories: [] },
): { systemKey: string | null; title: string }[] {
  const concerned = (activity: RegisterDocument['activities'][number]) =>
    scope.reason !== 'relationship' ||
    activity.subjectCategories.length === 0 ||
    activity.subjectCategories.some((c) => scope.categories.includes(c))
  const bySystem = new Map<string, string[]>()
  for (const activity of active(register).filter(concerned)) {
    for (const key of activity.systems) {
      const names = bySystem.get(key) ?? []
      names.push(textIn(activity.name, language) ?? activity.key)
      bySystem.set(key, names)
    }
  }
  const systemName = (key: string) => register.systems.find((s) => s.key === key)?.name ?? key
  const leftOut = [...new Set(active(register).flatMap((a) => a.systems))].filter((key) => !bySystem.has(key))
  const others = leftOut.length
    ? [
        {
          systemKey: null,
          title: OTHER_SYSTEMS[language].replace('{systems}', leftOut.map(systemName).join(', ')),
        },
      ]
    : []
  if (bySystem.size === 0) {
    const text = scope.reason === 'relationship' ? NO_SYSTEMS_FOR_RELATIONSHIP : NO_SYSTEMS
    return [{ systemKey: null, title: text[language] }, ...others]
  }
  return [
    ...[...bySystem].map(([key, activities]) => ({
      systemKey: key,
      title: `${systemName(key)} (${[...new Set(activities)].join(', ')})`,
    })),
    ...others,
  ]
}

export async function changeTask(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  taskId: string,
  input: { status: 'open' | 'done' | 'not_applicable'; proof?: string | undefined },
) {
  return inTransaction(ctx, async (ctx) => {
    const row = await lockRequest(ctx.db, org.id, id)
    if (!row) throw new NotFound('request')
    if (row.status === 'closed') {
      throw new Conflict('checklist_closed', 'The request is closed; its checklist can no longer change.')
    }
    const at = new Date()
    const open = input.status === 'open'
    const task = await updateTask(ctx.db, org.id, id, taskId, {
      status: input.status,
      doneBy: open ? null : actor.label,
      doneAt: open ? null : at,
      proof: open ? null : input.proof?.trim() || null,
    })
    if (!task) throw new NotFound('task')
    await journal(ctx.db, ctx.encryption, actor, org.id, { id, reference: row.reference }, [
      {
        action: 'request.task_updated',
        at,
        data: { taskId, systemKey: task.system_key, status: task.status, proof: task.proof },
        audit: { taskId, systemKey: task.system_key, status: task.status },
      },
    ])
    return task
  })
}
