import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import { openSubjectName } from './name-seal'

export interface SubjectContact {
  subjectId: string
  name: string
  /** The subject's first e-mail identity, or null when the index has none. */
  email: string | null
  language: Language | null
}

export type ContactSelection = { subjectIds: readonly string[] } | { relationship: string } | { all: true }

const PAGE = 1000

interface ContactRow {
  id: string
  display_name: string | null
  display_name_encrypted: string | null
  preferred_language: Language | null
}

/**
 * Names, e-mail addresses and languages of a set of subjects of the index - chosen by id, by relationship
 * (everyone with a 'customer' relationship) or all - decrypted to write to them (a breach letter). Read in pages
 * of 1000 subjects.
 */
export async function subjectContacts(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  selection: ContactSelection,
): Promise<SubjectContact[]> {
  const contacts: SubjectContact[] = []
  const add = async (rows: ContactRow[]) => {
    if (rows.length === 0) return
    const emails = await ctx.db
      .selectFrom('subject_identities')
      .select(['subject_id', 'value_encrypted', 'created_at'])
      .where('organization_id', '=', organizationId)
      .where('kind', '=', 'email')
      .where(
        'subject_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const first = new Map<string, string>()
    for (const e of emails) if (!first.has(e.subject_id)) first.set(e.subject_id, e.value_encrypted)
    for (const row of rows) {
      const sealed = first.get(row.id)
      contacts.push({
        subjectId: row.id,
        name: openSubjectName(ctx.encryption, row),
        email: sealed ? ctx.encryption.decrypt(sealed, identityEncryptionContext('email')) : null,
        language: row.preferred_language,
      })
    }
  }
  const base = () =>
    ctx.db
      .selectFrom('subjects as s')
      .select(['s.id', 's.display_name', 's.display_name_encrypted', 's.preferred_language'])
      .where('s.organization_id', '=', organizationId)
  if ('subjectIds' in selection) {
    // Chosen by id (up to 100,000): read PAGE ids per statement - one list of them all would pass the databases'
    // limit of 65,535 parameters per statement.
    const ids = [...new Set(selection.subjectIds)].sort()
    for (let start = 0; start < ids.length; start += PAGE) {
      await add(
        await base()
          .where('s.id', 'in', ids.slice(start, start + PAGE))
          .orderBy('s.id')
          .execute(),
      )
    }
    return contacts
  }
  let after = '00000000-0000-0000-0000-000000000000'
  for (;;) {
    let query = base().where('s.id', '>', after)
    if ('relationship' in selection) {
      const relationship = selection.relationship
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('subject_relationships as r')
            .select('r.id')
            .whereRef('r.subject_id', '=', 's.id')
            .where('r.relationship', '=', relationship),
        ),
      )
    }
    const rows = await query.orderBy('s.id').limit(PAGE).execute()
    await add(rows)
    after = rows[rows.length - 1]?.id ?? after
    if (rows.length < PAGE) break
  }
  return contacts
}
