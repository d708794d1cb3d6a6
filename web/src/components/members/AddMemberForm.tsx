import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language, Role } from '../../api/types'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { useLanguage } from '../../app/useLanguage'
import { FormShell } from '../form/FormShell'
import { LanguageSelect } from '../form/LanguageSelect'
import { TextField } from '../form/TextField'
import { RoleRadios } from './RoleRadios'

const FIELDS = ['email', 'displayName', 'role', 'language'] as const

/** Adds a member; an address without account gets an invitation mail. */
export function AddMemberForm({ slug, onAdded }: { slug: string; onAdded: (email: string) => void }) {
  const { t } = useTranslation()
  const { language: uiLanguage } = useLanguage()
  const [email, setEmail] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [role, setRole] = useState<Role>('agent')
  const [chosenLanguage, setLanguage] = useState<Language | null>(null)
  const language = chosenLanguage ?? uiLanguage
  const form = useFormSubmit('add-member', { fields: FIELDS })
  const address = email.trim()

  const submit = form.submit(
    async () => {
      const name = displayName.trim()
      await call(
        api.POST('/api/v1/orgs/{slug}/members', {
          params: { path: { slug } },
          body: { email: address, role, language, ...(name ? { displayName: name } : {}) },
        }),
      )
      setEmail('')
      setDisplayName('')
      onAdded(address)
    },
    () => firstProblem([!address, 'email', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="add-member-title">
      <div className="form-grid">
        <TextField
          id="add-member-email"
          label={t('members.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
        />
        <TextField
          id="add-member-displayName"
          label={t('members.displayName')}
          optional
          autoComplete="off"
          maxLength={120}
          value={displayName}
          onChange={setDisplayName}
          error={form.fieldError('displayName')}
        />
      </div>
      <RoleRadios name="add-member-role" legend={t('members.role')} value={role} onChange={setRole} />
      <LanguageSelect
        id="add-member-language"
        label={t('members.language')}
        value={language}
        onChange={setLanguage}
        error={form.fieldError('language')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('members.add')}
        </button>
      </div>
    </FormShell>
  )
}
