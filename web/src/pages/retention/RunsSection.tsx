import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { ConfirmAction } from '../../components/ConfirmAction'
import type { RetentionData } from '../../components/retention/retentionApi'
import { ruleName } from '../../components/retention/ruleText'
import { TableWrap } from '../../components/TableWrap'
import type { Act } from './act'
import { collectionLabel } from './ownData'
import { PeriodCertificate } from './PeriodCertificate'
import { sweepOutcomeText } from './sweepOutcome'

type SweepResult =
  paths['/api/v1/orgs/{slug}/retention/runs']['post']['responses'][200]['content']['application/json']

/** The sweeps that ran, with their counts, the audit proof and the destruction certificate; running them now. */
export function RunsSection({ slug, data, act }: { slug: string; data: RetentionData; act: Act }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime, day } = useDateFormat()
  const runs = data.runs.items
  const [result, setResult] = useState<SweepResult | null>(null)
  const runNow = () =>
    act(async () => {
      setResult(null)
      setResult(
        await call(api.POST('/api/v1/orgs/{slug}/retention/runs', { params: { path: { slug } }, body: {} })),
      )
    }, t('retention.runs.runNow.done'))
  const outcomeText = (item: SweepResult['items'][number]) => {
    const { key, values } = sweepOutcomeText(item)
    return t(key, values)
  }
  return (
    <section className="list-section" aria-labelledby="retention-runs-title">
      <h2 id="retention-runs-title">{t('retention.runs.title')}</h2>
      <p>{t('retention.runs.intro')}</p>
      <PeriodCertificate slug={slug} />
      {data.rules.can.run ? (
        <div className="card" data-testid="retention-run-now">
          <p>{t('retention.runs.runNow.intro')}</p>
          <ConfirmAction
            label={t('retention.runs.runNow.label')}
            question={t('retention.runs.runNow.question')}
            confirmLabel={t('retention.runs.runNow.confirm')}
            busyLabel={t('retention.runs.runNow.busy')}
            onConfirm={runNow}
          />
          {result ? (
            <div data-testid="retention-sweep-result">
              <h3>{t('retention.runs.runNow.resultTitle')}</h3>
              <ul>
                {result.items.map((i) => (
                  <li
                    key={`${i.rule}/${i.dataset}/${i.collection}`}
                    data-testid="retention-sweep-outcome"
                    data-outcome={i.outcome}
                  >
                    {ruleName(data.rules.items, i.rule, language)} · {collectionLabel(t, i)}{' '}
                    <span className="meta">({i.system})</span>: {outcomeText(i)}
                  </li>
                ))}
              </ul>
              {result.items.every((i) => i.outcome === 'blocked') ? (
                <p>{t('retention.runs.runNow.nothing')}</p>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {runs.length === 0 ? (
        <p>{t('retention.runs.none')}</p>
      ) : (
        <TableWrap label={t('retention.runs.title')}>
          <table className="table" data-testid="retention-runs">
            <thead>
              <tr>
                <th scope="col">{t('retention.runs.started')}</th>
                <th scope="col">{t('retention.runs.rule')}</th>
                <th scope="col">{t('retention.runs.collection')}</th>
                <th scope="col">{t('retention.runs.status')}</th>
                <th scope="col">{t('retention.runs.counts')}</th>
                <th scope="col">{t('retention.runs.approvedBy')}</th>
                <th scope="col">{t('retention.runs.proof')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-testid="retention-run">
                  <th scope="row">{dateTime(r.startedAt)}</th>
                  <td>
                    {ruleName(data.rules.items, r.rule, language)}
                    {r.cutoff ? <span className="meta"> · {day(r.cutoff)}</span> : null}
                  </td>
                  <td>
                    {collectionLabel(t, r)} <span className="meta">({r.system})</span>
                  </td>
                  <td>
                    {r.status === 'running' && r.reason === 'stopped_by_error'
                      ? t('retention.runs.stopped')
                      : t(`retention.runs.statuses.${r.status}`)}
                    {r.status === 'paused' ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.planned', { rows: r.plannedRows, ceiling: r.ceiling ?? '' })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {r.countReported
                      ? t('retention.runs.countsText', { deleted: r.deleted, masked: r.masked })
                      : r.status === 'waiting'
                        ? ''
                        : t('retention.runs.notReported')}
                    {r.completedBy ? (
                      <span className="meta"> · {t('retention.runs.doneBy', { by: r.completedBy })}</span>
                    ) : null}
                    {r.maskedInsteadOfDeleted > 0 ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.sharedText', { count: r.maskedInsteadOfDeleted })}
                      </span>
                    ) : null}
                    {r.renewedByConsent?.people ? (
                      <span className="meta" data-testid="retention-run-renewed">
                        {' '}
                        ·{' '}
                        {t('retention.plan.renewedByConsent', {
                          count: r.renewedByConsent.people,
                          first: r.renewedByConsent.firstUntil ? day(r.renewedByConsent.firstUntil) : '',
                          last: r.renewedByConsent.lastUntil ? day(r.renewedByConsent.lastUntil) : '',
                        })}
                      </span>
                    ) : null}
                    {r.withheldShared > 0 ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.withheldText', { count: r.withheldShared })}
                      </span>
                    ) : null}
                  </td>
                  <td>{r.approvedBy ?? ''}</td>
                  <td data-testid="retention-run-proof" className="error-cell">
                    {r.proof ? (
                      <p>
                        <a
                          href={`/api/v1/orgs/${encodeURIComponent(slug)}/retention/runs/${r.id}/certificate?lang=${language}`}
                          aria-label={t('retention.runs.certificateLabel', {
                            rule: ruleName(data.rules.items, r.rule, language),
                            collection: r.collection,
                            at: dateTime(r.startedAt),
                          })}
                          data-testid="retention-run-certificate"
                        >
                          {t('retention.runs.certificate')}
                        </a>
                      </p>
                    ) : null}
                    {r.proof ? (
                      <code>
                        {t('retention.runs.proofText', {
                          seq: r.proof.auditSeq,
                          keys: r.proof.keys,
                          digest: r.proof.keyHashesDigest,
                        })}
                      </code>
                    ) : (
                      t('retention.runs.noProof')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}
