import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { orgHref } from '../../app/routes'
import { useApiResource } from '../../app/useApiResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { Lookup } from '../../components/register/lookup'
import { AffectedSetSection } from './AffectedSetSection'
import { AssessmentSection } from './AssessmentSection'
import { BreachForm } from './BreachForm'
import type { BreachAnswer, BreachChange } from './breachFacts'
import { ClocksSection } from './ClocksSection'
import { ControllersSection } from './ControllersSection'
import { DraftSection } from './DraftSection'
import { EvidenceSection } from './EvidenceSection'
import { LettersSection } from './LettersSection'
import { TimelineSection } from './TimelineSection'
import { useAction } from './useAction'
import { useRegisterLookup } from './useRegisterLookup'

/**
 * One breach, in the order of the work: its clocks and filings, the facts (changeable), the risk assessment and
 * decisions, the GBA draft, the letters to the people (a controller) or the notices to the clients (a processor),
 * the timeline, and closing the file (it stays in the register).
 */
export function BreachPage({ membership, id }: { membership: Membership; id: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const resource = useApiResource(
    () => api.GET('/api/v1/orgs/{slug}/breaches/{id}', { params: { path: { slug, id } } }),
    [slug, id],
  )
  const register = useRegisterLookup(slug)
  const update = (next: BreachChange) => {
    const can = resource.data?.can
    if (can) resource.setData({ ...next, can })
  }

  return (
    <ResourceView resource={resource}>
      {(b) => (
        <>
          <PageTitle>{`${b.reference} · ${b.title}`}</PageTitle>
          <p>
            <a href={orgHref(slug, 'breaches')}>{t('breaches.back')}</a>
          </p>
          {b.status === 'closed' ? (
            <p className="alert alert-info" role="status">
              {t('breaches.flow.closedNote')}
            </p>
          ) : null}
          <ClocksSection slug={slug} breach={b} onChange={update} />
          <ResourceView resource={register}>
            {(r) => <FactsSection slug={slug} breach={b} register={r} onChange={update} />}
          </ResourceView>
          <AffectedSetSection slug={slug} breach={b} onChange={update} />
          <EvidenceSection slug={slug} breach={b} />
          <AssessmentSection slug={slug} breach={b} onChange={update} />
          {b.role === 'controller' ? (
            <>
              <DraftSection slug={slug} id={b.id} />
              <LettersSection slug={slug} breach={b} />
            </>
          ) : (
            <ControllersSection slug={slug} breach={b} onSent={resource.reload} />
          )}
          <TimelineSection slug={slug} breach={b} onChange={update} />
          {b.status === 'open' && b.can.write ? (
            <CloseSection slug={slug} breach={b} onChange={update} />
          ) : null}
        </>
      )}
    </ResourceView>
  )
}

function FactsSection({
  slug,
  breach: b,
  register,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  register: { doc: Parameters<typeof BreachForm>[0]['register']; lookup: Lookup }
  onChange: (next: BreachChange) => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [editing, setEditing] = useState(false)
  const { lookup } = register
  const f = b.facts
  if (editing) {
    return (
      <BreachForm
        slug={slug}
        idPrefix="breach-edit"
        heading={t('breaches.flow.editFacts')}
        submitLabel={t('breaches.flow.saveFacts')}
        facts={f}
        register={register.doc}
        lookup={lookup}
        onCancel={() => setEditing(false)}
        onSubmit={async (body) => {
          onChange(
            await call(
              api.PATCH('/api/v1/orgs/{slug}/breaches/{id}', { params: { path: { slug, id: b.id } }, body }),
            ),
          )
          setEditing(false)
        }}
      />
    )
  }
  /** Whether a number is the connector's count or a person's entry, said next to it. */
  const numberSource = (source: 'computed' | 'entered' | null, computed: number | undefined) => {
    const set = b.affectedSet
    if (!set || !source) return null
    return ` (${
      source === 'computed'
        ? t('breaches.affected.sourceComputed', { dataset: set.datasetName, at: dateTime(set.computedAt) })
        : t('breaches.affected.sourceEntered', { dataset: set.datasetName, count: computed })
    })`
  }
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('breaches.flow.none'))
  const optional = (text: string | undefined) => text ?? t('breaches.flow.notEntered')
  return (
    <section aria-labelledby="breach-facts" className="card">
      <h2 id="breach-facts">{t('breaches.facts')}</h2>
      <dl className="details" data-testid="breach-facts">
        <dt>{t('breaches.form.role')}</dt>
        <dd>{t(`breaches.form.roles.${f.role}`)}</dd>
        <dt>{t('breaches.discoveredAt')}</dt>
        <dd>
          {dateTime(f.discoveredAt)}
          {f.discoveryMethod ? ` - ${f.discoveryMethod}` : ''}
        </dd>
        <dt>{t('breaches.awareAt')}</dt>
        <dd>{dateTime(f.awareAt)}</dd>
        <dt>{t('breaches.flow.period')}</dt>
        <dd>
          {f.occurredFrom ? dateTime(f.occurredFrom) : t('breaches.flow.notEntered')} -{' '}
          {f.ongoing
            ? t('breaches.form.ongoing')
            : f.occurredUntil
              ? dateTime(f.occurredUntil)
              : t('breaches.flow.notEntered')}
        </dd>
        <dt>{t('breaches.description')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{f.description}</dd>
        <dt>{t('breaches.nature')}</dt>
        <dd>{f.nature.map((n) => t(`breaches.natures.${n}`)).join(', ')}</dd>
        <dt>{t('breaches.origin')}</dt>
        <dd>
          {t(`breaches.origins.${f.origin}`)} · {t(`breaches.causes.${f.cause}`)}
          {f.originDetails ? ` - ${f.originDetails}` : ''}
        </dd>
        <dt>{t('breaches.form.systems')}</dt>
        <dd>{list(f.systems.map(lookup.nameOf.system))}</dd>
        <dt>{t('breaches.form.activities')}</dt>
        <dd>{list(f.activities.map(lookup.nameOf.activity))}</dd>
        <dt>{t('breaches.flow.dataCategories')}</dt>
        <dd data-testid="breach-data-categories">
          {list((f.dataCategories ?? []).map((k) => lookup.choiceLabel(lookup.dataCategories, k)))}
        </dd>
        <dt>{t('breaches.flow.subjectCategories')}</dt>
        <dd>
          {list((f.subjectCategories ?? []).map((k) => lookup.choiceLabel(lookup.subjectCategories, k)))}
        </dd>
        <dt>{t('breaches.flow.processors')}</dt>
        <dd>{list((f.processors ?? []).map(lookup.nameOf.vendor))}</dd>
        <dt>{t('breaches.flow.transfers')}</dt>
        <dd>{list((f.transfers ?? []).map((x) => `${x.recipient} (${x.country})`))}</dd>
        <dt>{t('breaches.peopleApprox')}</dt>
        <dd data-testid="breach-people">
          {f.peopleApprox ?? t('breaches.flow.notEntered')}
          {numberSource(b.numberSources.people, b.affectedSet?.people)}
        </dd>
        <dt>{t('breaches.form.recordsApprox')}</dt>
        <dd data-testid="breach-records">
          {f.recordsApprox ?? t('breaches.flow.notEntered')}
          {numberSource(b.numberSources.records, b.affectedSet?.records)}
        </dd>
        <dt>{t('breaches.encrypted')}</dt>
        <dd>
          {f.encrypted ? t('breaches.flow.yes') : t('breaches.flow.no')}
          {f.encryptionDetails ? ` - ${f.encryptionDetails}` : ''}
        </dd>
        <dt>{t('breaches.consequences')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{optional(f.consequences)}</dd>
        <dt>{t('breaches.measuresTaken')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{optional(f.measuresTaken)}</dd>
        <dt>{t('breaches.form.measuresProposed')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{optional(f.measuresProposed)}</dd>
        <dt>{t('breaches.form.adviceToSubjects')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{optional(f.adviceToSubjects)}</dd>
        {f.otherMemberStates.length > 0 ? (
          <>
            <dt>{t('breaches.form.otherMemberStates')}</dt>
            <dd>{f.otherMemberStates.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <p className="hint">{t('breaches.flow.fromRegister')}</p>
      {b.can.write && b.status === 'open' ? (
        <button type="button" onClick={() => setEditing(true)}>
          {t('breaches.flow.editFacts')}
        </button>
      ) : null}
    </section>
  )
}

function CloseSection({
  slug,
  breach: b,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  onChange: (next: BreachChange) => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const action = useAction()
  function submit(e: FormEvent) {
    e.preventDefault()
    action.run(async () =>
      onChange(
        await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/close', {
            params: { path: { slug, id: b.id } },
            body: { reason },
          }),
        ),
      ),
    )
  }
  return (
    <form onSubmit={submit} className="card" aria-labelledby="breach-close" noValidate>
      <h2 id="breach-close">{t('breaches.flow.closeTitle')}</h2>
      <p>{t('breaches.flow.closeIntro')}</p>
      <TextAreaField
        id="breach-close-reason"
        label={t('breaches.flow.closeReason')}
        value={reason}
        onChange={setReason}
      />
      <ErrorMessage error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('breaches.flow.close')}
      </button>
    </form>
  )
}
