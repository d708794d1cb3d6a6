import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useRouter } from '../../app/RouterContext'
import { useSession } from '../../app/SessionContext'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useLanguage } from '../../app/useLanguage'
import { Alert } from '../feedback/Alert'
import { SelectField } from '../form/SelectField'

const EXAMPLES = ['liberoo', 'the-invoice-managers', 'contactexpert'] as const
type Example = (typeof EXAMPLES)[number]

/**
 * "Explore a sample organisation": builds a separate sample organisation from an example register (named as a
 * sample in the interface language) and opens it. Shown to whoever may create organisations.
 */
export function SampleOffer() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  const [example, setExample] = useState<Example>('liberoo')
  const [busy, run] = useBusy()
  const errors = useFormErrors('sample', { fields: ['example'] })

  const create = () => {
    errors.clear()
    void run(async () => {
      try {
        const created = await call(api.POST('/api/v1/samples', { body: { example, language } }))
        await refresh()
        navigate({ name: 'org', slug: created.slug, section: 'overview' })
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <section aria-labelledby="sample-offer" className="card" data-testid="sample-offer">
      <h2 id="sample-offer">{t('samples.offerTitle')}</h2>
      <p>{t('samples.offerIntro')}</p>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <SelectField
          id="sample-example"
          label={t('samples.example')}
          value={example}
          onChange={(value) => setExample(value as Example)}
          error={errors.fieldError('example')}
        >
          {EXAMPLES.map((key) => (
            <option key={key} value={key}>
              {t(`samples.examples.${key}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={create}
          data-testid="sample-create"
        >
          {busy ? t('samples.creating') : t('samples.create')}
        </button>
      </div>
    </section>
  )
}
