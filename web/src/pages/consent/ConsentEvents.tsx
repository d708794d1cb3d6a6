import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ApiError, call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { describeError } from '../../app/errors'
import { useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { TableWrap } from '../../components/TableWrap'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
export type ConsentOverview = Json<paths['/api/v1/orgs/{slug}/consent']['get']['responses'][200]>
export type ConsentProof = Json<paths['/api/v1/orgs/{slug}/consent/proof']['post']['responses'][200]>
export type ConsentEvent = ConsentOverview['recent'][number]
export type ConsentStateName = ConsentEvent['state']

const BADGE: Record<ConsentStateName, string> = {
  given: 'badge badge-active',
  refused: 'badge badge-revoked',
  withdrawn: 'badge badge-warning',
  expired: 'badge badge-expired',
  pending_parental: 'badge badge-warning',
}

export function StateBadge({ state }: { state: ConsentStateName }) {
  const { t } = useTranslation()
  return <span className={BADGE[state]}>{t(`consent.records.states.${state}`)}</span>
}

/** "Web form, accepted": where and how a choice was made. */
export function useHowText() {
  const { t } = useTranslation()
  return (e: { channel: string; method: string }) =>
    `${t(`consent.records.channels.${e.channel}`, { defaultValue: e.channel })}, ${t(
      `consent.records.methods.${e.method}`,
      { defaultValue: e.method },
    )}`
}

const PROPAGATION_BADGE = {
  done: 'badge badge-active',
  pending: 'badge badge-warning',
  failed: 'badge badge-failed',
}

/** Lets a member make a failed or waiting withdrawal call again, now. */
export interface RetryAccess {
  slug: string
  onDone: () => void
}

/**
 * The refusal of "Retry now" in the user's language: 409 not_failed says why (told already, no identity of
 * the kind the system needs, or the person was erased); anything else as every other form words it.
 */
function retryRefusal(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.problem?.code === 'not_failed')
    switch (error.problem.params?.status) {
      case 'done':
        return t('consent.records.propagation.refusedDone')
      case 'no_identity':
        return t('consent.records.propagation.refusedNoIdentity')
      case 'person_erased':
        return t('consent.records.propagation.refusedPersonErased')
      default:
        return t('consent.records.propagation.refusedOther')
    }
  return describeError(error, t).message ?? t('errors.generic')
}

/** "Retry now" for one call; a refusal (nothing to send, done already) is shown next to the button. */
function RetryButton({ id, system, retry }: { id: string; system: string; retry: RetryAccess }) {
  const { t } = useTranslation()
  const [busy, run] = useBusy()
  // The refusal itself, worded when shown: it follows a change of language.
  const [problem, setProblem] = useState<unknown>(null)
  const click = () =>
    void run(async () => {
      setProblem(null)
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/consent/propagations/{id}/retry', {
            params: { path: { slug: retry.slug, id } },
          }),
        )
        retry.onDone()
      } catch (error) {
        setProblem(error)
      }
    })
  return (
    <>
      {' '}
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={click}
        data-testid="propagation-retry"
      >
        {t('consent.records.propagation.retry', { system })}
      </button>
      {problem ? (
        <span role="alert" className="field-error">
          {' '}
          {retryRefusal(problem, t)}
        </span>
      ) : null}
    </>
  )
}

/** Where a withdrawal was passed on (the systems configured to act on it) and how each call went. */
function Propagations({ event, retry }: { event: ConsentEvent; retry?: RetryAccess | undefined }) {
  const { t } = useTranslation()
  if (event.propagations.length === 0)
    return event.state === 'withdrawn' || event.state === 'expired' ? (
      <span>{t('consent.records.propagation.none')}</span>
    ) : null
  return (
    <ul className="plain-list" data-testid="consent-propagations">
      {event.propagations.map((p) => {
        const key = p.status === 'pending' && p.error ? 'retrying' : p.status
        return (
          <li key={p.id}>
            <span className={PROPAGATION_BADGE[p.status]}>
              {t(`consent.records.propagation.${key}`, {
                system: p.datasetName,
                attempts: p.attempts,
                error: p.error ?? '',
              })}
            </span>
            {retry && p.status !== 'done' && p.error ? (
              <RetryButton id={p.id} system={p.datasetName} retry={retry} />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * Records of the consent chain as a table, newest first: the sequence number, when the person chose, who (masked),
 * the purpose, the choice, the channel and method, who recorded it and whether the record's hash still matches.
 */
export function ConsentEventsTable({
  events,
  labelOf,
  caption,
  testId,
  retry,
}: {
  events: ConsentEvent[]
  labelOf: (purpose: string) => string
  caption: string
  testId: string
  /** Given to members who may record consent: a "Retry now" button on failed or waiting calls. */
  retry?: RetryAccess | undefined
}) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const how = useHowText()
  return (
    <TableWrap label={caption}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('consent.records.columns.seq')}</th>
            <th scope="col">{t('consent.records.columns.when')}</th>
            <th scope="col">{t('consent.records.columns.person')}</th>
            <th scope="col">{t('consent.records.columns.purpose')}</th>
            <th scope="col">{t('consent.records.columns.state')}</th>
            <th scope="col">{t('consent.records.columns.how')}</th>
            <th scope="col">{t('consent.records.columns.recordedBy')}</th>
            <th scope="col">{t('consent.records.columns.integrity')}</th>
            <th scope="col">{t('consent.records.columns.passedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.seq}</td>
              <td>{format.dateTime(e.occurredAt)}</td>
              <td>{e.identityMasked}</td>
              <td>{labelOf(e.purpose)}</td>
              <td>
                <StateBadge state={e.state} />
              </td>
              <td>{how(e)}</td>
              <td>{e.recordedBy.label}</td>
              <td>
                {e.hashValid ? (
                  <span className="badge badge-active">{t('consent.records.hashValid')}</span>
                ) : (
                  <span className="badge badge-failed">{t('consent.records.hashInvalid')}</span>
                )}
              </td>
              <td>
                <Propagations event={e} retry={retry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
