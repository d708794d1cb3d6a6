import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestDetail, RequestType } from '../../../api/types'
import { CONNECTOR_ACTIONS, type ConnectorAction, type StartRunBody } from '../../connectors/runApi'
import { mayStartRun } from '../../connectors/runPermission'
import { RunsRectificationForm } from './RunsRectificationForm'

/**
 * The engine's actions for the rights the request asks for: each as a dry run (shows what would be read or changed,
 * changes nothing) or for real. Rectification first asks for the new values.
 */
export function RunsActions({
  types,
  can,
  busy,
  onStart,
}: {
  types: readonly RequestType[]
  /** What the caller may do on the request: a real run they may not start has no button. */
  can: RequestDetail['can']
  busy: boolean
  onStart: (body: StartRunBody) => void
}) {
  const { t } = useTranslation()
  const [rectifying, setRectifying] = useState(false)
  const actions = CONNECTOR_ACTIONS.filter((a) => (types as readonly string[]).includes(a))
  if (actions.length === 0) return <p className="hint">{t('connectors.runs.noActions')}</p>
  const label = (action: ConnectorAction) => t(`requests.types.${action}.short`)
  return (
    <div className="run-actions" data-testid="run-actions">
      <ul className="plain-list run-action-list">
        {actions.map((action) => (
          <li key={action} className="run-action" data-action={action}>
            <span className="run-action-name">{label(action)}</span>
            {action === 'rectification' ? (
              <button
                type="button"
                className="button-secondary"
                aria-expanded={rectifying}
                disabled={busy}
                onClick={() => setRectifying(!rectifying)}
                data-testid="run-prepare-rectification"
              >
                {t('connectors.runs.rectification.open')}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  aria-label={t('connectors.runs.dryRunOf', { action: label(action) })}
                  onClick={() => onStart({ action, dryRun: true })}
                  data-testid={`run-dry-${action}`}
                >
                  {t('connectors.runs.dryRun')}
                </button>
                {mayStartRun(can, action, false) ? (
                  <button
                    type="button"
                    className="button-primary"
                    disabled={busy}
                    aria-label={t('connectors.runs.runOf', { action: label(action) })}
                    onClick={() => onStart({ action, dryRun: false })}
                    data-testid={`run-real-${action}`}
                  >
                    {t('connectors.runs.run')}
                  </button>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {rectifying ? (
        <RunsRectificationForm
          busy={busy}
          onCancel={() => setRectifying(false)}
          onRun={(changes, dryRun) => {
            setRectifying(false)
            onStart({ action: 'rectification', dryRun, changes })
          }}
        />
      ) : null}
    </div>
  )
}
