import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Notice } from '../feedback/Notice'
import { ConnectionCheckButton } from './ConnectionCheckButton'
import { ConnectionFields } from './ConnectionFields'
import { ConnectionState } from './ConnectionState'
import { type ConnectionDraft, connectionProblems, draftOf, optionsOf } from './connectionDraft'
import { type DatasetDetail, saveConnection } from './connectorApi'
import type { DatasetDocumentView } from './datasetDocument'
import { SecretField } from './SecretField'
import { type SecretDraft, secretKindOf, secretOf } from './secretDraft'

const FIELDS = ['host', 'port', 'database', 'user', 'schema', 'url', 'secret'] as const
/** The stored options the read-only view names in the reader's language (the labels of the form). */
const OPTION_LABELS = ['host', 'port', 'database', 'user', 'schema', 'url', 'ssl'] as const
const isOptionLabel = (key: string): key is (typeof OPTION_LABELS)[number] =>
  (OPTION_LABELS as readonly string[]).includes(key)

/**
 * How Custos reaches the system of a dataset: the connection settings (the secret write-only), saving them, and
 * testing them. Manual systems have none: their instructions become checklist tasks.
 */
export function ConnectionCard({
  slug,
  dataset,
  document,
  onSaved,
  onChecked,
}: {
  slug: string
  dataset: DatasetDetail
  document: DatasetDocumentView
  onSaved: (dataset: DatasetDetail) => void
  onChecked: () => void
}) {
  const { t } = useTranslation()
  const canWrite = dataset.can.connect
  const connector = dataset.connector
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftOf(dataset.connection.options))
  const [secret, setSecret] = useState<SecretDraft>({ mode: 'keep' })
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('connection', { fields: FIELDS })
  const secretKind = secretKindOf(connector, document.http?.auth)
  // A change after saving takes the confirmation away: it no longer describes what is on screen.
  const editDraft = (next: ConnectionDraft) => {
    setSaved(null)
    setDraft(next)
  }
  const editSecret = (next: SecretDraft) => {
    setSaved(null)
    setSecret(next)
  }

  if (connector === 'manual') {
    return (
      <section className="card" aria-labelledby="connection-title" data-testid="connection-card">
        <h2 id="connection-title">{t('connectors.connection.title')}</h2>
        <p>{t('connectors.connection.manual')}</p>
        {document.instructions ? <p className="prewrap">{document.instructions}</p> : null}
      </section>
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(null)
    if (connector === 'postgres' || connector === 'mysql') {
      const problems = Object.entries(connectionProblems(draft, connector))
      const first = problems[0]
      if (first) return errors.invalid(first[0], t(`connectors.connection.problems.${first[1]}`))
    }
    void run(async () => {
      try {
        const options = connector === 'http' ? {} : optionsOf(draft)
        const next = await saveConnection(slug, dataset.key, { options, ...secretOf(secret) })
        setSecret({ mode: 'keep' })
        setDraft(draftOf(next.connection.options))
        setSaved(t('connectors.connection.saved'))
        onSaved(next)
      } catch (failure) {
        errors.fail(failure)
      }
    })
  }

  return (
    <section className="card" aria-labelledby="connection-title" data-testid="connection-card">
      <div className="section-header">
        <h2 id="connection-title">{t('connectors.connection.title')}</h2>
        <ConnectionState connector={connector} connection={dataset.connection} />
      </div>
      <p className="hint">
        {connector === 'http' ? t('connectors.connection.httpIntro') : t('connectors.connection.intro')}
      </p>
      {canWrite ? (
        <form onSubmit={submit} noValidate className="form" data-testid="connection-form">
          {connector === 'http' ? (
            <p>
              {t('connectors.connection.baseUrl')} <code>{document.http?.baseUrl}</code>
            </p>
          ) : (
            <ConnectionFields
              id="connection"
              connector={connector}
              draft={draft}
              onChange={editDraft}
              error={errors.fieldError}
            />
          )}
          {secretKind === 'none' ? (
            <p className="hint">{t('connectors.secret.notNeeded')}</p>
          ) : (
            <SecretField
              id="connection-secret"
              kind={secretKind}
              stored={dataset.connection.hasSecret}
              draft={secret}
              onChange={editSecret}
              error={errors.fieldError('secret')}
            />
          )}
          {errors.message ? (
            <p className="alert alert-error" role="alert">
              {errors.message}
            </p>
          ) : null}
          <Notice>{saved}</Notice>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy} data-testid="connection-save">
              {busy ? t('common.saving') : t('connectors.connection.save')}
            </button>
          </div>
        </form>
      ) : (
        <ConnectionReadOnly options={dataset.connection.options} hasSecret={dataset.connection.hasSecret} />
      )}
      {dataset.can.checkConnection && dataset.connection.configured ? (
        <ConnectionCheckButton slug={slug} datasetKey={dataset.key} onChecked={onChecked} />
      ) : null}
    </section>
  )
}

function ConnectionReadOnly({
  options,
  hasSecret,
}: {
  options: Record<string, unknown>
  hasSecret: boolean
}) {
  const { t } = useTranslation()
  const entries = Object.entries(options).filter(([, v]) => v !== undefined && v !== '')
  return (
    <dl className="kv-list" data-testid="connection-options">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{isOptionLabel(k) ? t(`connectors.connection.${k}`) : k}</dt>
          <dd>{typeof v === 'boolean' ? t(v ? 'common.yes' : 'common.no') : String(v)}</dd>
        </div>
      ))}
      <div>
        <dt>{t('connectors.secret.title')}</dt>
        <dd>{hasSecret ? t('connectors.secret.stored') : t('connectors.secret.none')}</dd>
      </div>
    </dl>
  )
}
