import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Organization } from '../../api/types'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
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
  const form = useFormSubmit('org', { fields: PROFILE_FIELDS })

  const submit = form.submit(
    async () => {
      const updated = await call(
        api.PATCH('/api/v1/orgs/{slug}', {
          params: { path: { slug: organization.slug } },
          body: profileBody(draft),
        }),
      )
      setDraft(draftOf(updated))
      onSaved(updated)
      return t('common.saved')
    },
    () => firstProblem([!draft.name.trim(), 'name', t('errors.required')]),
  )

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      testId="organization-form"
      label={organization.name}
      announcesSuccess
      actions={
        <button type="submit" className="button-primary" disabled={form.busy}>
          {form.busy ? t('common.saving') : t('common.save')}
        </button>
      }
    >
      <ProfileFields
        idPrefix="org"
        draft={draft}
        onChange={(change) => {
          form.clearSuccess()
          setDraft((d) => ({ ...d, ...change }))
        }}
        fieldError={form.fieldError}
      />
    </FormShell>
  )
}
