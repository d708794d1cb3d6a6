import type { Transaction } from 'kysely'
import type { AppContext } from '../../context'
import type { DB } from '../../db/schema'
import type { CompletionDetails, LetterSpec } from '../../domain/requests'
import { issuePackageLinkIn, latestPackageOfRequest } from './service'

/**
 * The download link a completion letter carries: when the letter grants access or portability by download and
 * the request has a stored package not yet downloaded, a new link is issued (the previous one stops working) and
 * the letter states the link's last day. Null otherwise: the letter then says the link comes separately.
 */
export async function packageLinkForLetter(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'config'>,
  organizationId: string,
  requestId: string,
  spec: LetterSpec,
): Promise<{ url: string; spec: LetterSpec } | null> {
  if (spec.kind !== 'completed' && spec.kind !== 'partially_refused') return null
  const granted =
    spec.kind === 'completed' ? spec.types : spec.types.filter((t) => !spec.refusedTypes.includes(t))
  const { access, portability } = spec.details
  const accessByDownload = granted.includes('access') && access?.delivery !== 'enclosed' && !access?.noData
  const portabilityByDownload =
    granted.includes('portability') && (portability?.delivery ?? 'download') === 'download'
  if (!accessByDownload && !portabilityByDownload) return null
  const stored = await latestPackageOfRequest({ db: trx }, organizationId, requestId)
  if (!stored?.available || stored.downloadedAt !== null) return null
  const link = await issuePackageLinkIn({ db: trx, config: ctx.config }, stored.id)
  const until = link.availableUntil
  const details: CompletionDetails = {
    ...spec.details,
    ...(accessByDownload
      ? { access: { ...(access ?? { delivery: 'download' }), availableUntil: until } }
      : {}),
    ...(portabilityByDownload
      ? { portability: { ...(portability ?? { delivery: 'download' }), availableUntil: until } }
      : {}),
  }
  return { url: link.url, spec: { ...spec, details } }
}
