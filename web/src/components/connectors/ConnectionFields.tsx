import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../form/CheckboxField'
import { TextField } from '../form/TextField'
import type { ConnectionDraft } from './connectionDraft'

interface Props {
  /** Prefix of the input ids, e.g. 'connection' gives 'connection-host'. */
  id: string
  connector: 'postgres' | 'mysql'
  draft: ConnectionDraft
  onChange: (draft: ConnectionDraft) => void
  error: (field: string) => string | undefined
}

/** Where a SQL database is: host, port, database, user and (PostgreSQL) schema, or one URL. Never the password. */
export function ConnectionFields({ id, connector, draft, onChange, error }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<ConnectionDraft>) => onChange({ ...draft, ...patch })
  const defaultPort = connector === 'postgres' ? '5432' : '3306'
  return (
    <>
      <fieldset className="fieldset fieldset-nested">
        <legend>{t('connectors.connection.mode')}</legend>
        <div className="checkbox-row">
          {(['fields', 'url'] as const).map((mode) => (
            <div key={mode} className="radio-field">
              <input
                type="radio"
                id={`${id}-mode-${mode}`}
                name={`${id}-mode`}
                checked={draft.mode === mode}
                onChange={() => set({ mode })}
                data-testid={`${id}-mode-${mode}`}
              />
              <label htmlFor={`${id}-mode-${mode}`}>{t(`connectors.connection.modes.${mode}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {draft.mode === 'url' ? (
        <TextField
          id={`${id}-url`}
          label={t('connectors.connection.url')}
          hint={t('connectors.connection.urlHint', {
            example:
              connector === 'postgres'
                ? 'postgres://custos@db.example.be:5432/crm'
                : 'mysql://custos@db.example.be:3306/crm',
          })}
          value={draft.url}
          onChange={(url) => set({ url })}
          error={error('url')}
          autoComplete="off"
          spellCheck={false}
          testId={`${id}-url`}
        />
      ) : (
        <div className="form-grid">
          <TextField
            id={`${id}-host`}
            label={t('connectors.connection.host')}
            value={draft.host}
            onChange={(host) => set({ host })}
            error={error('host')}
            autoComplete="off"
            spellCheck={false}
            testId={`${id}-host`}
          />
          <TextField
            id={`${id}-port`}
            label={t('connectors.connection.port')}
            hint={t('connectors.connection.portHint', { port: defaultPort })}
            value={draft.port}
            onChange={(port) => set({ port })}
            error={error('port')}
            inputMode="numeric"
            optional
            className="field-short"
            testId={`${id}-port`}
          />
          <TextField
            id={`${id}-database`}
            label={t('connectors.connection.database')}
            value={draft.database}
            onChange={(database) => set({ database })}
            error={error('database')}
            autoComplete="off"
            spellCheck={false}
            testId={`${id}-database`}
          />
          <TextField
            id={`${id}-user`}
            label={t('connectors.connection.user')}
            value={draft.user}
            onChange={(user) => set({ user })}
            error={error('user')}
            autoComplete="off"
            spellCheck={false}
            optional
            testId={`${id}-user`}
          />
        </div>
      )}
      {connector === 'postgres' ? (
        <TextField
          id={`${id}-schema`}
          label={t('connectors.connection.schema')}
          hint={t('connectors.connection.schemaHint')}
          value={draft.schema}
          onChange={(schema) => set({ schema })}
          error={error('schema')}
          autoComplete="off"
          spellCheck={false}
          optional
          className="field-medium"
          testId={`${id}-schema`}
        />
      ) : null}
      {draft.mode === 'fields' ? (
        <CheckboxField
          id={`${id}-ssl`}
          label={t('connectors.connection.ssl')}
          description={t('connectors.connection.sslHint')}
          checked={draft.ssl}
          onChange={(ssl) => set({ ssl })}
          testId={`${id}-ssl`}
        />
      ) : null}
    </>
  )
}
