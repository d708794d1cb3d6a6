import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { TableWrap } from '../../components/TableWrap'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
export type CookieScan = Json<
  paths['/api/v1/orgs/{slug}/cookies/scans']['get']['responses'][200]
>['items'][number]
type Finding = CookieScan['findings'][number]

const POLL_MS = 2000
const BADGE: Record<CookieScan['status'], string> = {
  queued: 'badge badge-pending',
  running: 'badge badge-pending',
  completed: 'badge badge-active',
  failed: 'badge badge-failed',
}

/** The scans of the site, newest first, and the button that starts one; refreshed while one is under way. */
export function CookieScans({
  slug,
  canScan,
  hasUrls,
  onFinished,
}: {
  slug: string
  canScan: boolean
  hasUrls: boolean
  /** Called when a scan that was under way has ended. */
  onFinished?: () => void
}) {
  const { t } = useTranslation()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/cookies/scans', { params: { path: { slug } } })),
    [slug],
  )
  const data = useResource(load)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const underway = data.data?.items.some((s) => s.status === 'queued' || s.status === 'running') ?? false
  const { reload } = data
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer (data.data) plans the next look while one is under way
  useEffect(() => {
    if (!underway) return
    const timer = setTimeout(reload, POLL_MS)
    return () => clearTimeout(timer)
  }, [underway, reload, data.data])

  const wasUnderway = useRef(false)
  useEffect(() => {
    if (wasUnderway.current && !underway) onFinished?.()
    wasUnderway.current = underway
  }, [underway, onFinished])

  const start = () =>
    void run(async () => {
      setError(null)
      try {
        await call(api.POST('/api/v1/orgs/{slug}/cookies/scans', { params: { path: { slug } } }))
      } catch (failure) {
        setError(failure)
      }
      reload()
    })

  return (
    <section className="list-section" aria-labelledby="scans-title">
      <h2 id="scans-title">{t('cookies.scansTitle')}</h2>
      {canScan ? (
        <p>
          <button
            type="button"
            className="button-primary"
            disabled={busy || underway || !hasUrls}
            aria-describedby={hasUrls ? undefined : 'scan-needs-urls'}
            onClick={start}
            data-testid="scan-start"
          >
            {t('cookies.startScan')}
          </button>
          {hasUrls ? null : (
            <span id="scan-needs-urls" className="hint">
              {' '}
              {t('cookies.noScanUrls')}
            </span>
          )}
        </p>
      ) : null}
      <ErrorMessage error={error} />
      <div role="status">{underway ? <p>{t('cookies.scanQueued')}</p> : null}</div>
      <ResourceView resource={data}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('cookies.scansNone')}</p>
          ) : (
            <ol className="plain-list scan-list" data-testid="cookie-scans">
              {items.map((scan, i) => (
                <li key={scan.id}>
                  <ScanView scan={scan} open={i === 0} />
                </li>
              ))}
            </ol>
          )
        }
      </ResourceView>
    </section>
  )
}

function ScanView({ scan, open }: { scan: CookieScan; open: boolean }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  return (
    <details open={open} data-testid={`scan-${scan.status}`}>
      <summary>
        <span className={BADGE[scan.status]}>{t(`cookies.status.${scan.status}`)}</span>{' '}
        {t('cookies.scanSummary', { started: format.dateTime(scan.startedAt) })}
        {scan.finishedAt
          ? `, ${t('cookies.scanFinished', { finished: format.dateTime(scan.finishedAt) })}`
          : ''}
      </summary>
      {scan.error ? <p className="field-error">{t('cookies.error', { error: scan.error })}</p> : null}
      {scan.counts ? (
        <p>
          {t('cookies.counts', {
            pages: t('cookies.pageCount', { count: scan.pages.length }),
            before: t('cookies.itemCount', { count: scan.counts.before }),
            accepted: scan.counts.accepted,
            rejected: scan.counts.rejected,
            hosts: t('cookies.hostCount', { count: scan.counts.thirdPartyHosts }),
          })}
        </p>
      ) : null}
      {scan.status === 'completed' ? (
        <>
          <h3>{t('cookies.findingsTitle')}</h3>
          {scan.findings.length === 0 ? (
            <p>{t('cookies.findingsNone')}</p>
          ) : (
            <FindingsTable
              findings={scan.findings}
              label={t('cookies.findingsTitle')}
              testId="scan-findings"
            />
          )}
          <h3>{t('cookies.diffTitle')}</h3>
          <ScanDiff scan={scan} />
        </>
      ) : null}
    </details>
  )
}

export function FindingsTable({
  findings,
  label,
  testId,
}: {
  findings: Finding[]
  label: string
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <TableWrap label={label}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('cookies.columns.code')}</th>
            <th scope="col">{t('cookies.columns.subject')}</th>
            <th scope="col">{t('cookies.columns.category')}</th>
            <th scope="col">{t('cookies.columns.page')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <tr key={`${f.code}/${f.subject}/${f.page}`}>
              <td>{t(`cookies.codes.${f.code}`)}</td>
              <td>
                <code>{f.subject}</code>
                {f.service ? ` (${f.service})` : ''}
              </td>
              <td>{f.category ? t(`cookies.categories.${f.category}`) : '-'}</td>
              <td>{f.page}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function ScanDiff({ scan }: { scan: CookieScan }) {
  const { t } = useTranslation()
  const diff = scan.diff
  if (!diff) return <p>{t('cookies.diffFirst')}</p>
  const item = (f: Finding) =>
    t('cookies.diffItem', { code: t(`cookies.codes.${f.code}`), subject: f.subject })
  const lists = [
    ['newFindings', diff.newFindings.map(item)],
    ['resolvedFindings', diff.resolvedFindings.map(item)],
    ['newCookies', diff.newCookies],
    ['goneCookies', diff.goneCookies],
  ] as const
  if (lists.every(([, items]) => items.length === 0)) return <p>{t('cookies.diffNone')}</p>
  return (
    <dl className="evidence" data-testid="scan-diff">
      {lists
        .filter(([, items]) => items.length > 0)
        .map(([key, items]) => (
          <div key={key}>
            <dt>{t(`cookies.${key}`)}</dt>
            <dd>{items.join(', ')}</dd>
          </div>
        ))}
    </dl>
  )
}
