import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { CheckboxField } from '../../components/form/CheckboxField'
import { RadioGroup } from '../../components/form/RadioGroup'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { Messages } from '../../i18n/nl'
import type { BreachAnswer, BreachChange } from './breachFacts'
import { useAction } from './useAction'

/** The EDPB 01/2021 cases by number, 1-18 (the answer gives numbers in that range). */
type CaseKey = keyof Messages['breaches']['assess']['cases']
type Assessment = NonNullable<BreachAnswer['assessment']>
type Enisa = NonNullable<Assessment['enisaInput']>

const DATA_KINDS = ['simple', 'behavioural', 'financial', 'sensitive'] as const
const IDENTIFICATION = ['negligible', 'limited', 'significant', 'maximum'] as const
const CONFIDENTIALITY = ['none', 'exposed', 'known_recipients', 'unknown_recipients'] as const
const INTEGRITY = ['none', 'recoverable', 'unrecoverable'] as const
const AVAILABILITY = ['none', 'temporary', 'permanent'] as const
const RISKS = ['unlikely', 'risk', 'high'] as const
const EXCEPTIONS = ['unintelligible', 'risk_removed', 'disproportionate_effort'] as const
const ADJUSTMENTS = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3]

function defaults(previous: Assessment | null | undefined): Enisa {
  return (
    previous?.enisaInput ?? {
      dataKind: 'simple',
      dpcAdjustment: 0,
      identification: 'significant',
      confidentiality: 'none',
      integrity: 'none',
      availability: 'none',
      malicious: false,
    }
  )
}

/**
 * The risk assessment: the closest EDPB 01/2021 case family as guidance, the ENISA severity from explained inputs,
 * and the decision with its reasoning, from which the obligations follow (notify the GBA, inform the people).
 */
