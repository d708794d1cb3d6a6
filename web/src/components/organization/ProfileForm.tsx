import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Organization } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { ProfileFields } from './ProfileFields'
import { draftOf, PROFILE_FIELDS, type ProfileDraft, profileBody } from './profileDraft'

interface Props {
  organization: Organization
  onSaved: (organization: Organization) => void
}

/** Edits the organisation profile. */
export function ProfileForm({ organization, onSaved }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(organization))
  const [saved, setSaved] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('org', { fields: PROFILE_FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(false)
    if (!draft.name.trim()) return errors.invalid('name', t('errors.required'))
    void run(async () => {
      try {
        const updated = await call(
          api.PATCH('/api/v1/orgs/{slug}', {
            params: { path: { slug: organization.slug } },
            body: profileBody(draft),
          }),
        )
        setDraft(draftOf(updated))
        setSaved(true)
        onSaved(updated)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form"
      data-testid="organization-form"
      aria-label={organization.name}
    >
      <Alert>{errors.message}</Alert>
      <ProfileFields
        idPrefix="org"
        draft={draft}
        onChange={(change) => {
          setSaved(false)
          setDraft((d) => ({ ...d, ...change }))
        }}
        fieldError={errors.fieldError}
      />
      <Notice>{saved ? t('common.saved') : null}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  )
}
