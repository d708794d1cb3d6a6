import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { useRouter } from '../app/RouterContext'
import { useSession } from '../app/SessionContext'
import { firstProblem } from '../app/submitForm'
import { useFormSubmit } from '../app/useFormSubmit'
import { useLanguage } from '../app/useLanguage'
import { FormShell } from '../components/form/FormShell'
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
  const form = useFormSubmit('new-org', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      const created = await call(
        api.POST('/api/v1/orgs', {
          body: { slug: slug.trim(), ...profileBody(draft), name: draft.name.trim() },
        }),
      )
      await refresh()
      navigate({ name: 'org', slug: created.slug, section: 'settings' })
    },
    () =>
      firstProblem(
        [!slug.trim(), 'slug', t('errors.required')],
        [!draft.name.trim(), 'name', t('errors.required')],
      ),
  )

  return (
    <>
      <PageTitle>{t('newOrganization.title')}</PageTitle>
      <p className="lead">{t('newOrganization.intro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        label={t('newOrganization.title')}
        actions={
          <button type="submit" className="button-primary" disabled={form.busy}>
            {t('newOrganization.submit')}
          </button>
        }
      >
        <ProfileWithSlugFields
          idPrefix="new-org"
          draft={draft}
          onDraft={(change) => setDraft((d) => ({ ...d, ...change }))}
          slug={slug}
          onSlug={setSlug}
          fieldError={form.fieldError}
        />
      </FormShell>
      <SampleOffer />
    </>
  )
}
