import type { AppContext } from './context'
import { sealPersonalData } from './db/personal-data-sealing'
import { releaseHeldMail } from './mail/outbox'
import { mailTransport } from './mail/transport'

/**
 * What every process does once its database is migrated, before it serves or works: seal personal data still
 * in clear from before migration 0009, and - when an SMTP server is now configured - put the mail held while
 * there was none back in line, so the sweep sends it.
 */
export async function runStartupTasks(ctx: Pick<AppContext, 'db' | 'config' | 'logger' | 'encryption'>) {
  const sealed = await sealPersonalData(ctx)
  if (Object.values(sealed).some((n) => n > 0)) {
    ctx.logger.info(sealed, 'Encrypted personal data kept in clear by an earlier version')
  }
  if ((await mailTransport(ctx)).smtpUrl) {
    const released = await releaseHeldMail(ctx.db)
    if (released > 0) ctx.logger.info({ released }, 'SMTP is configured: held mail will be sent')
  }
}
