import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useRouter } from '../../app/RouterContext'
import { useMe, useSession } from '../../app/SessionContext'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { TextField } from '../form/TextField'

/** Owners change the slug; the old public addresses keep working (they redirect to the new ones). */
export function SlugSection({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  // The public address as mails and the notice give it (CUSTOS_PUBLIC_URL), not the address this page was opened at.
  const { publicUrl } = useMe()
  const { navigate } = useRouter()
  const [value, setValue] = useState(slug)
  const [busy, run] = useBusy()
  const errors = useFormErrors('org-slug', { fields: ['slug'] })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!value.trim()) return errors.invalid('slug', t('errors.required'))
    void run(async () => {
      try {
        const updated = await call(
          api.PUT('/api/v1/orgs/{slug}/slug', { params: { path: { slug } }, body: { slug: value.trim() } }),
        )
        await refresh()
        navigate({ name: 'org', slug: updated.slug, section: 'settings' })
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <section className="card" aria-labelledby="org-slug-title">
      <h2 id="org-slug-title">{t('setup.slugTitle')}</h2>
      <p>{t('setup.slugIntro', { address: `${publicUrl}/p/${slug}/privacy` })}</p>
      <form onSubmit={submit} noValidate className="form" aria-labelledby="org-slug-title">
        <Alert>{errors.message}</Alert>
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
          error={errors.fieldError('slug')}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy || value.trim() === slug}>
            {t('setup.slugSubmit')}
          </button>
        </div>
      </form>
    </section>
  )
}
