import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { registerHref } from '../../app/routes'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import { ConnectionFields } from './ConnectionFields'
import type { DiscoverDraft } from './discoverDraft'

interface Props {
  slug: string
  draft: DiscoverDraft
  onChange: (draft: DiscoverDraft) => void
  onSubmit: () => void
  busy: boolean
  systems: { key: string; name: string }[]
  systemsLoaded: boolean
  error: (field: string) => string | undefined
  message: string | null
}

/** Which database to read and which register system it is: the connection (password write-only), key, system. */
export function DiscoverForm({
  slug,
  draft,
  onChange,
  onSubmit,
  busy,
  systems,
  systemsLoaded,
  error,
  message,
}: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<DiscoverDraft>) => onChange({ ...draft, ...patch })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form onSubmit={submit} noValidate className="form" data-testid="discover-form">
      <SelectField
        id="discover-connector"
        label={t('connectors.discover.connector')}
        value={draft.connector}
        onChange={(value) => set({ connector: value === 'mysql' ? 'mysql' : 'postgres' })}
        className="field-medium"
        testId="discover-connector"
      >
        <option value="postgres">{t('connectors.kinds.postgres')}</option>
        <option value="mysql">{t('connectors.kinds.mysql')}</option>
      </SelectField>
      <ConnectionFields
        id="discover"
        connector={draft.connector}
        draft={draft.connection}
        onChange={(connection) => set({ connection })}
        error={error}
      />
      <TextField
        id="discover-secret"
        type="password"
        label={t('connectors.secret.kinds.password.label')}
        hint={`${t('connectors.discover.passwordHint')} ${t('connectors.secret.writeOnly')}`}
        value={draft.secret}
        onChange={(secret) => set({ secret })}
        autoComplete="new-password"
        optional
        className="field-medium"
        testId="discover-secret"
      />
      <fieldset className="fieldset fieldset-nested">
        <legend>{t('connectors.discover.datasetLegend')}</legend>
        {systemsLoaded && systems.length === 0 ? (
          <p className="alert alert-warning" data-testid="no-systems">
            {t('connectors.discover.noSystems')}{' '}
            <a href={registerHref(slug, { view: 'systems' })}>{t('connectors.discover.toSystems')}</a>
          </p>
        ) : null}
        <SelectField
          id="discover-system"
          label={t('connectors.fields.system')}
          hint={t('connectors.discover.systemHint')}
          value={draft.system}
          onChange={(system) =>
            set({ system, key: !draft.key || draft.key === draft.system ? system : draft.key })
          }
          error={error('system')}
          className="field-medium"
          testId="discover-system"
        >
          <option value="">{t('connectors.discover.chooseSystem')}</option>
          {systems.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name} ({s.key})
            </option>
          ))}
        </SelectField>
        <div className="form-grid">
          <TextField
            id="discover-key"
            label={t('connectors.fields.key')}
            hint={t('connectors.discover.keyHint')}
            value={draft.key}
            onChange={(key) => set({ key })}
            error={error('key')}
            autoComplete="off"
            spellCheck={false}
            testId="discover-key"
          />
          <TextField
            id="discover-name"
            label={t('connectors.fields.name')}
            hint={t('connectors.discover.nameHint')}
            value={draft.name}
            onChange={(name) => set({ name })}
            error={error('name')}
            optional
            testId="discover-name"
          />
        </div>
      </fieldset>
      {message ? (
        <p className="alert alert-error" role="alert" data-testid="discover-error">
          {message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="discover-submit">
          {busy ? t('connectors.discover.running') : t('connectors.discover.run')}
        </button>
      </div>
    </form>
  )
}
