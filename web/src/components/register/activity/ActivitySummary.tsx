import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../../app/format'
import { formatDuration } from '../format'
import { SummaryList } from '../SummaryList'
import type { Activity } from '../types'
import type { RegisterData } from '../useRegisterData'

/** The activity as read-only text, for roles that may read the register but not change it. */
export function ActivitySummary({ activity: a, data }: { activity: Activity; data: RegisterData }) {
  const { t } = useTranslation()
  const { lookup } = data
  const { date } = useDateFormat()
  const yesNo = (v: boolean | undefined) => (v ? t('common.yes') : t('common.no'))
  const purposes = (a.purposes ?? []).map((p) => (
    <>
      <strong>{lookup.choiceLabel(lookup.purposes, p.purpose)}</strong>
      {p.legalBasis ? ` — ${lookup.enumLabel('legalBases', p.legalBasis)}` : ''}
      {p.legalObligation ? ` (${lookup.text(p.legalObligation.law)})` : ''}
      {p.legitimateInterest ? <p className="hint">{lookup.text(p.legitimateInterest.interest)}</p> : null}
    </>
  ))
  const dataCategories = (a.dataCategories ?? []).map(
    (d) =>
      `${lookup.choiceLabel(lookup.dataCategories, d.category)} (${lookup.enumLabel('dataSources', d.source ?? 'subject')})`,
  )
  const recipients = (a.recipients ?? []).map((r) =>
    [
      lookup.choiceLabel(lookup.recipientTypes, r.type),
      lookup.text(r.name),
      r.vendor ? lookup.nameOf.vendor(r.vendor) : null,
    ]
      .filter(Boolean)
      .join(' — '),
  )
  const transfers = (a.transfers ?? []).map((x) =>
    [
      x.country ?? t('register.activity.unknownCountry'),
      lookup.text(x.recipient),
      x.safeguard ? lookup.enumLabel('transferSafeguards', x.safeguard) : null,
    ]
      .filter(Boolean)
      .join(' — '),
  )
  const retention = (a.retention ?? []).map((r) => {
    const rule = data.doc.retentionRules.find((x) => x.key === r.rule)
    const duration = rule?.openEnd
      ? t(`register.retention.lengths.${rule.openEnd}`)
      : rule
        ? formatDuration(rule.duration, lookup.language)
        : ''
    return `${lookup.nameOf.retentionRule(r.rule)}${duration ? ` (${duration})` : ''}`
  })
  const criteria = a.dpia?.criteria ?? []
  return (
    <div className="card" data-testid="activity-summary">
      <SummaryList
        rows={[
          [t('register.fields.name'), lookup.text(a.name)],
          [t('register.fields.description'), lookup.text(a.description)],
          [t('register.fields.role'), lookup.enumLabel('activityRoles', a.role ?? 'controller')],
          [t('register.fields.jointControllers'), (a.jointControllers ?? []).map((j) => j.name)],
          [t('register.fields.processorFor'), (a.processorFor ?? []).map((c) => c.client)],
          [t('register.fields.status'), lookup.enumLabel('activityStatuses', a.status ?? 'active')],
          [t('register.fields.startDate'), a.startDate ? date(a.startDate) : null],
          [t('register.fields.endDate'), a.endDate ? date(a.endDate) : null],
          [t('register.fields.purposes'), purposes],
          [
            t('register.fields.subjectCategories'),
            (a.subjectCategories ?? []).map((k) => lookup.choiceLabel(lookup.subjectCategories, k)),
          ],
          [t('register.fields.dataCategories'), dataCategories],
          [t('register.fields.art9Condition'), lookup.enumLabel('art9Conditions', a.art9Condition)],
          [t('register.fields.criminalDataBasis'), lookup.text(a.criminalDataBasis)],
          [t('register.fields.nationalNumberAuthorisation'), lookup.text(a.nationalNumberAuthorisation)],
          [t('register.fields.recipients'), recipients],
          [t('register.fields.transfers'), transfers],
          [t('register.fields.systems'), (a.systems ?? []).map(lookup.nameOf.system)],
          [t('register.fields.retention'), retention],
          [t('register.fields.measures'), (a.measures ?? []).map(lookup.nameOf.measure)],
          [t('register.activity.automatedUsed'), yesNo(a.automatedDecisions?.used)],
          [t('register.fields.criteria'), criteria.map((c) => lookup.enumLabel('dpiaCriteria', c))],
          [t('register.fields.dpiaStatus'), lookup.enumLabel('dpiaStatuses', a.dpia?.status)],
          [t('register.fields.portability'), yesNo(a.portability)],
        ]}
      />
    </div>
  )
}
