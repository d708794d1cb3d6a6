import { useTranslation } from 'react-i18next'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { Lookup } from '../../components/register/lookup'
import type { FactsFieldsProps, FormState } from './breachFacts'
import { ClientPicker } from './ClientPicker'

const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const

/**
 * For a processor: the hours agreed to tell the clients (controllers), and the clients to tell - picked from the
 * processors page (shown as recorded there) or typed in.
 */
export function BreachClientsFields({
  form,
  set,
  id,
  slug,
  idPrefix,
  lookup,
}: FactsFieldsProps & { slug: string; idPrefix: string; lookup: Lookup }) {
  const { t } = useTranslation()
  const setClient = (index: number, change: Partial<FormState['controllers'][number]>) =>
    set('controllers')(form.controllers.map((c, i) => (i === index ? { ...c, ...change } : c)))
  const remove = (index: number) => set('controllers')(form.controllers.filter((_, i) => i !== index))
  return (
    <fieldset>
      <legend>{t('breaches.form.clients')}</legend>
      <TextField
        id={id('notice-hours')}
        type="number"
        min={1}
        max={72}
        label={t('breaches.form.controllerNoticeHours')}
        value={form.controllerNoticeHours}
        onChange={set('controllerNoticeHours')}
      />
      <p className="hint">{t('breaches.form.controllersHint')}</p>
      <ClientPicker
        slug={slug}
        idPrefix={idPrefix}
        named={{ systems: form.systems, activities: form.activities }}
        chosen={form.controllers.map((c) => c.clientId)}
        lookup={lookup}
        onAdd={(client) => set('controllers')([...form.controllers, client])}
      />
      {form.controllers.map((c, index) =>
        c.clientId ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
          <fieldset key={index} className="row-group">
            <legend>{t('breaches.form.client', { number: index + 1 })}</legend>
            <p data-testid={`breach-client-${index}`}>
              {t('breaches.form.clientFromPage', {
                client: c.name,
                email: c.email,
                language: LANGUAGE_NAMES[c.language as 'nl' | 'fr' | 'en'] ?? c.language,
              })}
            </p>
            <button type="button" onClick={() => remove(index)}>
              {t('breaches.form.removeClient')}
            </button>
          </fieldset>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
          <fieldset key={index} className="row-group">
            <legend>{t('breaches.form.client', { number: index + 1 })}</legend>
            <TextField
              id={id(`client-${index}-name`)}
              label={t('breaches.form.clientName')}
              value={c.name}
              onChange={(v) => setClient(index, { name: v })}
            />
            <TextField
              id={id(`client-${index}-email`)}
              type="email"
              label={t('breaches.form.clientEmail')}
              value={c.email}
              onChange={(v) => setClient(index, { email: v })}
              optional
            />
            <SelectField
              id={id(`client-${index}-language`)}
              label={t('breaches.form.clientLanguage')}
              value={c.language}
              onChange={(v) => setClient(index, { language: v })}
            >
              <option value="">{t('breaches.form.organisationLanguage')}</option>
              <option value="nl">Nederlands</option>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </SelectField>
            <button type="button" onClick={() => remove(index)}>
              {t('breaches.form.removeClient')}
            </button>
          </fieldset>
        ),
      )}
      <button
        type="button"
        onClick={() =>
          set('controllers')([...form.controllers, { clientId: '', name: '', email: '', language: '' }])
        }
      >
        {t('breaches.form.addClient')}
      </button>
    </fieldset>
  )
}
