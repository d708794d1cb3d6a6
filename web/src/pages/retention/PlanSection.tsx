import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { ConfirmAction } from '../../components/ConfirmAction'
import type { RetentionData } from '../../components/retention/retentionApi'
import { periodText, ruleName } from '../../components/retention/ruleText'
import { TableWrap } from '../../components/TableWrap'
import type { Act } from './act'
import { collectionLabel, OWN_DATASET } from './ownData'

/** The plan: per rule, what a sweep would do today per collection; a privacy officer approves it once. */
export function PlanSection({ slug, data, act }: { slug: string; data: RetentionData; act: Act }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { day, dateTime } = useDateFormat()
  const rules = data.rules.items
  const ruleKeys = [...new Set(data.plan.items.map((i) => i.rule))]
  return (
    <section className="list-section" aria-labelledby="retention-plan-title" data-testid="retention-plan">
      <h2 id="retention-plan-title">{t('retention.plan.title')}</h2>
      <p>{t('retention.plan.intro')}</p>
      {ruleKeys.length === 0 ? <p>{t('retention.plan.none')}</p> : null}
      {!data.rules.can.approve && ruleKeys.length > 0 ? (
        <p className="meta">{t('retention.plan.onlyOfficer')}</p>
      ) : null}
      {ruleKeys.map((key) => {
        const rule = rules.find((r) => r.key === key)
        const name = ruleName(rules, key, language)
        const items = data.plan.items.filter((i) => i.rule === key)
        const sweepable = items.some((i) => i.blocked === null || i.blocked === 'not_yet_due')
        return (
          <div key={key} className="card" data-testid="retention-plan-rule" data-rule={key}>
            <div className="section-header">
              <h3>
                {name}
                {rule ? <span className="meta"> · {periodText(rule, language, t)}</span> : null}
              </h3>
              {data.rules.can.approve && sweepable ? (
                <ConfirmAction
                  label={t('retention.plan.approve')}
                  accessibleLabel={t('retention.plan.approveLabel', { rule: name })}
                  question={t('retention.plan.approveQuestion', { rule: name })}
                  confirmLabel={t('retention.plan.approveConfirm')}
                  onConfirm={() =>
                    act(
                      () =>
                        call(
                          api.POST('/api/v1/orgs/{slug}/retention/rules/{rule}/approval', {
                            params: { path: { slug, rule: key } },
                            body: {},
                          }),
                        ),
                      t('retention.plan.approved', { rule: name }),
                    )
                  }
                />
              ) : null}
            </div>
            <p data-testid="retention-plan-approval">
              {rule?.approvedAt
                ? t('retention.rules.approvedBy', {
                    by: rule.approvedBy ?? '?',
                    at: dateTime(rule.approvedAt),
                    rows: rule.approvedRows ?? 0,
                  })
                : t('retention.rules.notApproved')}
            </p>
            <TableWrap label={`${name}: ${t('retention.plan.title')}`}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('retention.plan.collection')}</th>
                    <th scope="col">{t('retention.plan.cutoff')}</th>
                    <th scope="col">{t('retention.plan.due')}</th>
                    <th scope="col">{t('retention.plan.samples')}</th>
                    <th scope="col">{t('retention.plan.holds')}</th>
                    <th scope="col">{t('retention.plan.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={`${i.dataset}/${i.collection}`} data-testid="retention-plan-item">
                      <th scope="row">
                        {i.dataset === OWN_DATASET ? (
                          collectionLabel(t, i)
                        ) : (
                          <>
                            {i.collection}{' '}
                            <span className="meta">
                              ({i.system} · {i.dataset})
                            </span>
                          </>
                        )}
                      </th>
                      <td data-testid="retention-plan-cutoff">
                        {i.cutoff && i.subjectEvent
                          ? t('retention.plan.byEvent', {
                              event: t(`retention.subjectEvents.${i.subjectEvent}`),
                              day: day(i.cutoff),
                              count: i.subjects ?? 0,
                            })
                          : i.cutoff
                            ? day(i.cutoff)
                            : ''}
                      </td>
                      <td data-testid="retention-plan-due">
                        {i.due ?? ''}
                        {!i.blocked && i.via !== 'sql' ? (
                          <span data-testid="retention-plan-via" data-via={i.via}>
                            {i.via === 'http_endpoint'
                              ? t('retention.plan.via.http_endpoint', { endpoint: i.endpoint ?? '' })
                              : t('retention.plan.via.task')}
                          </span>
                        ) : null}
                        {i.withheld ? (
                          <span className="meta">
                            {' '}
                            · {t('retention.plan.withheld', { count: i.withheld })}
                          </span>
                        ) : null}
                        {i.renewedByConsent?.people ? (
                          <span className="meta" data-testid="retention-plan-renewed">
                            {' '}
                            ·{' '}
                            {t('retention.plan.renewedByConsent', {
                              count: i.renewedByConsent.people,
                              first: i.renewedByConsent.firstUntil ? day(i.renewedByConsent.firstUntil) : '',
                              last: i.renewedByConsent.lastUntil ? day(i.renewedByConsent.lastUntil) : '',
                            })}
                          </span>
                        ) : null}
                        {(i.keptInIndex ?? []).map((k) => (
                          <span key={k.rule} className="meta" data-testid="retention-plan-kept-in-index">
                            {' '}
                            ·{' '}
                            {t('retention.plan.keptInIndex', {
                              count: k.people,
                              rule: ruleName(rules, k.rule, language),
                            })}
                          </span>
                        ))}
                      </td>
                      <td>
                        <code>{i.sampleKeys.join(', ')}</code>
                      </td>
                      <td>
                        {i.holds.length === 0 ? (
                          ''
                        ) : (
                          <ul className="plain-list">
                            {i.holds.map((h) => (
                              <li key={h.id}>
                                {t(`retention.holds.scopes.${h.scope}`, { defaultValue: h.scope })}:{' '}
                                {h.reason}
                                {h.endsOn ? ` (${day(h.endsOn)})` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {i.blocked
                          ? t(`retention.plan.blocked.${i.blocked}`, {
                              defaultValue: i.blocked,
                              rule: t(`retention.plan.ownRules.${i.collection}`, { defaultValue: i.rule }),
                            })
                          : i.approved
                            ? t('retention.plan.approvedBy', { by: i.approved.by ?? '?' })
                            : t('retention.plan.notApproved')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        )
      })}
    </section>
  )
}
