import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Ability, NewApiToken } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { TextField } from '../form/TextField'
import { ScopeCheckboxes } from './ScopeCheckboxes'

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const

interface Props {
  slug: string
  available: readonly Ability[]
  onCreated: (token: NewApiToken) => void
}

/** Name, scopes and optional lifetime of a new API token. */
export function CreateTokenForm({ slug, available, onCreated }: Props) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<Ability[]>([])
  const [days, setDays] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('token', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!name.trim()) return errors.invalid('name', t('errors.required'))
    if (scopes.length === 0) return errors.invalid('scopes', t('tokens.selectScope'))
    const expiresInDays = days.trim() ? Number(days) : undefined
    void run(async () => {
      try {
        const token = await call(
          api.POST('/api/v1/orgs/{slug}/api-tokens', {
            params: { path: { slug } },
            body: { name: name.trim(), scopes, ...(expiresInDays === undefined ? {} : { expiresInDays }) },
          }),
        )
        setName('')
        setScopes([])
        setDays('')
        onCreated(token)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="create-token-title">
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id="token-name"
          label={t('tokens.name')}
          required
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors.fieldError('name')}
        />
        <TextField
          id="token-expiresInDays"
          label={t('tokens.expiresInDays')}
          optional
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          hint={t('tokens.expiresHint')}
          value={days}
          onChange={setDays}
          error={errors.fieldError('expiresInDays')}
        />
      </div>
      <ScopeCheckboxes
        idPrefix="token-scopes"
        available={available}
        selected={scopes}
        onChange={setScopes}
        error={errors.fieldError('scopes')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('tokens.create')}
        </button>
      </div>
    </form>
  )
}