export function AssessmentSection({
  slug,
  breach: b,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  onChange: (breach: BreachChange) => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const a = b.assessment
  const [editing, setEditing] = useState(a === null)
  const [useEnisa, setUseEnisa] = useState(a === null || a.enisaInput !== null)
  const [enisa, setEnisa] = useState<Enisa>(() => defaults(a))
  const [risk, setRisk] = useState<(typeof RISKS)[number] | ''>(a?.risk ?? '')
  const [reasoning, setReasoning] = useState(a?.reasoning ?? '')
  const [exception, setException] = useState<string>(a?.exception ?? '')
  const [exceptionReasoning, setExceptionReasoning] = useState(a?.exceptionReasoning ?? '')
  const [decidedBy, setDecidedBy] = useState('')
  const action = useAction()
  const setE =
    <K extends keyof Enisa>(key: K) =>
    (value: Enisa[K]) =>
      setEnisa((e) => ({ ...e, [key]: value }))

  function submit(e: FormEvent) {
    e.preventDefault()
    action.run(async () => {
      const next = await call(
        api.POST('/api/v1/orgs/{slug}/breaches/{id}/assessment', {
          params: { path: { slug, id: b.id } },
          body: {
            risk: risk as (typeof RISKS)[number],
            reasoning,
            ...(exception ? { exception: exception as (typeof EXCEPTIONS)[number] } : {}),
            ...(exception && exceptionReasoning.trim() ? { exceptionReasoning } : {}),
            ...(decidedBy.trim() ? { decidedBy: decidedBy.trim() } : {}),
            ...(useEnisa ? { enisa } : {}),
          },
        }),
      )
      onChange(next)
      setEditing(false)
    })
  }

  const guidance = b.edpbGuidance
  return (
    <section aria-labelledby="breach-assessment" className="card">
      <h2 id="breach-assessment">{t('breaches.assess.title')}</h2>
      <h3>{t('breaches.assess.edpbTitle')}</h3>
      {guidance ? (
        <div data-testid="breach-edpb">
          <p>
            {t('breaches.assess.edpbFamily', { family: t(`breaches.assess.families.${guidance.family}`) })}
          </p>
          <ul>
            {guidance.cases.map((n) => (
              <li key={n}>
                {t('breaches.assess.edpbCase', {
                  number: n,
                  title: t(`breaches.assess.cases.${`c${n}` as CaseKey}`),
                })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('breaches.assess.edpbHint')}</p>
        </div>
      ) : (
        <p>{t('breaches.assess.edpbNone')}</p>
      )}

      {a ? (
        <div data-testid="breach-decision">
          <h3>{t('breaches.assess.decisionTitle')}</h3>
          <dl className="details">
            <dt>{t('breaches.assess.risk')}</dt>
            <dd>{t(`breaches.assess.risks.${a.risk}`)}</dd>
            <dt>{t('breaches.assess.reasoning')}</dt>
            <dd style={{ whiteSpace: 'pre-line' }}>{a.reasoning}</dd>
            {a.exception ? (
              <>
                <dt>{t('breaches.assess.exception')}</dt>
                <dd>
                  {t(`breaches.assess.exceptions.${a.exception}`)}
                  {a.exceptionReasoning ? ` - ${a.exceptionReasoning}` : ''}
                </dd>
              </>
            ) : null}
            <dt>{t('breaches.assess.decided')}</dt>
            <dd>{t('breaches.assess.decidedByAt', { name: a.decidedBy, at: dateTime(a.decidedAt) })}</dd>
            {a.enisa ? (
              <>
                <dt>{t('breaches.assess.severity')}</dt>
                <dd data-testid="breach-severity">
                  {t('breaches.assess.severityLine', {
                    level: t(`breaches.assess.levels.${a.enisa.level}`),
                    score: a.enisa.score,
                    dpc: a.enisa.dpc,
                    dpcBase: a.enisa.dpcBase,
                    ei: a.enisa.ei,
                    cb: a.enisa.cb,
                  })}{' '}
                  {t('breaches.assess.suggests', {
                    risk: t(`breaches.assess.risks.${a.suggestedRisk ?? 'high'}`),
                  })}
                </dd>
              </>
            ) : null}
            <dt>{t('breaches.assess.obligations')}</dt>
            <dd>
              <ul className="plain-list" data-testid="breach-obligations">
                {(['notifyAuthority', 'informSubjects', 'publicCommunication', 'informControllers'] as const)
                  .filter((k) => a.obligations[k])
                  .map((k) => (
                    <li key={k}>{t(`breaches.assess.obligationNames.${k}`)}</li>
                  ))}
                {Object.values(a.obligations).every((v) => !v) ? (
                  <li>{t('breaches.assess.noObligation')}</li>
                ) : null}
              </ul>
            </dd>
          </dl>
          {b.can.write && b.status === 'open' && !editing ? (
            <button type="button" onClick={() => setEditing(true)}>
              {t('breaches.assess.again')}
            </button>
          ) : null}
        </div>
      ) : null}

      {editing && b.can.write && b.status === 'open' ? (
        <form onSubmit={submit} aria-labelledby="breach-assess-form" noValidate>
          <h3 id="breach-assess-form">{t('breaches.assess.formTitle')}</h3>
          <CheckboxField
            id="enisa-use"
            label={t('breaches.assess.useEnisa')}
            description={t('breaches.assess.enisaIntro')}
            checked={useEnisa}
            onChange={setUseEnisa}
          />
          {useEnisa ? (
            <fieldset>
              <legend>{t('breaches.assess.enisaTitle')}</legend>
              <RadioGroup
                id="enisa-kind"
                legend={t('breaches.assess.dataKind')}
                value={enisa.dataKind}
                onChange={setE('dataKind')}
                options={DATA_KINDS.map((k) => ({
                  value: k,
                  label: t(`breaches.assess.dataKinds.${k}`),
                  hint: t(`breaches.assess.dataKindHelp.${k}`),
                }))}
              />
              <SelectField
                id="enisa-adjustment"
                label={t('breaches.assess.dpcAdjustment')}
                hint={t('breaches.assess.dpcAdjustmentHelp')}
                value={String(enisa.dpcAdjustment)}
                onChange={(v) => setE('dpcAdjustment')(Number(v))}
              >
                {ADJUSTMENTS.map((n) => (
                  <option key={n} value={String(n)}>
                    {n > 0 ? `+${n}` : String(n)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id="enisa-dpc-reason"
                label={t('breaches.assess.dpcReason')}
                value={enisa.dpcReason ?? ''}
                onChange={(v) => setE('dpcReason')(v || undefined)}
                optional
              />
              <RadioGroup
                id="enisa-identification"
                legend={t('breaches.assess.identification')}
                value={enisa.identification}
                onChange={setE('identification')}
                options={IDENTIFICATION.map((k) => ({
                  value: k,
                  label: t(`breaches.assess.identificationLevels.${k}`),
                  hint: t(`breaches.assess.identificationHelp.${k}`),
                }))}
              />
              <RadioGroup
                id="enisa-confidentiality"
                legend={t('breaches.assess.confidentiality')}
                value={enisa.confidentiality}
                onChange={setE('confidentiality')}
                options={CONFIDENTIALITY.map((k) => ({
                  value: k,
                  label: t(`breaches.assess.confidentialityLoss.${k}`),
                }))}
              />
              <RadioGroup
                id="enisa-integrity"
                legend={t('breaches.assess.integrity')}
                value={enisa.integrity}
                onChange={setE('integrity')}
                options={INTEGRITY.map((k) => ({ value: k, label: t(`breaches.assess.integrityLoss.${k}`) }))}
              />
              <RadioGroup
                id="enisa-availability"
                legend={t('breaches.assess.availability')}
                value={enisa.availability}
                onChange={setE('availability')}
                options={AVAILABILITY.map((k) => ({
                  value: k,
                  label: t(`breaches.assess.availabilityLoss.${k}`),
                }))}
              />
              <CheckboxField
                id="enisa-malicious"
                label={t('breaches.assess.malicious')}
                description={t('breaches.assess.maliciousHelp')}
                checked={enisa.malicious}
                onChange={setE('malicious')}
              />
            </fieldset>
          ) : null}
          <RadioGroup
            id="assess-risk"
            legend={t('breaches.assess.risk')}
            value={risk}
            onChange={setRisk}
            options={RISKS.map((k) => ({
              value: k,
              label: t(`breaches.assess.risks.${k}`),
              hint: t(`breaches.assess.riskHelp.${k}`),
            }))}
          />
          <TextAreaField
            id="assess-reasoning"
            label={t('breaches.assess.reasoning')}
            hint={t('breaches.assess.reasoningHint')}
            value={reasoning}
            onChange={setReasoning}
          />
          <SelectField
            id="assess-exception"
            label={t('breaches.assess.exception')}
            hint={t('breaches.assess.exceptionHint')}
            value={exception}
            onChange={setException}
          >
            <option value="">{t('breaches.assess.noException')}</option>
            {EXCEPTIONS.map((k) => (
              <option key={k} value={k}>
                {t(`breaches.assess.exceptions.${k}`)}
              </option>
            ))}
          </SelectField>
          {exception ? (
            <TextAreaField
              id="assess-exception-reasoning"
              label={t('breaches.assess.exceptionReasoning')}
              value={exceptionReasoning}
              onChange={setExceptionReasoning}
            />
          ) : null}
          <TextField
            id="assess-decided-by"
            label={t('breaches.assess.decidedBy')}
            hint={t('breaches.assess.decidedByHint')}
            value={decidedBy}
            onChange={setDecidedBy}
            optional
          />
          <ErrorMessage error={action.error} />
          <button type="submit" className="button-primary" disabled={action.busy}>
            {t('breaches.assess.record')}
          </button>
        </form>
      ) : null}
    </section>
  )
}
