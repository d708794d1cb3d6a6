import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { brusselsToday, useDateFormat } from '../../app/format'
import { orgHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'

/**
 * The active legal holds on a person or a request, shown where their data is looked at: the rows they cover are
 * kept by every sweep and erasure until the hold ends or is lifted. Shows nothing when none applies.
 */
export function LegalHoldsNotice({
  membership,
  subjectId,
  requestId,
}: {
  membership: Membership
  subjectId?: string | null | undefined
  requestId?: string | undefined
}) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  const { slug } = membership
  const allowed = can(membership, 'retention:read')
  const load = useCallback(async () => {
    if (!allowed || (!subjectId && !requestId)) return []
    const today = brusselsToday()
    const holds = await call(api.GET('/api/v1/orgs/{slug}/retention/holds', { params: { path: { slug } } }))
    return holds.items.filter(
      (h) =>
        !h.liftedAt &&
        (!h.endsOn || h.endsOn >= today) &&
        ((subjectId && h.subjectId === subjectId) || (requestId && h.requestId === requestId)),
    )
  }, [allowed, slug, subjectId, requestId])
  const holds = useResource(load).data ?? []
  if (holds.length === 0) return null
  return (
    <section className="card" aria-labelledby="legal-holds-title" data-testid="legal-holds-notice">
      <h2 id="legal-holds-title">{t('retention.holds.title')}</h2>
      <ul className="plain-list">
        {holds.map((h) => (
          <li key={h.id}>
            {t('retention.heldRows', { reason: h.reason })} ·{' '}
            {h.endsOn ? day(h.endsOn) : t('retention.holds.untilLifted')}
          </li>
        ))}
      </ul>
      <p>
        <a href={orgHref(slug, 'retention')}>{t('retention.overview.open')}</a>
      </p>
    </section>
  )
}
