import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { Vendor } from './types'

interface FormProps {
  slug: string
  vendor: Vendor
  onSaved: (message: string) => void
}

const orNull = (value: string) => (value.trim() ? value.trim() : null)

const MECHANISMS = ['adequacy', 'scc', 'dpf', 'bcr', 'derogation'] as const
type Mechanism = (typeof MECHANISMS)[number]

/** A transfer outside the EEA through the vendor: mechanism, SCC module, DPF check date, TIA note. */
export function TransferForm({ slug, vendor, onSaved }: FormProps) {
  const { t } = useTranslation()
  const id = `transfer-${vendor.key}`
  const [country, setCountry] = useState('')
  const [mechanism, setMechanism] = useState<Mechanism>('scc')
  const [sccModule, setSccModule] = useState('2')
  const [dpfCheckedOn, setDpfCheckedOn] = useState('')
  const [details, setDetails] = useState('')
  const [tiaNote, setTiaNote] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, { fields: ['country', 'sccModule', 'dpfCheckedOn', 'details', 'tiaNote'] })
  const f = 'processorForms.transfers'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!/^[A-Za-z]{2}$/.test(country.trim())) return errors.invalid('country', t(`${f}.countryHint`))
    void run(async () => {
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/processors/vendors/{key}/transfers', {
            params: { path: { slug, key: vendor.key } },
            body: {
              country: country.trim().toUpperCase(),
              mechanism,
              ...(mechanism === 'scc' ? { sccModule: Number(sccModule) } : {}),
              ...(mechanism === 'dpf' && dpfCheckedOn ? { dpfCheckedOn } : {}),
              ...(details.trim() ? { details: details.trim() } : {}),
              ...(tiaNote.trim() ? { tiaNote: tiaNote.trim() } : {}),
            },
          }),
        )
        setCountry('')
        setDetails('')
        setTiaNote('')
        onSaved(t(`${f}.saved`))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t(`${f}.add`)}</h4>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id={`${id}-country`}
          label={t(`${f}.country`)}
          hint={t(`${f}.countryHint`)}
          required
          maxLength={2}
          autoComplete="off"
          value={country}
          onChange={setCountry}
          error={errors.fieldError('country')}
        />
        <SelectField
          id={`${id}-mechanism`}
          label={t(`${f}.mechanism`)}
          value={mechanism}
          onChange={(v) => setMechanism(MECHANISMS.find((m) => m === v) ?? 'scc')}
        >
          {MECHANISMS.map((m) => (
            <option key={m} value={m}>
              {t(`${f}.mechanisms.${m}`)}
            </option>
          ))}
        </SelectField>
        {mechanism === 'scc' ? (
          <SelectField
            id={`${id}-sccModule`}
            label={t(`${f}.sccModule`)}
            value={sccModule}
            onChange={setSccModule}
            error={errors.fieldError('sccModule')}
          >
            {(['1', '2', '3', '4'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`${f}.sccModules.${m}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {mechanism === 'dpf' ? (
          <TextField
            id={`${id}-dpfCheckedOn`}
            type="date"
            label={t(`${f}.dpfCheckedOn`)}
            hint={t(`${f}.dpfHint`)}
            optional
            value={dpfCheckedOn}
            onChange={setDpfCheckedOn}
            error={errors.fieldError('dpfCheckedOn')}
          />
        ) : null}
        <TextField
          id={`${id}-details`}
          label={t(`${f}.details`)}
          optional
          maxLength={2000}
          value={details}
          onChange={setDetails}
          error={errors.fieldError('details')}
        />
        <TextField
          id={`${id}-tiaNote`}
          label={t(`${f}.tiaNote`)}
          hint={t(`${f}.tiaHint`)}
          optional
          maxLength={5000}
          value={tiaNote}
          onChange={setTiaNote}
          error={errors.fieldError('tiaNote')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t(`${f}.submit`)}
        </button>
      </p>
    </form>
  )
}

/** Risk level, certifications, the vendor's own sub-processors and the review dates. */
export function ProfileForm({ slug, vendor, onSaved }: FormProps) {
  const { t } = useTranslation()
  const id = `profile-${vendor.key}`
  const p = vendor.profile
  const [riskLevel, setRiskLevel] = useState<string>(p.riskLevel ?? '')
  const [certifications, setCertifications] = useState(p.certifications.join(', '))
  const [subProcessors, setSubProcessors] = useState(
    p.subProcessors.map((s) => [s.name, s.country, s.services ?? ''].filter(Boolean).join(', ')).join('\n'),
  )
  const [lastReviewedOn, setLastReviewedOn] = useState(p.lastReviewedOn ?? '')
  const [nextReviewOn, setNextReviewOn] = useState(p.nextReviewOn ?? '')
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, { fields: ['subProcessors', 'lastReviewedOn', 'nextReviewOn'] })
  const f = 'processorForms.profile'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    const lines = subProcessors.split('\n').map((l) => l.trim())
    const parsed: { name: string; country: string; services?: string }[] = []
    for (const [i, line] of lines.entries()) {
      if (!line) continue
      const [name = '', country = '', ...rest] = line.split(',').map((x) => x.trim())
      if (!name || !/^[A-Za-z]{2}$/.test(country))
        return errors.invalid('subProcessors', t(`${f}.subProcessorsInvalid`, { line: i + 1 }))
      const services = rest.join(', ')
      parsed.push({ name, country: country.toUpperCase(), ...(services ? { services } : {}) })
    }
    void run(async () => {
      try {
        await call(
          api.PUT('/api/v1/orgs/{slug}/processors/vendors/{key}/profile', {
            params: { path: { slug, key: vendor.key } },
            body: {
              riskLevel:
                riskLevel === 'low' || riskLevel === 'medium' || riskLevel === 'high' ? riskLevel : null,
              certifications: certifications
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean),
              subProcessors: parsed,
              lastReviewedOn: orNull(lastReviewedOn),
              nextReviewOn: orNull(nextReviewOn),
            },
          }),
        )
        onSaved(t(`${f}.saved`))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t(`${f}.title`)}</h4>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <SelectField
          id={`${id}-riskLevel`}
          label={t(`${f}.riskLevel`)}
          value={riskLevel}
          onChange={setRiskLevel}
        >
          <option value="">{t(`${f}.riskUnset`)}</option>
          <option value="low">{t('processors.risk.low')}</option>
          <option value="medium">{t('processors.risk.medium')}</option>
          <option value="high">{t('processors.risk.high')}</option>
        </SelectField>
        <TextField
          id={`${id}-certifications`}
          label={t(`${f}.certifications`)}
          hint={t(`${f}.certificationsHint`)}
          optional
          maxLength={2000}
          value={certifications}
          onChange={setCertifications}
        />
        <TextField
          id={`${id}-lastReviewedOn`}
          type="date"
          label={t(`${f}.lastReviewedOn`)}
          optional
          value={lastReviewedOn}
          onChange={setLastReviewedOn}
          error={errors.fieldError('lastReviewedOn')}
        />
        <TextField
          id={`${id}-nextReviewOn`}
          type="date"
          label={t(`${f}.nextReviewOn`)}
          hint={t(`${f}.nextReviewHint`)}
          optional
          value={nextReviewOn}
          onChange={setNextReviewOn}
          error={errors.fieldError('nextReviewOn')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-subProcessors`}>{t(`${f}.subProcessors`)}</label>
        <p id={`${id}-subProcessors-hint`} className="hint">
          {t(`${f}.subProcessorsHint`)}
        </p>
        <textarea
          id={`${id}-subProcessors`}
          rows={3}
          value={subProcessors}
          onChange={(e) => setSubProcessors(e.target.value)}
          aria-describedby={`${id}-subProcessors-hint`}
          aria-invalid={errors.fieldError('subProcessors') ? true : undefined}
        />
        {errors.fieldError('subProcessors') ? (
          <p className="field-error" role="alert">
            {errors.fieldError('subProcessors')}
          </p>
        ) : null}
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t(`${f}.submit`)}
        </button>
      </p>
    </form>
  )
}
