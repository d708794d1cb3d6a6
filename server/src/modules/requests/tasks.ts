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

/**
 * The manual checklist of a request: one task per system used by the active activities of the register (search
 * the subject, then act on the request there), until a connector does it. Without systems, one general task.
 */
export function tasksFromRegister(
  register: RegisterDocument,
  language: Language,
): { systemKey: string | null; title: string }[] {
  const bySystem = new Map<string, string[]>()
  for (const activity of register.activities.filter((a) => a.status === 'active')) {
    for (const key of activity.systems) {
      const names = bySystem.get(key) ?? []
      names.push(textIn(activity.name, language) ?? activity.key)
      bySystem.set(key, names)
    }
  }
  if (bySystem.size === 0) return [{ systemKey: null, title: NO_SYSTEMS[language] }]
  return [...bySystem].map(([key, activities]) => {
    const system = register.systems.find((s) => s.key === key)
    return { systemKey: key, title: `${system?.name ?? key} (${[...new Set(activities)].join(', ')})` }
  })
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
