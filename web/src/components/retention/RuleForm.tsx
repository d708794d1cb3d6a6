import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import type { RetentionRule } from './retentionApi'

const FIELDS = [
  'startKind',
  'subjectEvent',
  'fixedDate',
  'endAction',
  'renewedUntil',
  'consentPurpose',
  'runCeiling',
] as const
const START_KINDS = ['date_field', 'subject_event', 'fixed_date'] as const
const EVENTS = ['contract_end', 'last_contact', 'relationship_end', 'dispute_closed'] as const
const ACTIONS = ['delete', 'mask', 'anonymise'] as const
type StartKind = (typeof START_KINDS)[number]
type SubjectEvent = (typeof EVENTS)[number]
type EndAction = (typeof ACTIONS)[number]

/** A consent purpose of the register, as the rule form offers it for renewal by consent. */
export interface PurposeOption {
  key: string
  label: string
}

/** How one rule is enforced: start event, end action, manual renewal, renewal by consent, ceiling per sweep. */
export function RuleForm({
  slug,
  rule,
  name,
  purposes,
  onSaved,
}: {
  slug: string
  rule: RetentionRule
  name: string
  /** The register's consent purposes (offered when the register says the rule is renewable by consent). */
  purposes: readonly PurposeOption[]
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const formId = `rule-${rule.key}`
  const [startKind, setStartKind] = useState<StartKind>(rule.start.kind)
  const [event, setEvent] = useState<SubjectEvent>(
    EVENTS.find((e) => e === rule.start.event) ?? 'contract_end',
  )
  const [fixedDate, setFixedDate] = useState(rule.start.date ?? '')
  const [endAction, setEndAction] = useState<EndAction>(rule.action ?? 'mask')
  const [renewedUntil, setRenewedUntil] = useState(rule.renewedUntil ?? '')
  const [consentPurpose, setConsentPurpose] = useState(rule.consentPurpose ?? '')
  const [runCeiling, setRunCeiling] = useState(rule.runCeiling === null ? '' : String(rule.runCeiling))
  const form = useFormSubmit(formId, { fields: FIELDS })

  const submit = form.submit(
    async () => {
      await call(
        api.PUT('/api/v1/orgs/{slug}/retention/rules/{rule}', {
          params: { path: { slug, rule: rule.key } },
          body: {
            startKind,
            subjectEvent: startKind === 'subject_event' ? event : null,
            fixedDate: startKind === 'fixed_date' ? fixedDate : null,
            ...(rule.action === null ? {} : { endAction }),
            renewedUntil: renewedUntil || null,
            ...(rule.consentRenewable
              ? { consentPurpose: startKind === 'subject_event' ? consentPurpose || null : null }
              : {}),
            runCeiling: runCeiling.trim() ? Number(runCeiling) : null,
          },
        }),
      )
      onSaved()
    },
    () => firstProblem([startKind === 'fixed_date' && !fixedDate, 'fixedDate', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} label={t('retention.rules.edit', { rule: name })}>
      <div className="form-grid">
        <SelectField
          id={`${formId}-startKind`}
          label={t('retention.form.startKind')}
          value={startKind}
          onChange={(v) => setStartKind(START_KINDS.find((k) => k === v) ?? 'date_field')}
          error={form.fieldError('startKind')}
        >
          {START_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`retention.startKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        {startKind === 'subject_event' ? (
          <SelectField
            id={`${formId}-subjectEvent`}
            label={t('retention.form.subjectEvent')}
            value={event}
            onChange={(v) => setEvent(EVENTS.find((k) => k === v) ?? 'contract_end')}
            error={form.fieldError('subjectEvent')}
          >
            {EVENTS.map((k) => (
              <option key={k} value={k}>
                {t(`retention.subjectEvents.${k}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {startKind === 'fixed_date' ? (
          <TextField
            id={`${formId}-fixedDate`}
            label={t('retention.form.fixedDate')}
            type="date"
            required
            value={fixedDate}
            onChange={setFixedDate}
            error={form.fieldError('fixedDate')}
          />
        ) : null}
        {rule.action === null ? null : (
          <SelectField
            id={`${formId}-endAction`}
            label={t('retention.form.endAction')}
            value={endAction}
            onChange={(v) => setEndAction(ACTIONS.find((k) => k === v) ?? 'mask')}
            error={form.fieldError('endAction')}
          >
            {ACTIONS.map((k) => (
              <option key={k} value={k}>
                {t(`retention.actions.${k}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id={`${formId}-renewedUntil`}
          label={t('retention.form.renewedUntil')}
          hint={t('retention.form.renewedHint')}
          optional
          type="date"
          value={renewedUntil}
          onChange={setRenewedUntil}
          error={form.fieldError('renewedUntil')}
        />
        {rule.consentRenewable && startKind === 'subject_event' ? (
          <SelectField
            id={`${formId}-consentPurpose`}
            label={t('retention.form.consentPurpose')}
            hint={t('retention.form.consentHint')}
            value={consentPurpose}
            onChange={setConsentPurpose}
            error={form.fieldError('consentPurpose')}
          >
            <option value="">{t('retention.form.consentNone')}</option>
            {purposes.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </SelectField>
        ) : rule.consentRenewable ? (
          <p className="meta" data-testid="retention-consent-needs-event">
            {t('retention.form.consentNeedsEvent')}
          </p>
        ) : null}
        <TextField
          id={`${formId}-runCeiling`}
          label={t('retention.form.runCeiling')}
          hint={t('retention.form.ceilingHint')}
          optional
          type="number"
          min={1}
          value={runCeiling}
          onChange={setRunCeiling}
          error={form.fieldError('runCeiling')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('retention.form.submit')}
        </button>
      </p>
    </FormShell>
  )
}
