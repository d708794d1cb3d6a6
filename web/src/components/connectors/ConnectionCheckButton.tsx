import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { type ConnectionCheck, checkConnection } from './connectorApi'
import { checkMessage } from './connectorProblem'

/** "Test connection": connects now with the stored settings and says whether it worked (the server keeps it). */
export function ConnectionCheckButton({
  slug,
  datasetKey,
  onChecked,
}: {
  slug: string
  datasetKey: string
  onChecked: () => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [busy, run] = useBusy()
  const [result, setResult] = useState<ConnectionCheck | null>(null)
  const [error, setError] = useState<unknown>(null)
  const test = () =>
    run(async () => {
      setError(null)
      setResult(null)
      try {
        setResult(await checkConnection(slug, datasetKey))
        onChecked()
      } catch (failure) {
        setError(failure)
      }
    })
  return (
    <div className="connection-check">
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={() => void test()}
        data-testid="connection-test"
      >
        {busy ? t('connectors.connection.testing') : t('connectors.connection.test')}
      </button>
      <div
        role="status"
        className={result ? `alert ${result.ok ? 'alert-success' : 'alert-error'}` : 'live-region'}
      >
        {result ? (
          <span data-testid="connection-test-result" data-ok={String(result.ok)}>
            <strong>
              {result.ok ? t('connectors.connection.testOk') : t('connectors.connection.testFailed')}
            </strong>{' '}
            {checkMessage(result, t)} <span className="muted">({dateTime(result.at)})</span>
          </span>
        ) : busy ? (
          t('connectors.connection.testing')
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </div>
  )
}
