import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../../app/format'
import { connectorProblemText } from '../../connectors/connectorProblem'
import type { ConnectorRun } from '../../connectors/runApi'
import type { RegisterNames } from '../../connectors/useRegisterNames'
import { RunsStep } from './RunsStep'

const RUN_BADGE: Record<ConnectorRun['status'], string> = {
  queued: 'badge badge-pending',
  running: 'badge badge-pending',
  completed: 'badge badge-active',
  failed: 'badge badge-failed',
}

/**
 * The run's error (one `dataset: message` line per failed step) with each neutral connection error in the reader's
 * language; a line that is not exactly a step's current error stays as the server wrote it.
 */
function runErrorText(run: ConnectorRun, error: string, t: TFunction): string {
  return error
    .split('\n')
    .map((line) => {
      const step = run.steps.find((s) => s.problem && line === `${s.dataset}: ${s.error}`)
      const text = step?.problem && connectorProblemText(step.problem, t)
      return step && text ? `${step.dataset}: ${text}` : line
    })
    .join('\n')
}

/** One run of the engine: action, dry run or not, status, totals, each system's result, and Retry when it failed. */
export function RunsItem({
  run,
  names,
  canRetry,
  busy,
  onRetry,
}: {
  run: ConnectorRun
  names: RegisterNames
  canRetry: boolean
  busy: boolean
  onRetry: (run: ConnectorRun) => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const s = run.summary
  const totals = [
    s.rowsFound !== undefined ? t('connectors.runs.totals.found', { count: s.rowsFound }) : null,
    s.rowsUpdated
      ? t(run.dryRun ? 'connectors.runs.totals.toUpdate' : 'connectors.runs.totals.updated', {
          count: s.rowsUpdated,
        })
      : null,
    s.rowsDeleted
      ? t(run.dryRun ? 'connectors.runs.totals.toDelete' : 'connectors.runs.totals.deleted', {
          count: s.rowsDeleted,
        })
      : null,
    s.rowsWithheld ? t('connectors.runs.totals.withheld', { count: s.rowsWithheld }) : null,
  ].filter((x): x is string => x !== null)
  return (
    <li
      className="run"
      data-testid="run"
      data-id={run.id}
      data-action={run.action}
      data-status={run.status}
      data-dry-run={String(run.dryRun)}
    >
      <div className="run-head">
        <h3>{t(`requests.types.${run.action}.short`)}</h3>
        <span className="badges">
          {run.dryRun ? (
            <span className="badge badge-warning">{t('connectors.runs.dryRunBadge')}</span>
          ) : null}
          <span className={RUN_BADGE[run.status]} data-testid="run-status" data-status={run.status}>
            {t(`connectors.runs.status.${run.status}`)}
          </span>
        </span>
      </div>
      <p className="run-meta">
        {t('connectors.runs.startedBy', { date: dateTime(run.createdAt), who: run.createdBy })}
        {run.finishedAt ? ` · ${t('connectors.runs.finishedAt', { date: dateTime(run.finishedAt) })}` : ''}
        {totals.length > 0 ? ` · ${totals.join(', ')}` : ''}
      </p>
      {run.error ? (
        <div className="alert alert-error run-error" data-testid="run-error">
          <p>{runErrorText(run, run.error, t)}</p>
          {canRetry && run.status === 'failed' ? (
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => onRetry(run)}
              data-testid="run-retry"
            >
              {t('connectors.runs.retry')}
            </button>
          ) : null}
        </div>
      ) : canRetry && run.status === 'failed' ? (
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => onRetry(run)}
          data-testid="run-retry"
        >
          {t('connectors.runs.retry')}
        </button>
      ) : null}
      {run.steps.length > 0 ? (
        <ul className="plain-list run-steps">
          {run.steps.map((step) => (
            <RunsStep key={step.dataset} step={step} run={run} names={names} />
          ))}
        </ul>
      ) : null}
    </li>
  )
}
