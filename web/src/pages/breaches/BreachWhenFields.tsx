import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../components/form/CheckboxField'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { FactsFieldsProps } from './breachFacts'

/** When the breach was discovered (and how), the awareness that starts the clock, and when it happened. */
export function BreachWhenFields({ form, set, id }: FactsFieldsProps) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('breaches.form.when')}</legend>
      <TextField
        id={id('discovered')}
        type="datetime-local"
        label={t('breaches.discoveredAt')}
        value={form.discoveredAt}
        onChange={set('discoveredAt')}
      />
      <TextAreaField
        id={id('discovery-method')}
        label={t('breaches.form.discoveryMethod')}
        value={form.discoveryMethod}
        onChange={set('discoveryMethod')}
        optional
      />
      <TextField
        id={id('aware')}
        type="datetime-local"
        label={t('breaches.awareAt')}
        hint={t('breaches.awareHint')}
        value={form.awareAt}
        onChange={set('awareAt')}
      />
      <TextField
        id={id('from')}
        type="datetime-local"
        label={t('breaches.form.occurredFrom')}
        value={form.occurredFrom}
        onChange={set('occurredFrom')}
        optional
      />
      <TextField
        id={id('until')}
        type="datetime-local"
        label={t('breaches.form.occurredUntil')}
        value={form.occurredUntil}
        onChange={set('occurredUntil')}
        optional
      />
      <CheckboxField
        id={id('ongoing')}
        label={t('breaches.form.ongoing')}
        checked={form.ongoing}
        onChange={set('ongoing')}
      />
    </fieldset>
  )
}
