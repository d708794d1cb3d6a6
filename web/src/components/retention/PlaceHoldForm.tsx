import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'

const SCOPES = ['collection', 'system', 'subject', 'request'] as const
type Scope = (typeof SCOPES)[number]
const FIELDS = ['scope', 'subjectId', 'requestId', 'systemKey', 'collection', 'reason', 'endsOn'] as const
const FORM = 'place-hold'
type HoldBody =
  paths['/api/v1/orgs/{slug}/retention/holds']['post']['requestBody']['content']['application/json']

/** Places a legal hold on a collection, a whole system, a person or a request. */
export function PlaceHoldForm({
  slug,
  collections,
  onPlaced,
}: {
  slug: string
  /** The collections linked to a rule ('dataset/collection' with its system). */
  collections: readonly { dataset: string; collection: string; system: string }[]
  onPlaced: () => void
}) {
  const { t } = useTranslation()
  const systems = [...new Set(collections.map((c) => c.system))].sort()
  const [scope, setScope] = useState<Scope>('collection')
  const [collection, setCollection] = useState(
    collections[0] ? `${collections[0].dataset}/${collections[0].collection}` : '',
  )
  const [system, setSystem] = useState(systems[0] ?? '')
  const [subjectId, setSubjectId] = useState('')
  const [requestId, setRequestId] = useState('')
  const [reason, setReason] = useState('')
  const [endsOn, setEndsOn] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors(FORM, { fields: FIELDS })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    errors.clear()
    if (!reason.trim()) return errors.invalid('reason', t('errors.required'))
    const common = { reason: reason.trim(), endsOn: endsOn || null }
    let body: HoldBody
    if (scope === 'collection') {
      const [datasetKey = '', name = ''] = collection.split('/')
      if (!datasetKey || !name) return errors.invalid('collection', t('errors.required'))
      body = { scope, datasetKey, collection: name, ...common }
    } else if (scope === 'system') {
      if (!system) return errors.invalid('systemKey', t('errors.required'))
      body = { scope, systemKey: system, ...common }
    } else if (scope === 'subject') {
      if (!subjectId.trim()) return errors.invalid('subjectId', t('errors.required'))
      body = { scope, subjectId: subjectId.trim(), ...common }
    } else {
      if (!requestId.trim()) return errors.invalid('requestId', t('errors.required'))
      body = { scope, requestId: requestId.trim(), ...common }
    }
    void run(async () => {
      try {
        await call(api.POST('/api/v1/orgs/{slug}/retention/holds', { params: { path: { slug } }, body }))
        setReason('')
        setEndsOn('')
        onPlaced()
      } catch (failure) {
        errors.fail(failure)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="place-hold-title">
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <SelectField
          id={`${FORM}-scope`}
          label={t('retention.holds.place.scope')}
          value={scope}
          onChange={(v) => setScope(SCOPES.find((s) => s === v) ?? 'collection')}
        >
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`retention.holds.scopes.${s}`)}
            </option>
          ))}
        </SelectField>
        {scope === 'collection' ? (
          <SelectField
            id={`${FORM}-collection`}
            label={t('retention.holds.place.collection')}
            hint={collections.length === 0 ? t('retention.holds.place.noCollections') : undefined}
            value={collection}
            onChange={setCollection}
            error={errors.fieldError('collection')}
          >
            {collections.map((c) => (
              <option key={`${c.dataset}/${c.collection}`} value={`${c.dataset}/${c.collection}`}>
                {c.dataset} · {c.collection}
              </option>
            ))}
          </SelectField>
        ) : null}
        {scope === 'system' ? (
          <SelectField
            id={`${FORM}-systemKey`}
            label={t('retention.holds.place.system')}
            hint={systems.length === 0 ? t('retention.holds.place.noCollections') : undefined}
            value={system}
            onChange={setSystem}
            error={errors.fieldError('systemKey')}
          >
            {systems.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        ) : null}
        {scope === 'subject' ? (
          <TextField
            id={`${FORM}-subjectId`}
            label={t('retention.holds.place.subjectId')}
            hint={t('retention.holds.place.subjectHint')}
            required
            autoComplete="off"
            value={subjectId}
            onChange={setSubjectId}
            error={errors.fieldError('subjectId')}
          />
        ) : null}
        {scope === 'request' ? (
          <TextField
            id={`${FORM}-requestId`}
            label={t('retention.holds.place.requestId')}
            hint={t('retention.holds.place.requestHint')}
            required
            autoComplete="off"
            value={requestId}
            onChange={setRequestId}
            error={errors.fieldError('requestId')}
          />
        ) : null}
        <TextField
          id={`${FORM}-reason`}
          label={t('retention.holds.place.reason')}
          hint={t('retention.holds.place.reasonHint')}
          required
          maxLength={1000}
          autoComplete="off"
          value={reason}
          onChange={setReason}
          error={errors.fieldError('reason')}
        />
        <TextField
          id={`${FORM}-endsOn`}
          label={t('retention.holds.place.endsOn')}
          hint={t('retention.holds.place.endsOnHint')}
          optional
          type="date"
          value={endsOn}
          onChange={setEndsOn}
          error={errors.fieldError('endsOn')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('retention.holds.place.submit')}
        </button>
      </p>
    </form>
  )
}
