import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { TableWrap } from '../../components/TableWrap'

type Filter = 'pending' | 'closed' | 'all'
type Action =
  paths['/api/v1/orgs/{slug}/action-plan']['get']['responses'][200]['content']['application/json']['items'][number]
const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const
const STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const

/** The action plan (issue 21 item 3): owner, priority, effort, due date, status and the cause of each action. */
export function ActionPlanPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { day } = useDateFormat()
  const { slug } = membership
  const [filter, setFilter] = useState<Filter>('pending')
  const load = useCallback(async () => {
    const [plan, members] = await Promise.all([
      call(
        api.GET('/api/v1/orgs/{slug}/action-plan', { params: { path: { slug }, query: { status: filter } } }),
      ),
      call(api.GET('/api/v1/orgs/{slug}/members', { params: { path: { slug } } })),
    ])
    return { plan, members: members.items }
  }, [slug, filter])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [title, setTitle] = useState('')
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>('medium')
  const [due, setDue] = useState('')

  const change = async (id: string, body: Record<string, unknown>) => {
    setNotice(null)
    setError(null)
    try {
      await call(api.PATCH('/api/v1/orgs/{slug}/action-plan/{id}', { params: { path: { slug, id } }, body }))
      setNotice(t('actionPlan.changed'))
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }
  const create = async () => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.POST('/api/v1/orgs/{slug}/action-plan', {
          params: { path: { slug } },
          body: { title, priority, ...(due ? { dueDate: due } : {}) },
        }),
      )
      setTitle('')
      setDue('')
      setNotice(t('actionPlan.created'))
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('actionPlan.title')}</PageTitle>
      <p className="lead">{t('actionPlan.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <div className="field field-short">
        <label htmlFor="action-filter">{t('actionPlan.filter')}</label>
        <select id="action-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {(['pending', 'closed', 'all'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`actionPlan.filters.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <p>
        <a
          href={`/api/v1/orgs/${encodeURIComponent(slug)}/action-plan/export?status=${filter}&lang=${language}`}
          download
          data-testid="action-plan-csv"
        >
          {t('actionPlan.exportCsv')}
        </a>
      </p>
      <ResourceView resource={data}>
        {({ plan, members }) => (
          <>
            {plan.items.length === 0 ? (
              <p>{t('actionPlan.none')}</p>
            ) : (
              <TableWrap label={t('actionPlan.title')}>
                <table className="table" data-testid="action-plan">
                  <thead>
                    <tr>
                      <th scope="col">{t('actionPlan.action')}</th>
                      <th scope="col">{t('actionPlan.cause')}</th>
                      <th scope="col">{t('actionPlan.owner')}</th>
                      <th scope="col">{t('actionPlan.priority')}</th>
                      <th scope="col">{t('actionPlan.effort')}</th>
                      <th scope="col">{t('actionPlan.due')}</th>
                      <th scope="col">{t('actionPlan.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.items.map((a: Action) => {
                      const name = a.title[language]
                      const disabled = !plan.can.write
                      return (
                        <tr key={a.id} data-testid={`action-${a.source}`}>
                          <th scope="row">
                            {name}
                            {a.closedReason === 'cause_gone' ? (
                              <span className="muted"> ({t('actionPlan.closedCauseGone')})</span>
                            ) : null}
                          </th>
                          <td>
                            {a.automatic ? t('actionPlan.automatic') : t('actionPlan.manual')}
                            {a.link ? (
                              <>
                                {' '}
                                <a href={`#${a.link}`}>
                                  {t('actionPlan.open')}
                                  <span className="visually-hidden"> {name}</span>
                                </a>
                              </>
                            ) : null}
                          </td>
                          <td>
                            <select
                              aria-label={`${t('actionPlan.owner')}: ${name}`}
                              value={a.ownerId ?? ''}
                              disabled={disabled}
                              onChange={(e) => void change(a.id, { ownerId: e.target.value || null })}
                            >
                              <option value="">{t('actionPlan.noOwner')}</option>
                              {members.map((m) => (
                                <option key={m.userId} value={m.userId}>
                                  {m.displayName || m.email}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <select
                              aria-label={`${t('actionPlan.priority')}: ${name}`}
                              value={a.priority}
                              disabled={disabled}
                              onChange={(e) => void change(a.id, { priority: e.target.value })}
                            >
                              {PRIORITIES.map((p) => (
                                <option key={p} value={p}>
                                  {t(`actionPlan.priorities.${p}`)}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <input
                              type="number"
                              min={0}
                              max={1000}
                              className="field-short"
                              aria-label={`${t('actionPlan.effort')}: ${name}`}
                              defaultValue={a.effortDays ?? ''}
                              disabled={disabled}
                              onBlur={(e) => {
                                const v = e.target.value === '' ? null : Number(e.target.value)
                                if (v !== a.effortDays) void change(a.id, { effortDays: v })
                              }}
                            />
                          </td>
                          <td className="nowrap">{a.dueDate ? day(a.dueDate) : '-'}</td>
                          <td>
                            <select
                              aria-label={`${t('actionPlan.status')}: ${name}`}
                              value={a.status}
                              disabled={disabled}
                              onChange={(e) => void change(a.id, { status: e.target.value })}
                            >
                              {STATUSES.map((s) => (
                                <option key={s} value={s}>
                                  {t(`actionPlan.statuses.${s}`)}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </TableWrap>
            )}
            {plan.can.write ? (
              <form
                className="form card"
                onSubmit={(event) => {
                  event.preventDefault()
                  void create()
                }}
              >
                <h2>{t('actionPlan.add')}</h2>
                <div className="field">
                  <label htmlFor="action-title">{t('actionPlan.titleField')}</label>
                  <input
                    id="action-title"
                    value={title}
                    required
                    onChange={(e) => setTitle(e.target.value)}
                  />
                </div>
                <div className="inline-fields">
                  <div className="field">
                    <label htmlFor="action-priority">{t('actionPlan.priority')}</label>
                    <select
                      id="action-priority"
                      value={priority}
                      onChange={(e) => setPriority(e.target.value as (typeof PRIORITIES)[number])}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {t(`actionPlan.priorities.${p}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="action-due">{t('actionPlan.due')}</label>
                    <input id="action-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
                  </div>
                </div>
                <button type="submit" className="button-primary">
                  {t('actionPlan.create')}
                </button>
              </form>
            ) : null}
          </>
        )}
      </ResourceView>
    </>
  )
}
