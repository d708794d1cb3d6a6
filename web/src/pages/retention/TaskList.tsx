import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useDateFormat } from '../../app/format'
import { subjectsHref } from '../../app/routes'
import { useLanguage } from '../../app/useLanguage'

type List =
  paths['/api/v1/orgs/{slug}/retention/runs/{id}/items']['get']['responses'][200]['content']['application/json']

/**
 * What a sweep task lists as due (decision 0110), loaded when opened: the people whose period ended or the keys a
 * legal hold keeps, masked; the CSV in full for those who may run sweeps (its download is audited).
 */
export function TaskList({
  slug,
  runId,
  label,
  canDownload,
}: {
  slug: string
  runId: string
  label: string
  canDownload: boolean
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { date } = useDateFormat()
  const [list, setList] = useState<List | null>(null)
  const items = list?.items ?? null
  const [failed, setFailed] = useState(false)
  const load = () => {
    if (items || failed) return
    call(api.GET('/api/v1/orgs/{slug}/retention/runs/{id}/items', { params: { path: { slug, id: runId } } }))
      .then((r) => setList(r))
      .catch(() => setFailed(true))
  }
  return (
    <details
      className="task-list"
      data-testid="retention-task-list"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) load()
      }}
    >
      <summary aria-label={label}>{t('retention.runs.taskList.show')}</summary>
      {failed ? (
        <p role="alert">{t('retention.runs.taskList.failed')}</p>
      ) : items === null ? (
        <p>{t('retention.runs.taskList.loading')}</p>
      ) : list?.deleted && list.purgedAt ? (
        <p>{t('retention.runs.taskList.purged', { day: date(list.purgedAt) })}</p>
      ) : list?.deleted ? (
        <p>{t('retention.runs.taskList.deleted')}</p>
      ) : items.length === 0 ? (
        <p>{t('retention.runs.taskList.none')}</p>
      ) : (
        <>
          <p className="meta">{t('retention.runs.taskList.intro')}</p>
          <table className="table" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">{t('retention.runs.taskList.kind')}</th>
                <th scope="col">{t('retention.runs.taskList.name')}</th>
                <th scope="col">{t('retention.runs.taskList.identities')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.seq} data-testid="retention-task-item">
                  <td>
                    {item.kind === 'keep' && item.holdEnded
                      ? t('retention.runs.taskList.holdEnded')
                      : t(`retention.runs.taskList.${item.kind}`)}
                  </td>
                  <td>
                    {item.kind === 'person' ? (
                      item.subjectId ? (
                        <a href={subjectsHref(slug, { view: 'detail', id: item.subjectId })}>
                          {item.name ?? t('retention.runs.taskList.nameHidden')}
                        </a>
                      ) : (
                        <span className="meta">{t('retention.runs.taskList.erased')}</span>
                      )
                    ) : null}
                  </td>
                  <td>
                    {item.kind === 'keep'
                      ? item.key
                      : item.identities
                          .map(
                            (i) => `${t(`subjects.kinds.${i.kind}`, { defaultValue: i.kind })}: ${i.masked}`,
                          )
                          .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {canDownload ? (
            <p>
              <a
                href={`/api/v1/orgs/${encodeURIComponent(slug)}/retention/runs/${runId}/items.csv?lang=${language}`}
                data-testid="retention-task-csv"
              >
                {t('retention.runs.taskList.csv')}
              </a>
            </p>
          ) : null}
        </>
      )}
    </details>
  )
}
