import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../components/form/CheckboxField'
import { SelectField } from '../../components/form/SelectField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import { CAUSES, type FactsFieldsProps, type FormState, NATURES, ORIGINS } from './breachFacts'

/** What happened: the description, the nature (confidentiality, integrity, availability), origin and cause. */
export function BreachWhatFields({ form, set, toggle, id }: FactsFieldsProps) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('breaches.form.what')}</legend>
      <TextAreaField
        id={id('description')}
        label={t('breaches.description')}
        value={form.description}
        onChange={set('description')}
      />
      <fieldset>
        <legend>{t('breaches.nature')}</legend>
        {NATURES.map((n) => (
          <CheckboxField
            key={n}
            id={id(`nature-${n}`)}
            label={t(`breaches.natures.${n}`)}
            description={t(`breaches.form.natureHelp.${n}`)}
            checked={form.nature.includes(n)}
            onChange={toggle('nature', n)}
          />
        ))}
      </fieldset>
      <SelectField
        id={id('origin')}
        label={t('breaches.origin')}
        value={form.origin}
        onChange={(v) => set('origin')(v as FormState['origin'])}
      >
        {ORIGINS.map((o) => (
          <option key={o} value={o}>
            {t(`breaches.origins.${o}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id('origin-details')}
        label={t('breaches.form.originDetails')}
        value={form.originDetails}
        onChange={set('originDetails')}
        optional
      />
      <SelectField
        id={id('cause')}
        label={t('breaches.cause')}
        value={form.cause}
        onChange={(v) => set('cause')(v as FormState['cause'])}
      >
        {CAUSES.map((c) => (
          <option key={c} value={c}>
            {t(`breaches.causes.${c}`)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  )
}
