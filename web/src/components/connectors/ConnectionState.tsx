import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import type { ConnectorKind, DatasetSummary } from './connectorApi'
import { checkMessage } from './connectorProblem'

/**
 * Whether the engine can reach a system: not configured, configured but not tested, working or failing (with the
 * message and time of the last test). Manual systems never connect.
 */
export function ConnectionState({
  connector,
  connection,
}: {
  connector: ConnectorKind
  connection: DatasetSummary['connection']
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  if (connector === 'manual') return <span className="badge">{t('connectors.state.manual')}</span>
  const check = connection.lastCheck
  if (!connection.configured)
    return (
      <span className="badge badge-warning" data-state="not-configured">
        {t('connectors.state.notConfigured')}
      </span>
    )
  if (!check)
    return (
      <span className="badge badge-pending" data-state="not-checked">
        {t('connectors.state.notChecked')}
      </span>
    )
  return (
    <span className="connection-state" data-state={check.ok ? 'ok' : 'failing'}>
      <span className={check.ok ? 'badge badge-active' : 'badge badge-failed'}>
        {check.ok ? t('connectors.state.ok') : t('connectors.state.failing')}
      </span>{' '}
      <span className="muted">{t('connectors.state.checkedAt', { date: dateTime(check.at) })}</span>
      {check.ok ? null : <span className="connection-message">{checkMessage(check, t)}</span>}
    </span>
  )
}
