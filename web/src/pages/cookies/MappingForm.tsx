import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useFormSubmit } from '../../app/useFormSubmit'
import { Alert } from '../../components/feedback/Alert'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { CATEGORIES, type Category, type CookieSetup } from './types'

const FIELDS = ['purposes', 'note'] as const

/**
 * The consent purpose of the register each optional category's choices are recorded under (saved as a new inventory
 * version); a purpose the register no longer has stays shown by its key.
 */
export function MappingForm({
  slug,
  setup,
  purposes,
  onSaved,
}: {
  slug: string
  setup: CookieSetup
  purposes: { key: string; label: string }[]
  onSaved: (version: number) => void
}) {
  const { t } = useTranslation()
  const [mapping, setMapping] = useState<Record<Category, string>>({
    functional: setup.inventory.purposes?.functional ?? '',
    analytics: setup.inventory.purposes?.analytics ?? '',
    advertising: setup.inventory.purposes?.advertising ?? '',
  })
  const [note, setNote] = useState('')
  const form = useFormSubmit('mapping', { fields: FIELDS })
  const statusOf = new Map(setup.purposeMapping.map((m) => [m.category, m.status]))
  const offered = CATEGORIES.filter((c) => statusOf.has(c))

  const submit = form.submit(async () => {
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== ''))
    const saved = await call(
      api.PUT('/api/v1/orgs/{slug}/cookies/inventory', {
        params: { path: { slug } },
        body: {
          services: setup.inventory.services,
          purposes: chosen,
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      }),
    )
    setNote('')
    onSaved(saved.version)
  })

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      labelledBy="mapping-title"
      // The purposes have no field of their own: their refusal is the form's message.
      alert={<Alert>{form.message ?? form.fieldError('purposes')}</Alert>}
      actions={
        setup.can.write ? (
          <button type="submit" className="button-primary" disabled={form.busy} data-testid="mapping-save">
            {t('cookies.saveMapping')}
          </button>
        ) : undefined
      }
    >
      <div className="form-grid">
        {offered.map((category) => {
          const status = statusOf.get(category)
          return (
            <SelectField
              key={category}
              id={`mapping-${category}`}
              label={t(`cookies.categories.${category}`)}
              hint={status ? t(`cookies.mappingStatus.${status}`) : undefined}
              value={mapping[category]}
              disabled={!setup.can.write}
              onChange={(v) => setMapping((m) => ({ ...m, [category]: v }))}
            >
              <option value="">{t('cookies.mappingNone')}</option>
              {purposes.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
              {mapping[category] && !purposes.some((p) => p.key === mapping[category]) ? (
                <option value={mapping[category]}>{mapping[category]}</option>
              ) : null}
            </SelectField>
          )
        })}
        {setup.can.write ? (
          <TextField
            id="mapping-note"
            label={t('cookies.note')}
            optional
            maxLength={500}
            value={note}
            onChange={setNote}
            error={form.fieldError('note')}
          />
        ) : null}
      </div>
    </FormShell>
  )
}
