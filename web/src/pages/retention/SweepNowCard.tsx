import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { ConfirmAction } from '../../components/ConfirmAction'
import { Alert } from '../../components/feedback/Alert'
import type { RetentionData } from '../../components/retention/retentionApi'
import { ruleName } from '../../components/retention/ruleText'
import type { Act } from './act'
import { collectionLabel } from './ownData'
import { sweepOutcomeText } from './sweepOutcome'

type Sweep =
  paths['/api/v1/orgs/{slug}/retention/sweeps/{id}']['get']['responses'][200]['content']['application/json']

const POLL_MS = 1000
/** After a failed look (the network, a restart), the page looks again this much later instead of giving up. */
const RETRY_MS = 5000

/**
 * "Run the sweeps now" (review m20): the request is queued and a worker runs it; the card shows it queued, running,
 * then what it did per rule and collection, asking for its state every second; the page is loaded again when it
 * has ended. The organisation's latest request is shown when the page opens, also one asked for elsewhere.
 */
export function SweepNowCard({
  slug,
  data,
  act,
  onEnded,
}: {
  slug: string
  data: RetentionData
  act: Act
  onEnded: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime } = useDateFormat()
  const [sweep, setSweep] = useState<Sweep | null>(null)
  const [lookFailed, setLookFailed] = useState(0)

  useEffect(() => {
    let gone = false
    call(api.GET('/api/v1/orgs/{slug}/retention/sweeps', { params: { path: { slug } } }))
      .then((latest) => {
        if (!gone) setSweep(latest.items[0] ?? null)
      })
      .catch(() => undefined)
    return () => {
      gone = true
    }
  }, [slug])

  const look = useCallback(
    async (id: string) => {
      try {
        const next = await call(
          api.GET('/api/v1/orgs/{slug}/retention/sweeps/{id}', { params: { path: { slug, id } } }),
        )
        setSweep(next)
        if (next.status === 'done' || next.status === 'failed') onEnded()
      } catch {
        setLookFailed((n) => n + 1)
      }
    },
    [slug, onEnded],
  )
  useEffect(() => {
    if (!sweep || (sweep.status !== 'queued' && sweep.status !== 'running')) return
    const timer = setTimeout(() => void look(sweep.id), lookFailed ? RETRY_MS : POLL_MS)
    return () => clearTimeout(timer)
  }, [sweep, lookFailed, look])

  const runNow = () =>
    act(async () => {
      setSweep(
        await call(api.POST('/api/v1/orgs/{slug}/retention/runs', { params: { path: { slug } }, body: {} })),
      )
    }, t('retention.runs.runNow.queuedNotice'))

  return (
    <div className="card" data-testid="retention-run-now">
      <p>{t('retention.runs.runNow.intro')}</p>
      <ConfirmAction
        label={t('retention.runs.runNow.label')}
        question={t('retention.runs.runNow.question')}
        confirmLabel={t('retention.runs.runNow.confirm')}
        busyLabel={t('retention.runs.runNow.busy')}
        onConfirm={runNow}
      />
      {sweep ? (
        <div data-testid="retention-sweep-result">
          <h3>{t('retention.runs.runNow.resultTitle')}</h3>
          {sweep.status === 'failed' ? (
            <Alert>
              <span data-testid="retention-sweep-status" data-status="failed" data-sweep-id={sweep.id}>
                {t(`retention.runs.runNow.failures.${sweep.error?.code ?? 'internal_error'}`)}
              </span>
            </Alert>
          ) : (
            <p
              role="status"
              data-testid="retention-sweep-status"
              data-status={sweep.status}
              data-sweep-id={sweep.id}
            >
              {t(`retention.runs.runNow.states.${sweep.status}`, {
                by: sweep.requestedBy,
                at: dateTime(sweep.requestedAt),
                started: sweep.startedAt ? dateTime(sweep.startedAt) : '',
                ended: sweep.finishedAt ? dateTime(sweep.finishedAt) : '',
              })}
            </p>
          )}
          {sweep.status === 'done' ? (
            <>
              <ul>
                {sweep.items.map((i) => {
                  const { key, values } = sweepOutcomeText(i)
                  return (
                    <li
                      key={`${i.rule}/${i.dataset}/${i.collection}`}
                      data-testid="retention-sweep-outcome"
                      data-outcome={i.outcome}
                    >
                      {ruleName(data.rules.items, i.rule, language)} · {collectionLabel(t, i)}{' '}
                      <span className="meta">({i.system})</span>: {t(key, values)}
                    </li>
                  )
                })}
              </ul>
              {sweep.items.every((i) => i.outcome === 'blocked') ? (
                <p>{t('retention.runs.runNow.nothing')}</p>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
