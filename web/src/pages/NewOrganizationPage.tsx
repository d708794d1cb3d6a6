import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { useRouter } from '../app/RouterContext'
import { useSession } from '../app/SessionContext'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { useLanguage } from '../app/useLanguage'
import { Alert } from '../components/feedback/Alert'
import { PageTitle } from '../components/layout/PageTitle'
import { ProfileWithSlugFields } from '../components/organization/ProfileWithSlugFields'
import {
  emptyDraft,
  PROFILE_FIELDS,
  type ProfileDraft,
  profileBody,
} from '../components/organization/profileDraft'
import { SampleOffer } from '../components/samples/SampleOffer'

const FIELDS = ['slug', ...PROFILE_FIELDS] as const

/** Creates an organisation (for consultants who serve several); the creator becomes its owner. */
export function NewOrganizationPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  const [draft, setDraft] = useState<ProfileDraft>(() => emptyDraft(language))
  const [slug, setSlug] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('new-org', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!slug.trim()) return errors.invalid('slug', t('errors.required'))
    if (!draft.name.trim()) return errors.invalid('name', t('errors.required'))
    void run(async () => {
      try {
        const created = await call(
          api.POST('/api/v1/orgs', {
            body: { slug: slug.trim(), ...profileBody(draft), name: draft.name.trim() },
          }),
        )
        await refresh()
        navigate({ name: 'org', slug: created.slug, section: 'settings' })
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <>
      <PageTitle>{t('newOrganization.title')}</PageTitle>
      <p className="lead">{t('newOrganization.intro')}</p>
      <form onSubmit={submit} noValidate className="form" aria-label={t('newOrganization.title')}>
        <Alert>{errors.message}</Alert>
        <ProfileWithSlugFields
          idPrefix="new-org"
          draft={draft}
          onDraft={(change) => setDraft((d) => ({ ...d, ...change }))}
          slug={slug}
          onSlug={setSlug}
          fieldError={errors.fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('newOrganization.submit')}
          </button>
        </div>
      </form>
      <SampleOffer />
    </>
  )
}
