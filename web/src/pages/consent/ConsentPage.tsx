import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language, Membership } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { TableWrap } from '../../components/TableWrap'
import { ConsentEventsTable, type ConsentOverview } from './ConsentEvents'
import { ProofLookup } from './ProofLookup'
import { RecordConsentForm } from './RecordConsentForm'

const COUNTS = ['given', 'refused', 'withdrawn', 'expired', 'renewalDue'] as const

/**
 * Consent (issue 17): per consent purpose of the register how many people gave, refused, withdrew or let expire
 * their consent; the proof chain, verified on request and reported as it is; the latest records; the proof of
 * one person; and recording a consent given on paper, by phone or by e-mail.
 */
export function ConsentPage({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const { slug } = membership
  const lang = i18n.language as Language
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/consent', {
          params: { path: { slug }, query: { lang, recent: 20 } },
        }),
      ),
    [slug, lang],
  )
  const data = useResource<ConsentOverview>(load)
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <>
      <PageTitle>{t('consent.records.title')}</PageTitle>
      <p className="lead">{t('consent.records.intro')}</p>
      <Notice>{notice}</Notice>
      <ResourceView resource={data}>
        {(overview) => {
          const labels = new Map(overview.purposes.map((p) => [p.key, p.label]))
          const labelOf = (key: string) => labels.get(key) ?? key
          const recordable = overview.purposes.filter((p) => p.inRegister)
          return (
            <>
              <section className="list-section" aria-labelledby="purposes-title">
                <h2 id="purposes-title">{t('consent.records.purposesTitle')}</h2>
                {overview.purposes.length === 0 ? (
                  <p data-testid="consent-no-purposes">{t('consent.records.purposesNone')}</p>
                ) : (
                  <>
                    <p>{t('consent.records.purposesIntro')}</p>
                    <TableWrap label={t('consent.records.purposesTitle')}>
                      <table
                        className="table"
                        aria-labelledby="purposes-title"
                        data-testid="consent-purposes"
                      >
                        <thead>
                          <tr>
                            <th scope="col">{t('consent.records.columns.purpose')}</th>
                            {COUNTS.map((c) => (
                              <th scope="col" key={c} className="numeric">
                                {t(`consent.records.columns.${c}`)}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {overview.purposes.map((p) => (
                            <tr key={p.key}>
                              <th scope="row">
                                {p.label}
                                {p.offeredToChildren ? (
                                  <span className="badge" data-testid="purpose-children">
                                    {t('consent.records.child.offered')}
                                  </span>
                                ) : null}
                                {p.inRegister ? (
                                  <span className="muted">
                                    {' '}
                                    ({t('consent.records.activities', { list: p.activities.join(', ') })})
                                  </span>
                                ) : (
                                  <span className="badge badge-warning">
                                    {t('consent.records.notInRegister')}
                                  </span>
                                )}
                              </th>
                              {COUNTS.map((c) => (
                                <td key={c} className="numeric">
                                  {p.counts[c]}
                                </td>
                              ))}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableWrap>
                  </>
                )}
              </section>
              {/* A new record makes an earlier verification out of date: the section starts again. */}
              <ChainSection key={overview.chainLength} slug={slug} length={overview.chainLength} />
              <section className="list-section" aria-labelledby="recent-title">
                <h2 id="recent-title">{t('consent.records.recentTitle')}</h2>
                {overview.recent.length === 0 ? (
                  <p>{t('consent.records.recentNone')}</p>
                ) : (
                  <ConsentEventsTable
                    events={overview.recent}
                    labelOf={labelOf}
                    caption={t('consent.records.recentTitle')}
                    testId="consent-recent"
                    retry={overview.can.record ? { slug, onDone: () => data.reload() } : undefined}
                  />
                )}
              </section>
              <section className="card" aria-labelledby="lookup-title">
                <h2 id="lookup-title">{t('consent.records.lookupTitle')}</h2>
                <p>{t('consent.records.lookupIntro')}</p>
                <ProofLookup slug={slug} labelOf={labelOf} />
              </section>
              {overview.can.record && recordable.length > 0 ? (
                <section className="card" aria-labelledby="record-title">
                  <h2 id="record-title">{t('consent.records.recordTitle')}</h2>
                  <p>{t('consent.records.recordIntro')}</p>
                  <RecordConsentForm
                    slug={slug}
                    purposes={recordable}
                    defaultLanguage={lang}
                    onRecorded={(seq) => {
                      setNotice(t('consent.records.recorded', { seq }))
                      data.reload()
                    }}
                  />
                </section>
              ) : null}
            </>
          )
        }}
      </ResourceView>
    </>
  )
}

type ChainReport = {
  ok: boolean
  checked: number
  problems: { kind: 'altered' | 'missing' | 'broken-link' | 'head-mismatch'; seq: number }[]
}

/** The chain's length, and its verification on request: the result as the server found it. */
function ChainSection({ slug, length }: { slug: string; length: number }) {
  const { t } = useTranslation()
  const [report, setReport] = useState<ChainReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const verify = () =>
    void run(async () => {
      setError(null)
      setReport(null)
      try {
        setReport(await call(api.GET('/api/v1/orgs/{slug}/consent/chain', { params: { path: { slug } } })))
      } catch (failure) {
        setError(failure)
      }
    })
  return (
    <section className="list-section" aria-labelledby="chain-title">
      <h2 id="chain-title">{t('consent.records.chainTitle')}</h2>
      <p>
        {t('consent.records.chainLength', { count: length })} {t('consent.records.chainExplain')}
      </p>
      <p>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={verify}
          data-testid="chain-verify"
        >
          {busy ? t('consent.records.verifying') : t('consent.records.verify')}
        </button>
      </p>
      <ErrorMessage error={error} />
      <div role="status" data-testid="chain-result">
        {report === null ? null : report.ok ? (
          <div className="alert alert-success">
            <p>
              {report.checked === 0
                ? t('consent.records.chainEmpty')
                : t('consent.records.chainOk', { count: report.checked })}
            </p>
          </div>
        ) : (
          <div className="alert alert-error">
            <p>
              {t('consent.records.chainBroken', { count: report.problems.length, checked: report.checked })}
            </p>
            <ul>
              {report.problems.map((p) => (
                <li key={`${p.kind}/${p.seq}`}>{t(`consent.records.problems.${p.kind}`, { seq: p.seq })}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  )
}
