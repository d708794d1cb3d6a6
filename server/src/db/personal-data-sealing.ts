import type { AppContext } from '../context'
import { sealBody, sealEnvelope } from '../mail/outbox-seal'
import {
  emailLookupKey,
  openRequestSubject,
  PERSONAL_EVENT_KINDS,
  sealEventData,
  sealRequesterEmail,
  sealRequestSubject,
} from '../modules/requests'
import { nameKeysOf, sealSubjectName } from '../modules/subjects'

type SealingContext = Pick<AppContext, 'db' | 'encryption'>

const BATCH = 200

export interface SealCounts {
  outboxMessages: number
  requests: number
  requestEvents: number
  subjects: number
}

/**
 * Seals the personal data that rows written before migration 0009 still hold in clear (the migration has no
 * key): each value is encrypted into its `_encrypted` column and the clear column emptied, one row per
 * statement, only while the row is still unsealed - so it is idempotent, safe when two processes start at
 * once, and does nothing at all once every row is sealed. Runs at every start (`openRuntime`).
 */
export async function sealPersonalData(ctx: SealingContext): Promise<SealCounts> {
  return {
    outboxMessages: await sealOutbox(ctx),
    requests: await sealRequests(ctx),
    requestEvents: await sealRequestEvents(ctx),
    subjects: await sealSubjects(ctx),
  }
}

/** The requester moves out of `state` into `subject_encrypted`; the clear address into its sealed columns. */
async function sealRequests(ctx: SealingContext): Promise<number> {
  let sealed = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('requests')
      .select(['id', 'state', 'subject_encrypted', 'requester_email'])
      .where('subject_encrypted', 'is', null)
      .orderBy('id')
      .limit(BATCH)
      .execute()
    for (const row of rows) {
      const { subject: _subject, ...state } = row.state
      const email = row.requester_email
      await ctx.db
        .updateTable('requests')
        .set({
          subject_encrypted: sealRequestSubject(
            ctx.encryption,
            row.id,
            openRequestSubject(ctx.encryption, row),
          ),
          state: JSON.stringify(state),
          ...(email === null
            ? {}
            : {
                requester_email_encrypted: sealRequesterEmail(ctx.encryption, row.id, email),
                requester_email_key: emailLookupKey(ctx.encryption, email),
                requester_email: null,
              }),
        })
        .where('id', '=', row.id)
        .where('subject_encrypted', 'is', null)
        .execute()
    }
    sealed += rows.length
    if (rows.length < BATCH) return sealed
  }
}

/** The personal fields of the events that have them move into `personal_encrypted`. */
async function sealRequestEvents(ctx: SealingContext): Promise<number> {
  let sealed = 0
  let after = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('request_events')
      .select(['id', 'request_id', 'kind', 'data'])
      .where('personal_encrypted', 'is', null)
      .where('kind', 'in', [...PERSONAL_EVENT_KINDS])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()
    for (const row of rows) {
      const split = sealEventData(ctx.encryption, row.request_id, row.kind, row.data)
      if (split.personalEncrypted === null) continue
      await ctx.db
        .updateTable('request_events')
        .set({ data: JSON.stringify(split.data), personal_encrypted: split.personalEncrypted })
        .where('id', '=', row.id)
        .where('personal_encrypted', 'is', null)
        .execute()
      sealed += 1
    }
    const last = rows.at(-1)
    if (!last || rows.length < BATCH) return sealed
    after = last.id
  }
}

/** The display name is encrypted and its prefixes' keys stored for search. */
async function sealSubjects(ctx: SealingContext): Promise<number> {
  let sealed = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('subjects')
      .select(['id', 'organization_id', 'display_name', 'created_at'])
      .where('display_name', 'is not', null)
      .orderBy('id')
      .limit(BATCH)
      .execute()
    for (const row of rows) {
      const name = sealSubjectName(ctx.encryption, row.id, row.display_name ?? '')
      const keys = nameKeysOf(ctx.encryption, row.organization_id, row.display_name ?? '')
      // Not inTransaction (decision 0042): sealing runs at start-up, before the job queue and so before any
      // AppContext exists (runtime.ts); one statement writes the name and its keys.
      await ctx.db
        .updateTable('subjects')
        .set({ display_name_encrypted: name.encrypted, display_name: null, name_keys: keys })
        .where('id', '=', row.id)
        .where('display_name', 'is not', null)
        .execute()
    }
    sealed += rows.length
    if (rows.length < BATCH) return sealed
  }
}

async function sealOutbox(ctx: SealingContext): Promise<number> {
  let sealed = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('outbox_messages')
      .select(['id', 'to_address', 'subject', 'text_body', 'html_body'])
      .where('envelope_encrypted', 'is', null)
      .limit(BATCH)
      .execute()
    for (const row of rows) {
      const body =
        row.text_body !== null && row.html_body !== null
          ? sealBody(ctx.encryption, row.id, { text: row.text_body, html: row.html_body })
          : null
      await ctx.db
        .updateTable('outbox_messages')
        .set({
          envelope_encrypted: sealEnvelope(ctx.encryption, row.id, {
            to: row.to_address ?? '',
            subject: row.subject ?? '',
          }),
          body_encrypted: body,
          to_address: null,
          subject: null,
          text_body: null,
          html_body: null,
        })
        .where('id', '=', row.id)
        .where('envelope_encrypted', 'is', null)
        .execute()
    }
    sealed += rows.length
    if (rows.length < BATCH) return sealed
  }
}
