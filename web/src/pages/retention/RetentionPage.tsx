import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ConfirmAction } from '../../components/ConfirmAction'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { textIn } from '../../components/register/localized'
import { PlaceHoldForm } from '../../components/retention/PlaceHoldForm'
import { RuleForm } from '../../components/retention/RuleForm'
import { loadRetention, type RetentionData } from '../../components/retention/retentionApi'
import { periodText, ruleName, startText } from '../../components/retention/ruleText'
import { TableWrap } from '../../components/TableWrap'

/**
 * Retention (issue 16): the register's rules in machine form, the plan a privacy officer approves once per rule,
 * legal holds, the calendar of what falls due, and the sweeps with their audit proof.
 */
export function RetentionPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(() => loadRetention(slug), [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  /** Runs an action, then shows its notice (or its error) and loads the page again. */
  const act = async (action: () => Promise<unknown>, done: string) => {
    setNotice(null)
    setError(null)
    try {
      await action()
      setNotice(done)
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('retention.title')}</PageTitle>
      <p className="lead">{t('retention.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {(d) => (
          <>
            <PlanSection slug={slug} data={d} act={act} />
            <CalendarSection data={d} />
            <HoldsSection
              slug={slug}
              data={d}
              act={act}
              onPlaced={() => {
                setNotice(t('retention.holds.placedNotice'))
                setError(null)
                data.reload()
              }}
            />
            <RunsSection slug={slug} data={d} />
            <RulesSection
              slug={slug}
              data={d}
              onSaved={(rule) => {
                setNotice(t('retention.form.saved', { rule }))
                setError(null)
                data.reload()
              }}
            />
          </>
        )}
      </ResourceView>
    </>
  )
}

type Act = (action: () => Promise<unknown>, done: string) => Promise<void>

function PlanSection({ slug, data, act }: { slug: string; data: RetentionData; act: Act }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { day, dateTime } = useDateFormat()
  const rules = data.rules.items
  const ruleKeys = [...new Set(data.plan.items.map((i) => i.rule))]
  return (
    <section className="list-section" aria-labelledby="retention-plan-title" data-testid="retention-plan">
      <h2 id="retention-plan-title">{t('retention.plan.title')}</h2>
      <p>{t('retention.plan.intro')}</p>
      {ruleKeys.length === 0 ? <p>{t('retention.plan.none')}</p> : null}
      {!data.rules.can.approve && ruleKeys.length > 0 ? (
        <p className="meta">{t('retention.plan.onlyOfficer')}</p>
      ) : null}
      {ruleKeys.map((key) => {
        const rule = rules.find((r) => r.key === key)
        const name = ruleName(rules, key, language)
        const items = data.plan.items.filter((i) => i.rule === key)
        const sweepable = items.some((i) => i.blocked === null || i.blocked === 'not_yet_due')
        return (
          <div key={key} className="card" data-testid="retention-plan-rule" data-rule={key}>
            <div className="section-header">
              <h3>
                {name}
                {rule ? <span className="meta"> · {periodText(rule, language, t)}</span> : null}
              </h3>
              {data.rules.can.approve && sweepable ? (
                <ConfirmAction
                  label={t('retention.plan.approve')}
                  accessibleLabel={t('retention.plan.approveLabel', { rule: name })}
                  question={t('retention.plan.approveQuestion', { rule: name })}
                  confirmLabel={t('retention.plan.approveConfirm')}
                  onConfirm={() =>
                    act(
                      () =>
                        call(
                          api.POST('/api/v1/orgs/{slug}/retention/rules/{rule}/approval', {
                            params: { path: { slug, rule: key } },
                            body: {},
                          }),
                        ),
                      t('retention.plan.approved', { rule: name }),
                    )
                  }
                />
              ) : null}
            </div>
            <p data-testid="retention-plan-approval">
              {rule?.approvedAt
                ? t('retention.rules.approvedBy', {
                    by: rule.approvedBy ?? '?',
                    at: dateTime(rule.approvedAt),
                    rows: rule.approvedRows ?? 0,
                  })
                : t('retention.rules.notApproved')}
            </p>
            <TableWrap label={`${name}: ${t('retention.plan.title')}`}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('retention.plan.collection')}</th>
                    <th scope="col">{t('retention.plan.cutoff')}</th>
                    <th scope="col">{t('retention.plan.due')}</th>
                    <th scope="col">{t('retention.plan.samples')}</th>
                    <th scope="col">{t('retention.plan.holds')}</th>
                    <th scope="col">{t('retention.plan.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={`${i.dataset}/${i.collection}`} data-testid="retention-plan-item">
                      <th scope="row">
                        {i.collection}{' '}
                        <span className="meta">
                          ({i.system} · {i.dataset})
                        </span>
                      </th>
                      <td data-testid="retention-plan-cutoff">
                        {i.cutoff && i.subjectEvent
                          ? t('retention.plan.byEvent', {
                              event: t(`retention.subjectEvents.${i.subjectEvent}`),
                              day: day(i.cutoff),
                              count: i.subjects ?? 0,
                            })
                          : i.cutoff
                            ? day(i.cutoff)
                            : ''}
                      </td>
                      <td data-testid="retention-plan-due">
                        {i.due ?? ''}
                        {i.withheld ? (
                          <span className="meta">
                            {' '}
                            · {t('retention.plan.withheld', { count: i.withheld })}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <code>{i.sampleKeys.join(', ')}</code>
                      </td>
                      <td>
                        {i.holds.length === 0 ? (
                          ''
                        ) : (
                          <ul className="plain-list">
                            {i.holds.map((h) => (
                              <li key={h.id}>
                                {t(`retention.holds.scopes.${h.scope}`, { defaultValue: h.scope })}:{' '}
                                {h.reason}
                                {h.endsOn ? ` (${day(h.endsOn)})` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {i.blocked
                          ? t(`retention.plan.blocked.${i.blocked}`, { defaultValue: i.blocked })
                          : i.approved
                            ? t('retention.plan.approvedBy', { by: i.approved.by ?? '?' })
                            : t('retention.plan.notApproved')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        )
      })}
    </section>
  )
}

function CalendarSection({ data }: { data: RetentionData }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const items = data.calendar.items
  const windows = items[0]?.within.map((w) => w.days) ?? [30, 90, 365]
  const any = items.some((i) => i.within.some((w) => w.rows > 0))
  return (
    <section className="list-section" aria-labelledby="retention-calendar-title">
      <h2 id="retention-calendar-title">{t('retention.calendar.title')}</h2>
      <p>{t('retention.calendar.intro')}</p>
      {items.length === 0 || !any ? (
        <p data-testid="retention-calendar-empty">{t('retention.calendar.none')}</p>
      ) : (
        <TableWrap label={t('retention.calendar.title')}>
          <table className="table" data-testid="retention-calendar">
            <thead>
              <tr>
                <th scope="col">{t('retention.calendar.rule')}</th>
                <th scope="col">{t('retention.calendar.system')}</th>
                <th scope="col">{t('retention.calendar.collection')}</th>
                {windows.map((days) => (
                  <th scope="col" key={days}>
                    {t('retention.calendar.within', { days })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.rule}/${i.dataset}/${i.collection}`}>
                  <th scope="row">{ruleName(data.rules.items, i.rule, language)}</th>
                  <td>{i.system}</td>
                  <td>{i.collection}</td>
                  {i.within.map((w) => (
                    <td key={w.days}>{w.rows}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}

function HoldsSection({
  slug,
  data,
  act,
  onPlaced,
}: {
  slug: string
  data: RetentionData
  act: Act
  onPlaced: () => void
}) {
  const { t } = useTranslation()
  const { day, dateTime } = useDateFormat()
  const today = new Date().toISOString().slice(0, 10)
  const holds = data.holds.items
  const collections = data.rules.items.flatMap((r) => r.collections)
  const unique = [...new Map(collections.map((c) => [`${c.dataset}/${c.collection}`, c])).values()]
  const target = (h: (typeof holds)[number]) =>
    h.scope === 'collection'
      ? `${h.datasetKey} · ${h.collection}`
      : h.scope === 'system'
        ? (h.systemKey ?? '')
        : h.scope === 'subject'
          ? (h.subjectId ?? '')
          : (h.requestId ?? '')
  return (
    <section className="list-section" aria-labelledby="retention-holds-title">
      <h2 id="retention-holds-title">{t('retention.holds.title')}</h2>
      <p>{t('retention.holds.intro')}</p>
      {holds.length === 0 ? (
        <p>{t('retention.holds.none')}</p>
      ) : (
        <TableWrap label={t('retention.holds.title')}>
          <table className="table" data-testid="retention-holds">
            <thead>
              <tr>
                <th scope="col">{t('retention.holds.reason')}</th>
                <th scope="col">{t('retention.holds.scope')}</th>
                <th scope="col">{t('retention.holds.target')}</th>
                <th scope="col">{t('retention.holds.placed')}</th>
                <th scope="col">{t('retention.holds.ends')}</th>
                <th scope="col">{t('retention.holds.status')}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h) => {
                const active = !h.liftedAt && (!h.endsOn || h.endsOn >= today)
                return (
                  <tr key={h.id} data-testid="retention-hold" data-active={active ? 'true' : 'false'}>
                    <th scope="row">{h.reason}</th>
                    <td>{t(`retention.holds.scopes.${h.scope}`)}</td>
                    <td>
                      <code>{target(h)}</code>
                    </td>
                    <td>
                      {dateTime(h.placedAt)} · {h.placedBy}
                    </td>
                    <td>{h.endsOn ? day(h.endsOn) : t('retention.holds.untilLifted')}</td>
                    <td>
                      {h.liftedAt
                        ? t('retention.holds.liftedBy', { by: h.liftedBy ?? '?', at: dateTime(h.liftedAt) })
                        : active
                          ? t('retention.holds.active')
                          : t('retention.holds.ended')}
                      {active && data.holds.can.write ? (
                        <ConfirmAction
                          label={t('retention.holds.lift')}
                          accessibleLabel={t('retention.holds.liftLabel', { reason: h.reason })}
                          question={t('retention.holds.liftQuestion')}
                          confirmLabel={t('retention.holds.liftConfirm')}
                          onConfirm={() =>
                            act(
                              () =>
                                call(
                                  api.POST('/api/v1/orgs/{slug}/retention/holds/{id}/lift', {
                                    params: { path: { slug, id: h.id } },
                                    body: {},
                                  }),
                                ),
                              t('retention.holds.lifted'),
                            )
                          }
                        />
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {data.holds.can.write ? (
        <div className="card">
          <h3 id="place-hold-title">{t('retention.holds.place.title')}</h3>
          <PlaceHoldForm slug={slug} collections={unique} onPlaced={onPlaced} />
        </div>
      ) : null}
    </section>
  )
}

function RunsSection({ slug, data }: { slug: string; data: RetentionData }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime, day } = useDateFormat()
  const runs = data.runs.items
  return (
    <section className="list-section" aria-labelledby="retention-runs-title">
      <h2 id="retention-runs-title">{t('retention.runs.title')}</h2>
      <p>{t('retention.runs.intro')}</p>
      {runs.length === 0 ? (
        <p>{t('retention.runs.none')}</p>
      ) : (
        <TableWrap label={t('retention.runs.title')}>
          <table className="table" data-testid="retention-runs">
            <thead>
              <tr>
                <th scope="col">{t('retention.runs.started')}</th>
                <th scope="col">{t('retention.runs.rule')}</th>
                <th scope="col">{t('retention.runs.collection')}</th>
                <th scope="col">{t('retention.runs.status')}</th>
                <th scope="col">{t('retention.runs.counts')}</th>
                <th scope="col">{t('retention.runs.approvedBy')}</th>
                <th scope="col">{t('retention.runs.proof')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-testid="retention-run">
                  <th scope="row">{dateTime(r.startedAt)}</th>
                  <td>
                    {ruleName(data.rules.items, r.rule, language)}
                    {r.cutoff ? <span className="meta"> · {day(r.cutoff)}</span> : null}
                  </td>
                  <td>
                    {r.collection} <span className="meta">({r.system})</span>
                  </td>
                  <td>
                    {r.status === 'running' && r.reason === 'stopped_by_error'
                      ? t('retention.runs.stopped')
                      : t(`retention.runs.statuses.${r.status}`)}
                    {r.status === 'paused' ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.planned', { rows: r.plannedRows, ceiling: r.ceiling ?? '' })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {t('retention.runs.countsText', { deleted: r.deleted, masked: r.masked })}
                    {r.maskedInsteadOfDeleted > 0 ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.sharedText', { count: r.maskedInsteadOfDeleted })}
                      </span>
                    ) : null}
                    {r.withheldShared > 0 ? (
                      <span className="meta">
                        {' '}
                        · {t('retention.runs.withheldText', { count: r.withheldShared })}
                      </span>
                    ) : null}
                  </td>
                  <td>{r.approvedBy ?? ''}</td>
                  <td data-testid="retention-run-proof" className="error-cell">
                    {r.proof ? (
                      <p>
                        <a
                          href={`/api/v1/orgs/${encodeURIComponent(slug)}/retention/runs/${r.id}/certificate?lang=${language}`}
                          aria-label={t('retention.runs.certificateLabel', {
                            rule: ruleName(data.rules.items, r.rule, language),
                            collection: r.collection,
                            at: dateTime(r.startedAt),
                          })}
                          data-testid="retention-run-certificate"
                        >
                          {t('retention.runs.certificate')}
                        </a>
                      </p>
                    ) : null}
                    {r.proof ? (
                      <code>
                        {t('retention.runs.proofText', {
                          seq: r.proof.auditSeq,
                          keys: r.proof.keys,
                          digest: r.proof.keyHashesDigest,
                        })}
                      </code>
                    ) : (
                      t('retention.runs.noProof')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}

function RulesSection({
  slug,
  data,
  onSaved,
}: {
  slug: string
  data: RetentionData
  onSaved: (rule: string) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { day } = useDateFormat()
  const rules = data.rules.items
  return (
    <section className="list-section" aria-labelledby="retention-rules-title">
      <h2 id="retention-rules-title">{t('retention.rules.title')}</h2>
      <p>{t('retention.rules.intro')}</p>
      {rules.length === 0 ? <p>{t('retention.rules.none')}</p> : null}
      {rules.map((rule) => {
        const name = ruleName(rules, rule.key, language)
        const basis = rule.statutoryReference ? textIn(rule.statutoryReference, language) : undefined
        return (
          <div key={rule.key} className="card" data-testid="retention-rule" data-rule={rule.key}>
            <h3>{name}</h3>
            <dl className="summary-list">
              <dt>{t('retention.rules.period')}</dt>
              <dd>
                {periodText(rule, language, t)}
                {rule.consentRenewable ? (
                  <span className="meta"> · {t('retention.rules.consentRenewable')}</span>
                ) : null}
              </dd>
              {basis ? (
                <>
                  <dt>{t('retention.rules.legalBasis')}</dt>
                  <dd>{basis}</dd>
                </>
              ) : null}
              <dt>{t('retention.rules.start')}</dt>
              <dd>{startText(rule, t)}</dd>
              <dt>{t('retention.rules.action')}</dt>
              <dd>{t(`retention.actions.${rule.action ?? 'archive'}`)}</dd>
              {rule.renewedUntil ? (
                <>
                  <dt>{t('retention.rules.renewedUntil')}</dt>
                  <dd>{day(rule.renewedUntil)}</dd>
                </>
              ) : null}
              <dt>{t('retention.rules.ceiling')}</dt>
              <dd>{rule.runCeiling ?? t('retention.rules.ceilingDefault')}</dd>
              <dt>{t('retention.rules.collections')}</dt>
              <dd>
                {rule.collections.length === 0
                  ? t('retention.rules.noCollections')
                  : rule.collections
                      .map((c) => `${c.system} · ${c.collection}${c.dateField ? ` (${c.dateField})` : ''}`)
                      .join('; ')}
              </dd>
            </dl>
            {data.rules.can.write ? (
              <details>
                <summary>{t('retention.rules.edit', { rule: name })}</summary>
                <RuleForm slug={slug} rule={rule} name={name} onSaved={() => onSaved(name)} />
              </details>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
