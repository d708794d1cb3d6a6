import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language, Role } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useLanguage } from '../../app/useLanguage'
import { Alert } from '../feedback/Alert'
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
  const [busy, run] = useBusy()
  const errors = useFormErrors('add-member', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    const address = email.trim()
    if (!address) return errors.invalid('email', t('errors.required'))
    void run(async () => {
      try {
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
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="add-member-title">
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id="add-member-email"
          label={t('members.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={errors.fieldError('email')}
        />
        <TextField
          id="add-member-displayName"
          label={t('members.displayName')}
          optional
          autoComplete="off"
          maxLength={120}
          value={displayName}
          onChange={setDisplayName}
          error={errors.fieldError('displayName')}
        />
      </div>
      <RoleRadios name="add-member-role" legend={t('members.role')} value={role} onChange={setRole} />
      <LanguageSelect
        id="add-member-language"
        label={t('members.language')}
        value={language}
        onChange={setLanguage}
        error={errors.fieldError('language')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('members.add')}
        </button>
      </div>
    </form>
  )
}
