import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { useBusy } from '../../../app/useBusy'
import { useResource } from '../../../app/useResource'
import {
  type ConnectorRun,
  isActive,
  loadRuns,
  retryRun,
  type StartRunBody,
  startRun,
} from '../../connectors/runApi'
import { mayStartAnyRun } from '../../connectors/runPermission'
import { runProblemMessage } from '../../connectors/runProblems'
import { useRegisterNames } from '../../connectors/useRegisterNames'
import { ResourceView } from '../../feedback/ResourceView'
import { RunsActions } from './RunsActions'
import { RunsItem } from './RunsItem'

/** How often a queued or running run is looked at again. */
const POLL_MS = 2000

/**
 * "Systems": the connector runs of the request (what each found, changed or kept, per system), buttons to start a
 * dry run or a real run for the rights asked, Retry for a failed run. Runs under way are followed every 2 s and
 * their progress is announced politely; `onFinished` is called when a followed run ends (a package may be new).
 */
export function RunsSection({
  slug,
  request,
  onFinished,
}: {
  slug: string
  request: RequestDetail
  onFinished: () => void
}) {
  const { t } = useTranslation()
  const load = useCallback(() => loadRuns(slug, request.id), [slug, request.id])
  const runs = useResource(load)
  const names = useRegisterNames(slug)
  const [busy, act] = useBusy()
  const [problem, setProblem] = useState<string | null>(null)
  /** Runs seen queued or running on this page: their progress and end are announced. */
  const followed = useRef(new Set<string>())
  const [announcement, setAnnouncement] = useState('')

  const items = runs.data?.items
  const active = items?.some(isActive) ?? false
  const { reload } = runs
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer (or failure) arms the next look
  useEffect(() => {
    if (!active) return
    const timer = window.setTimeout(reload, POLL_MS)
    return () => window.clearTimeout(timer)
  }, [active, items, runs.error, reload])

  useEffect(() => {
    if (!items) return
    let ended = false
    for (const run of items) {
      if (isActive(run)) followed.current.add(run.id)
      else if (followed.current.delete(run.id)) ended = true
    }
    const newest = items.find((run) => followed.current.has(run.id)) ?? (ended ? items[0] : undefined)
    if (newest) setAnnouncement(progressText(newest, t))
    if (ended) onFinished()
  }, [items, t, onFinished])

  const prepend = (run: ConnectorRun) => {
    followed.current.add(run.id)
    const can = runs.data?.can ?? { retry: false }
    runs.setData({ items: [run, ...(items ?? []).filter((r) => r.id !== run.id)], can })
    setAnnouncement(progressText(run, t))
  }

  const start = (body: StartRunBody) =>
    act(async () => {
      setProblem(null)
      try {
        prepend(await startRun(slug, request.id, body))
      } catch (failure) {
        setProblem(runProblemMessage(failure, t))
      }
    })

  const retry = (run: ConnectorRun) =>
    act(async () => {
      setProblem(null)
      try {
        prepend(await retryRun(slug, run.id))
      } catch (failure) {
        setProblem(runProblemMessage(failure, t))
      }
    })

  return (
    <section className="card" aria-labelledby="runs-title" data-testid="request-runs">
      <h2 id="runs-title">{t('connectors.runs.title')}</h2>
      <p className="hint">{t('connectors.runs.intro')}</p>
      {mayStartAnyRun(request.can) && request.status !== 'closed' ? (
        <RunsActions
          types={request.types}
          can={request.can}
          busy={busy || active}
          onStart={(body) => void start(body)}
        />
      ) : null}
      {problem ? (
        <p className="alert alert-error" role="alert" data-testid="run-problem">
          {problem}
        </p>
      ) : null}
      <div role="status" className="visually-hidden" data-testid="run-progress">
        {announcement}
      </div>
      <ResourceView resource={runs}>
        {({ items: list, can }) =>
          list.length === 0 ? (
            <p data-testid="runs-empty">{t('connectors.runs.empty')}</p>
          ) : (
            <ul className="plain-list run-list">
              {list.map((run) => (
                <RunsItem
                  key={run.id}
                  run={run}
                  names={names}
                  canRetry={can.retry}
                  busy={busy}
                  onRetry={(r) => void retry(r)}
                />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  )
}

function progressText(run: ConnectorRun, t: TFunction): string {
  const what = run.dryRun
    ? t('connectors.runs.progress.dryRunOf', { action: t(`requests.types.${run.action}.short`) })
    : t(`requests.types.${run.action}.short`)
  const done = run.steps.filter((s) => s.status === 'done' || s.status === 'manual').length
  switch (run.status) {
    case 'queued':
      return t('connectors.runs.progress.queued', { what })
    case 'running':
      return t('connectors.runs.progress.running', { what, done, total: run.steps.length })
    case 'completed':
      return t('connectors.runs.progress.completed', { what })
    case 'failed':
      return t('connectors.runs.progress.failed', { what })
  }
}
