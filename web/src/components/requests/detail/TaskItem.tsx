import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api/client'
import { call } from '../../../api/problem'
import type { RequestTask } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { useBusy } from '../../../app/useBusy'
import { TextField } from '../../form/TextField'
import { ProblemAlert } from '../ProblemAlert'

const ICON: Record<RequestTask['status'], string> = { open: '○', done: '✓', not_applicable: '–' }

interface Props {
  slug: string
  requestId: string
  task: RequestTask
  editable: boolean
  onChanged: () => void
}

/** One system of the checklist: its state and proof; done (with proof), not applicable (with why) or reopened. */
export function TaskItem({ slug, requestId, task, editable, onChanged }: Props) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [mode, setMode] = useState<'done' | 'not_applicable' | null>(null)
  const [proof, setProof] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)
  const [busy, run] = useBusy()
  const fieldId = `task-${task.id}-proof`

  const change = (status: RequestTask['status'], text?: string) =>
    run(async () => {
      setError(null)
      try {
        await call(
          api.PATCH('/api/v1/orgs/{slug}/requests/{id}/tasks/{taskId}', {
            params: { path: { slug, id: requestId, taskId: task.id } },
            body: text ? { status, proof: text } : { status },
          }),
        )
        setMode(null)
        setProof('')
        onChanged()
      } catch (failure) {
        setError(failure)
      }
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!mode) return
    setMissing(false)
    if (mode === 'done' && !proof.trim()) {
      setMissing(true)
      document.getElementById(fieldId)?.focus()
      return
    }
    void change(mode, proof.trim() || undefined)
  }

  return (
    <li className={`task task-${task.status}`} data-testid="task" data-status={task.status}>
      <div className="task-head">
        <span className={`status status-task-${task.status}`}>
          <span className="status-icon" aria-hidden="true">
            {ICON[task.status]}
          </span>
          {t(`requests.tasks.statuses.${task.status}`)}
        </span>{' '}
        <strong>{task.title}</strong>
      </div>
      {task.status !== 'open' ? (
        <p className="task-meta">
          {task.proof ? <span className="prewrap">{task.proof} · </span> : null}
          {task.doneBy && task.doneAt
            ? t('requests.tasks.by', { who: task.doneBy, date: dateTime(task.doneAt) })
            : null}
        </p>
      ) : null}
      <ProblemAlert error={error} />
      {editable && mode ? (
        <form onSubmit={submit} noValidate className="task-form">
          <TextField
            id={fieldId}
            testId="task-proof"
            label={mode === 'done' ? t('requests.tasks.proof') : t('requests.tasks.why')}
            hint={mode === 'done' ? t('requests.tasks.proofHint') : undefined}
            optional={mode === 'not_applicable'}
            maxLength={2000}
            value={proof}
            onChange={setProof}
            error={missing ? t('errors.required') : undefined}
            autoFocus
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy} data-testid="task-save">
              {t('requests.tasks.save')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setMode(null)
                setMissing(false)
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : editable ? (
        <div className="task-buttons">
          {task.status === 'open' ? (
            <>
              <button
                type="button"
                className="button-secondary"
                data-testid="task-done"
                aria-label={`${t('requests.tasks.markDone')}: ${task.title}`}
                onClick={() => setMode('done')}
              >
                {t('requests.tasks.markDone')}
              </button>
              <button
                type="button"
                className="button-secondary"
                data-testid="task-not-applicable"
                aria-label={`${t('requests.tasks.markNotApplicable')}: ${task.title}`}
                onClick={() => setMode('not_applicable')}
              >
                {t('requests.tasks.markNotApplicable')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button-link"
              disabled={busy}
              aria-label={`${t('requests.tasks.reopen')}: ${task.title}`}
              onClick={() => void change('open')}
            >
              {t('requests.tasks.reopen')}
            </button>
          )}
        </div>
      ) : null}
    </li>
  )
}
