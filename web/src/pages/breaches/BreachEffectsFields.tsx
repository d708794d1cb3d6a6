import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../components/form/CheckboxField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { FactsFieldsProps } from './breachFacts'

/** Encryption, the likely consequences, measures taken and proposed, and the advice to the people concerned. */
export function BreachEffectsFields({ form, set, id }: FactsFieldsProps) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('breaches.form.effects')}</legend>
      <CheckboxField
        id={id('encrypted')}
        label={t('breaches.encrypted')}
        checked={form.encrypted}
        onChange={set('encrypted')}
      />
      <TextAreaField
        id={id('encryption')}
        label={t('breaches.form.encryptionDetails')}
        value={form.encryptionDetails}
        onChange={set('encryptionDetails')}
        optional
      />
      <TextAreaField
        id={id('consequences')}
        label={t('breaches.consequences')}
        value={form.consequences}
        onChange={set('consequences')}
        optional
      />
      <TextAreaField
        id={id('measures')}
        label={t('breaches.measuresTaken')}
        value={form.measuresTaken}
        onChange={set('measuresTaken')}
        optional
      />
      <TextAreaField
        id={id('proposed')}
        label={t('breaches.form.measuresProposed')}
        value={form.measuresProposed}
        onChange={set('measuresProposed')}
        optional
      />
      <TextAreaField
        id={id('advice')}
        label={t('breaches.form.adviceToSubjects')}
        hint={t('breaches.form.adviceHint')}
        value={form.adviceToSubjects}
        onChange={set('adviceToSubjects')}
        optional
      />
    </fieldset>
  )
}
