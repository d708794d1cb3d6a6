import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { CHANNELS, type Channel, KINDS, type Kind, REASONS, type Reason } from './options'

const FIELDS = ['kind', 'value', 'reason', 'channel', 'note'] as const

/** Adds an address, number or postal address to the suppression list with its reason (and channel for unsubscribe). */
export function AddEntryForm({ slug, onAdded }: { slug: string; onAdded: (masked: string) => void }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<Kind>('email')
  const [value, setValue] = useState('')
  const [reason, setReason] = useState<Reason>('objection')
  const [channel, setChannel] = useState<Channel>('email')
  const [note, setNote] = useState('')
  const form = useFormSubmit('suppression', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      const entry = await call(
        api.POST('/api/v1/orgs/{slug}/suppression/entries', {
          params: { path: { slug } },
          body: {
            kind,
            value: value.trim(),
            reason,
            ...(reason === 'unsubscribe' ? { channel } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      )
      setValue('')
      setNote('')
      onAdded(entry.masked)
    },
    () => firstProblem([!value.trim(), 'value', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="add-entry-title">
      <div className="form-grid">
        <SelectField
          id="suppression-kind"
          label={t('consent.suppression.kind')}
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          error={form.fieldError('kind')}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`consent.suppression.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="suppression-value"
          label={t('consent.suppression.value')}
          required
          maxLength={500}
          autoComplete="off"
          value={value}
          onChange={setValue}
          error={form.fieldError('value')}
        />
        <SelectField
          id="suppression-reason"
          label={t('consent.suppression.reason')}
          value={reason}
          onChange={(v) => setReason(v as Reason)}
          error={form.fieldError('reason')}
        >
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`consent.suppression.reasons.${r}`)}
            </option>
          ))}
        </SelectField>
        {reason === 'unsubscribe' ? (
          <SelectField
            id="suppression-channel"
            label={t('consent.suppression.channel')}
            value={channel}
            onChange={(v) => setChannel(v as Channel)}
            error={form.fieldError('channel')}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`consent.suppression.channels.${c}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id="suppression-note"
          label={t('consent.suppression.note')}
          optional
          maxLength={500}
          autoComplete="off"
          value={note}
          onChange={setNote}
          error={form.fieldError('note')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy} data-testid="suppression-add">
          {t('consent.suppression.add')}
        </button>
      </div>
    </FormShell>
  )
}
