import { useTranslation } from 'react-i18next'
import { connectorProblemText } from '../../connectors/connectorProblem'
import type { ConnectorRun, RunStep, StepChange } from '../../connectors/runApi'
import type { RegisterNames } from '../../connectors/useRegisterNames'
import { TableWrap } from '../../TableWrap'
import { RunsWithheld } from './RunsWithheld'

const STEP_BADGE: Record<RunStep['status'], string> = {
  pending: 'badge badge-pending',
  planned: 'badge badge-pending',
  done: 'badge badge-active',
  failed: 'badge badge-failed',
  manual: 'badge badge-warning',
}

/** The count a change column shows: what was done once applied, else what would be (or will be) done. */
function count(planned: number, done: number | undefined, applied: boolean) {
  return applied ? (done ?? planned) : planned
}

function ChangesTable({
  changes,
  run,
  applied,
  names,
}: {
  changes: StepChange[]
  run: ConnectorRun
  applied: boolean
  names: RegisterNames
}) {
  const { t } = useTranslation()
  const verb = run.action === 'erasure' ? 'mask' : 'update'
  const state = applied ? 'done' : 'planned'
  return (
    <TableWrap label={t('connectors.runs.changesTitle')}>
      <table className="table run-table">
        <thead>
          <tr>
            <th scope="col">{t('connectors.runs.collection')}</th>
            <th scope="col">{t('connectors.runs.found')}</th>
            <th scope="col">{t(`connectors.runs.columns.${verb}.${state}`)}</th>
            <th scope="col">{t(`connectors.runs.columns.delete.${state}`)}</th>
          </tr>
        </thead>
        {changes.map((c) => {
          const details = c.fields.length > 0 || c.withheld.length > 0
          return (
            <tbody
              key={c.collection}
              data-testid="run-change"
              data-collection={c.collection}
              data-to-update={c.toUpdate}
              data-to-delete={c.toDelete}
            >
              <tr>
                <th scope="row" rowSpan={details ? 2 : 1}>
                  <code>{c.collection}</code>
                </th>
                <td>{c.found}</td>
                <td>{count(c.toUpdate, c.updated, applied)}</td>
                <td>{count(c.toDelete, c.deleted, applied)}</td>
              </tr>
              {details ? (
                <tr className="run-change-detail">
                  <td colSpan={3}>
                    {c.fields.length > 0 ? (
                      <p className="run-change-fields">
                        {t(`connectors.runs.fieldsChanged.${verb}`, { fields: c.fields.join(', ') })}
                      </p>
                    ) : null}
                    {c.withheld.length > 0 ? (
                      <RunsWithheld withheld={c.withheld} ruleName={names.rule} />
                    ) : null}
                  </td>
                </tr>
              ) : null}
            </tbody>
          )
        })}
      </table>
    </TableWrap>
  )
}

/** What the engine did (or would do) in one dataset's system: rows read, changes, kept rows, manual work, errors. */
export function RunsStep({ step, run, names }: { step: RunStep; run: ConnectorRun; names: RegisterNames }) {
  const { t } = useTranslation()
  const { result } = step
  const systemName = names.system(step.system)
  const applied = !run.dryRun && result.applied === true
  return (
    <li className="run-step" data-testid="run-step" data-dataset={step.dataset} data-status={step.status}>
      <div className="run-step-head">
        <h4>
          {systemName ?? step.system} <span className="muted">· {step.dataset}</span>
        </h4>
        <span className={STEP_BADGE[step.status]}>{t(`connectors.runs.stepStatus.${step.status}`)}</span>
        {step.attempts > 1 ? (
          <span className="muted">{t('connectors.runs.attempts', { count: step.attempts })}</span>
        ) : null}
      </div>
      {step.error ? (
        <p className="alert alert-error" data-testid="run-step-error">
          {(step.problem && connectorProblemText(step.problem, t)) ?? step.error}
        </p>
      ) : null}
      {result.alreadyErased ? (
        <p className="hint" data-testid="run-already-erased">
          {t('connectors.runs.alreadyErased')}
        </p>
      ) : null}
      {result.read && result.read.length > 0 ? (
        <ul className="plain-list run-read" data-testid="run-read">
          {result.read.map((r) => (
            <li
              key={r.collection}
              data-testid="run-read-collection"
              data-collection={r.collection}
              data-found={r.found}
            >
              <code>{r.collection}</code>: {t('connectors.runs.rowsFound', { count: r.found })}
              {r.found > 0 && r.categories.length > 0 ? (
                <span className="muted"> ({r.categories.map(names.category).join(', ')})</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {result.changes && result.changes.length > 0 ? (
        <ChangesTable changes={result.changes} run={run} applied={applied} names={names} />
      ) : null}
      {result.manual && result.manual.length > 0 ? (
        <div data-testid="run-manual">
          <p className="run-subtitle">{t('connectors.runs.manualTitle')}</p>
          <ul className="run-manual-list">
            {result.manual.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.unreachable && result.unreachable.length > 0 ? (
        <p className="hint" data-testid="run-unreachable">
          {t('connectors.runs.unreachable', { collections: result.unreachable.join(', ') })}
        </p>
      ) : null}
    </li>
  )
}
