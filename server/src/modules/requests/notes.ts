import type { Actor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import { NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { journal } from './journal'
import { insertNote, lockRequest } from './repository'

export async function addNote(ctx: AppContext, actor: Actor, org: Organization, id: string, body: string) {
  return inTransaction(ctx, async (ctx) => {
    const row = await lockRequest(ctx.db, org.id, id)
    if (!row) throw new NotFound('request')
    const note = await insertNote(ctx.db, {
      organizationId: org.id,
      requestId: id,
      authorId: actor.type === 'user' ? actor.id : null,
      authorLabel: actor.label,
      body,
    })
    await journal(ctx.db, ctx.encryption, actor, org.id, { id, reference: row.reference }, [
      {
        action: 'request.note_added',
        at: note.created_at,
        data: { noteId: note.id },
        audit: { noteId: note.id },
      },
    ])
    return note
  })
}
