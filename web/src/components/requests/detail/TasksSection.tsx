import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { TaskItem } from './TaskItem'

/** The checklist of systems from the register: what was done in each, with proof. */
export function TasksSection({
  slug,
  request,
  canWrite,
  onChanged,
}: {
  slug: string
  request: RequestDetail
  canWrite: boolean
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const { tasks, checklistScope: scope } = request
  const settled = tasks.filter((task) => task.status !== 'open').length
  return (
    <section className="card" aria-labelledby="tasks-title" data-testid="request-tasks">
      <h2 id="tasks-title">{t('requests.tasks.title')}</h2>
      {tasks.length === 0 ? (
        <p>{t('requests.tasks.empty')}</p>
      ) : (
        <>
          <p className="hint">
            {t('requests.tasks.intro')} {t('requests.tasks.progress', { done: settled, total: tasks.length })}
          </p>
          {scope ? (
            <p className="hint" data-testid="checklist-scope" data-reason={scope.reason}>
              {t(`requests.tasks.scope.${scope.reason}`, {
                categories: scope.categories.map((c) => `“${c}”`).join(', '),
                relationships: scope.relationships.map((r) => `“${r}”`).join(', '),
              })}
            </p>
          ) : null}
          <ul className="task-list">
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                slug={slug}
                requestId={request.id}
                task={task}
                editable={canWrite && request.status !== 'closed'}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
