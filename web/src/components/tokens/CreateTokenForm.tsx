import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Ability, NewApiToken } from '../../api/types'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
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
  const form = useFormSubmit('token', { fields: FIELDS })
  const expiresInDays = days.trim() ? Number(days) : undefined

  const submit = form.submit(
    async () => {
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
    },
    () =>
      firstProblem(
        [!name.trim(), 'name', t('errors.required')],
        [scopes.length === 0, 'scopes', t('tokens.selectScope')],
      ),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="create-token-title">
      <div className="form-grid">
        <TextField
          id="token-name"
          label={t('tokens.name')}
          required
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.fieldError('name')}
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
          error={form.fieldError('expiresInDays')}
        />
      </div>
      <ScopeCheckboxes
        idPrefix="token-scopes"
        available={available}
        selected={scopes}
        onChange={setScopes}
        error={form.fieldError('scopes')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('tokens.create')}
        </button>
      </div>
    </FormShell>
  )
}
