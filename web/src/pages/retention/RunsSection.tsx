import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import type { RetentionData } from '../../components/retention/retentionApi'
import { ruleName } from '../../components/retention/ruleText'
import { TableWrap } from '../../components/TableWrap'
import type { Act } from './act'
import { collectionLabel } from './ownData'
import { PeriodCertificate } from './PeriodCertificate'
import { SweepNowCard } from './SweepNowCard'
import { TaskList } from './TaskList'

/** The sweeps that ran, with their counts, the audit proof and the destruction certificate; running them now. */
export function RunsSection({
  slug,
  data,
  act,
  onSweepEnded,
}: {
  slug: string
  data: RetentionData
  act: Act
  /** A "run now" request has ended: the page loads the runs again. */
  onSweepEnded: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime, day } = useDateFormat()
  const runs = data.runs.items
  return (
    <section className="list-section" aria-labelledby="retention-runs-title">
      <h2 id="retention-runs-title">{t('retention.runs.title')}</h2>
      <p>{t('retention.runs.intro')}</p>
      <PeriodCertificate slug={slug} />
      {data.rules.can.run ? <SweepNowCard slug={slug} data={data} act={act} onEnded={onSweepEnded} /> : null}
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
                    {r.via === 'task' ? (
                      <TaskList
                        slug={slug}
                        runId={r.id}
                        canDownload={data.rules.can.run}
                        label={t('retention.runs.taskList.label', {
                          rule: ruleName(data.rules.items, r.rule, language),
                          collection: r.collection,
                        })}
                      />
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
