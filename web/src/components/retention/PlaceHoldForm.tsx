import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useDateFormat } from '../../app/format'
import type { FieldProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import { HoldTargetSearch } from './HoldTargetSearch'
import { type FoundTargets, foundTargets } from './holdSearch'

const SCOPES = ['collection', 'system', 'subject', 'request'] as const
type Scope = (typeof SCOPES)[number]
const FIELDS = ['scope', 'subjectId', 'requestId', 'systemKey', 'collection', 'reason', 'endsOn'] as const
const FORM = 'place-hold'
/** The search asks the subject index for this many people; as many back means there may be more. */
const SUBJECTS_SHOWN = 10
const REQUESTS_SHOWN = 20
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
  const { date } = useDateFormat()
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
  const form = useFormSubmit(FORM, { fields: FIELDS })

  /** People of the subject index by name, e-mail, phone, national register or customer number. */
  const findSubjects = async (q: string): Promise<FoundTargets> => {
    const page = await call(
      api.GET('/api/v1/orgs/{slug}/subjects', {
        params: { path: { slug }, query: { q, limit: SUBJECTS_SHOWN } },
      }),
    )
    const items = page.items.map((s) => ({
      id: s.id,
      label: s.name,
      hint: s.identities.map((i) => i.display).join(' · ') || undefined,
    }))
    return foundTargets(items, SUBJECTS_SHOWN)
  }
  /** Requests by the requester's e-mail address, or by reference or name among the latest 500 of the worklist. */
  const findRequests = async (q: string): Promise<FoundTargets> => {
    const byEmail = q.includes('@')
    const page = await call(
      api.GET('/api/v1/orgs/{slug}/requests', {
        params: { path: { slug }, query: byEmail ? { email: q, limit: 50 } : { limit: 500 } },
      }),
    )
    const needle = q.toLowerCase()
    const matches = page.items
      .filter(
        (r) =>
          byEmail ||
          r.reference.toLowerCase().includes(needle) ||
          (r.subjectName ?? '').toLowerCase().includes(needle),
      )
      .slice(0, REQUESTS_SHOWN + 1)
      .map((r) => ({
        id: r.id,
        label: [r.reference, r.subjectName].filter(Boolean).join(' · '),
        hint: t('retention.holds.place.requestFound', {
          types: r.types.map((type) => t(`requests.types.${type}.short`)).join(', '),
          received: date(r.receivedAt),
          status: t(`requests.statuses.${r.status}`),
        }),
      }))
    // More matches than shown, or a whole page of requests (the match may be among older ones): there may be more.
    return {
      items: matches.slice(0, REQUESTS_SHOWN),
      cutOff: matches.length > REQUESTS_SHOWN || page.items.length >= (byEmail ? 50 : 500),
    }
  }

  /** The hold as the form describes it, or the first field it still lacks. */
  const holdOf = (): { body: HoldBody } | FieldProblem => {
    const lacks = (field: string, message: string) => ({ field, message })
    if (!reason.trim()) return lacks('reason', t('errors.required'))
    const common = { reason: reason.trim(), endsOn: endsOn || null }
    if (scope === 'collection') {
      const [datasetKey = '', name = ''] = collection.split('/')
      if (!datasetKey || !name) return lacks('collection', t('errors.required'))
      return { body: { scope, datasetKey, collection: name, ...common } }
    }
    if (scope === 'system') {
      if (!system) return lacks('systemKey', t('errors.required'))
      return { body: { scope, systemKey: system, ...common } }
    }
    if (scope === 'subject') {
      if (!subjectId.trim()) return lacks('subjectId', t('retention.holds.place.pickOne'))
      return { body: { scope, subjectId: subjectId.trim(), ...common } }
    }
    if (!requestId.trim()) return lacks('requestId', t('retention.holds.place.pickOne'))
    return { body: { scope, requestId: requestId.trim(), ...common } }
  }

  const submit = form.submit(
    async () => {
      const hold = holdOf()
      if (!('body' in hold)) return
      await call(
        api.POST('/api/v1/orgs/{slug}/retention/holds', { params: { path: { slug } }, body: hold.body }),
      )
      setReason('')
      setEndsOn('')
      onPlaced()
    },
    () => {
      const hold = holdOf()
      return 'body' in hold ? null : hold
    },
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="place-hold-title">
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
            error={form.fieldError('collection')}
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
            error={form.fieldError('systemKey')}
          >
            {systems.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        ) : null}
        {scope === 'subject' ? (
          <HoldTargetSearch
            id={`${FORM}-subjectId`}
            label={t('retention.holds.place.subjectSearch')}
            hint={t('retention.holds.place.subjectHint')}
            legend={t('retention.holds.place.subjectId')}
            search={findSubjects}
            value={subjectId}
            onChange={setSubjectId}
            error={form.fieldError('subjectId')}
          />
        ) : null}
        {scope === 'request' ? (
          <HoldTargetSearch
            id={`${FORM}-requestId`}
            label={t('retention.holds.place.requestSearch')}
            hint={t('retention.holds.place.requestHint')}
            legend={t('retention.holds.place.requestId')}
            search={findRequests}
            value={requestId}
            onChange={setRequestId}
            error={form.fieldError('requestId')}
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
          error={form.fieldError('reason')}
        />
        <TextField
          id={`${FORM}-endsOn`}
          label={t('retention.holds.place.endsOn')}
          hint={t('retention.holds.place.endsOnHint')}
          optional
          type="date"
          value={endsOn}
          onChange={setEndsOn}
          error={form.fieldError('endsOn')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('retention.holds.place.submit')}
        </button>
      </p>
    </FormShell>
  )
}
