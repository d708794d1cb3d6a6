import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { clearPackageContent, expiredPackages } from './repository'

const ACTOR = systemActor('answer package purge')
/** Packages handled per transaction; the job loops until none is left. */
const BATCH = 100

/**
 * Storage limitation (Art. 5(1)(e)): the content of an answer package goes when its download link has expired,
 * or when no link was issued within the organisation's link validity plus 7 days. The row stays as the record
 * (what was sent, when, its size and hash); each deletion is in the audit log.
 */
export async function purgeExpiredPackages(ctx: AppContext, now = new Date()): Promise<number> {
  let purged = 0
  for (;;) {
    const done = await inTransaction(ctx, async (ctx) => {
      const trx = ctx.db
      const rows = await expiredPackages(trx, now, BATCH)
      for (const row of rows) {
        await clearPackageContent(trx, row.id, now)
        await recordAudit(trx, ACTOR, {
          organizationId: row.organization_id,
          action: 'answer_package.deleted',
          targetType: 'answer_package',
          targetId: row.id,
          summary: {
            requestId: row.request_id,
            fileName: row.file_name,
            reason: row.link_issued ? 'link_expired' : 'no_link_issued',
          },
        })
      }
      return rows.length
    })
    purged += done
    if (done < BATCH) return purged
  }
}
