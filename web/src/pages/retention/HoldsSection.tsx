import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { brusselsToday, useDateFormat } from '../../app/format'
import { ConfirmAction } from '../../components/ConfirmAction'
import { PlaceHoldForm } from '../../components/retention/PlaceHoldForm'
import type { RetentionData } from '../../components/retention/retentionApi'
import { TableWrap } from '../../components/TableWrap'
import type { Act } from './act'

/** Legal holds: the list, lifting one, placing one. */
export function HoldsSection({
  slug,
  data,
  act,
  onPlaced,
}: {
  slug: string
  data: RetentionData
  act: Act
  onPlaced: () => void
}) {
  const { t } = useTranslation()
  const { day, dateTime } = useDateFormat()
  const today = brusselsToday()
  const holds = data.holds.items
  const collections = data.rules.items.flatMap((r) => r.collections)
  const unique = [...new Map(collections.map((c) => [`${c.dataset}/${c.collection}`, c])).values()]
  const target = (h: (typeof holds)[number]) =>
    h.scope === 'collection'
      ? `${h.datasetKey} · ${h.collection}`
      : h.scope === 'system'
        ? (h.systemKey ?? '')
        : h.scope === 'subject'
          ? (h.subjectName ?? t('retention.holds.unnamed'))
          : h.requestId === null
            ? t('retention.holds.requestGone')
            : [h.requestReference ?? h.requestId, h.subjectName].filter(Boolean).join(' · ')
  return (
    <section className="list-section" aria-labelledby="retention-holds-title">
      <h2 id="retention-holds-title">{t('retention.holds.title')}</h2>
      <p>{t('retention.holds.intro')}</p>
      {holds.length === 0 ? (
        <p>{t('retention.holds.none')}</p>
      ) : (
        <TableWrap label={t('retention.holds.title')}>
          <table className="table" data-testid="retention-holds">
            <thead>
              <tr>
                <th scope="col">{t('retention.holds.reason')}</th>
                <th scope="col">{t('retention.holds.scope')}</th>
                <th scope="col">{t('retention.holds.target')}</th>
                <th scope="col">{t('retention.holds.placed')}</th>
                <th scope="col">{t('retention.holds.ends')}</th>
                <th scope="col">{t('retention.holds.status')}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h) => {
                const active = !h.liftedAt && (!h.endsOn || h.endsOn >= today)
                return (
                  <tr key={h.id} data-testid="retention-hold" data-active={active ? 'true' : 'false'}>
                    <th scope="row">{h.reason}</th>
                    <td>{t(`retention.holds.scopes.${h.scope}`)}</td>
                    <td>
                      {h.scope === 'collection' || h.scope === 'system' ? (
                        <code>{target(h)}</code>
                      ) : (
                        target(h)
                      )}
                    </td>
                    <td>
                      {dateTime(h.placedAt)} · {h.placedBy}
                    </td>
                    <td>{h.endsOn ? day(h.endsOn) : t('retention.holds.untilLifted')}</td>
                    <td>
                      {h.liftedAt
                        ? t('retention.holds.liftedBy', { by: h.liftedBy ?? '?', at: dateTime(h.liftedAt) })
                        : active
                          ? t('retention.holds.active')
                          : t('retention.holds.ended')}
                      {active && data.holds.can.write ? (
                        <ConfirmAction
                          label={t('retention.holds.lift')}
                          accessibleLabel={t('retention.holds.liftLabel', { reason: h.reason })}
                          question={t('retention.holds.liftQuestion')}
                          confirmLabel={t('retention.holds.liftConfirm')}
                          onConfirm={() =>
                            act(
                              () =>
                                call(
                                  api.POST('/api/v1/orgs/{slug}/retention/holds/{id}/lift', {
                                    params: { path: { slug, id: h.id } },
                                    body: {},
                                  }),
                                ),
                              t('retention.holds.lifted'),
                            )
                          }
                        />
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {data.holds.can.write ? (
        <div className="card">
          <h3 id="place-hold-title">{t('retention.holds.place.title')}</h3>
          <PlaceHoldForm slug={slug} collections={unique} onPlaced={onPlaced} />
        </div>
      ) : null}
    </section>
  )
}
