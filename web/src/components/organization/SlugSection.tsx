import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useRouter } from '../../app/RouterContext'
import { useMe, useSession } from '../../app/SessionContext'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { TextField } from '../form/TextField'

/** Owners change the slug; the old public addresses keep working (they redirect to the new ones). */
export function SlugSection({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  // The public address as mails and the notice give it (CUSTOS_PUBLIC_URL), not the address this page was opened at.
  const { publicUrl } = useMe()
  const { navigate } = useRouter()
  const [value, setValue] = useState(slug)
  const form = useFormSubmit('org-slug', { fields: ['slug'] })

  const submit = form.submit(
    async () => {
      const updated = await call(
        api.PUT('/api/v1/orgs/{slug}/slug', { params: { path: { slug } }, body: { slug: value.trim() } }),
      )
      await refresh()
      navigate({ name: 'org', slug: updated.slug, section: 'settings' })
    },
    () => firstProblem([!value.trim(), 'slug', t('errors.required')]),
  )

  return (
    <section className="card" aria-labelledby="org-slug-title">
      <h2 id="org-slug-title">{t('setup.slugTitle')}</h2>
      <p>{t('setup.slugIntro', { address: `${publicUrl}/p/${slug}/privacy` })}</p>
      <FormShell form={form} onSubmit={submit} labelledBy="org-slug-title">
        <TextField
          id="org-slug-slug"
          testId="org-slug"
          label={t('organization.slug')}
          hint={t('organization.slugHint')}
          required
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={setValue}
          error={form.fieldError('slug')}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={form.busy || value.trim() === slug}>
            {t('setup.slugSubmit')}
          </button>
        </div>
      </FormShell>
    </section>
  )
}
