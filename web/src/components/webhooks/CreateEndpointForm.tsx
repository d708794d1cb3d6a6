import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { TextField } from '../form/TextField'
import type { NewSecret } from './SecretPanel'

const FIELDS = ['url', 'description', 'eventTypes'] as const

interface Props {
  slug: string
  eventTypes: readonly string[]
  onCreated: (created: NewSecret) => void
}

/** URL, description and events of a new endpoint; the answer carries its secret, shown once. */
export function CreateEndpointForm({ slug, eventTypes, onCreated }: Props) {
  const { t } = useTranslation()
  const [url, setUrl] = useState('')
  const [description, setDescription] = useState('')
  const [selected, setSelected] = useState<string[]>([])
  const form = useFormSubmit('webhook', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      const created = await call(
        api.POST('/api/v1/orgs/{slug}/webhooks', {
          params: { path: { slug } },
          body: {
            url: url.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            eventTypes: selected as never,
          },
        }),
      )
      setUrl('')
      setDescription('')
      setSelected([])
      onCreated({ url: created.url, secret: created.secret })
    },
    () =>
      firstProblem(
        [!url.trim(), 'url', t('errors.required')],
        [selected.length === 0, 'eventTypes', t('webhooks.selectEvent')],
      ),
  )

  const error = form.fieldError('eventTypes')
  return (
    <FormShell form={form} onSubmit={submit} labelledBy="create-webhook-title">
      <div className="form-grid">
        <TextField
          id="webhook-url"
          label={t('webhooks.url')}
          required
          type="url"
          maxLength={2000}
          autoComplete="off"
          hint={t('webhooks.urlHint')}
          value={url}
          onChange={setUrl}
          error={form.fieldError('url')}
        />
        <TextField
          id="webhook-description"
          label={t('webhooks.description')}
          optional
          maxLength={500}
          autoComplete="off"
          value={description}
          onChange={setDescription}
          error={form.fieldError('description')}
        />
      </div>
      <fieldset
        className="fieldset"
        id="webhook-eventTypes"
        tabIndex={-1}
        aria-describedby={error ? 'webhook-eventTypes-error' : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend>{t('webhooks.eventsLegend')}</legend>
        <div className="checkbox-grid">
          {eventTypes.map((type) => {
            const id = `webhook-event-${type.replace(/\W/g, '-')}`
            return (
              <div key={type} className="checkbox-field">
                <input
                  type="checkbox"
                  id={id}
                  checked={selected.includes(type)}
                  onChange={(e) =>
                    setSelected(e.target.checked ? [...selected, type] : selected.filter((s) => s !== type))
                  }
                />
                <label htmlFor={id}>
                  {t(`webhooks.eventTypes.${type}` as 'webhooks.eventTypes.webhook.test', {
                    defaultValue: type,
                  })}{' '}
                  <code className="scope-code">{type}</code>
                </label>
              </div>
            )
          })}
        </div>
        {error ? (
          <p id="webhook-eventTypes-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('webhooks.create')}
        </button>
      </div>
    </FormShell>
  )
}
