import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestAction, RequestDetail } from '../../../api/types'
import { Notice } from '../../feedback/Notice'
import { ActionFormFor } from '../actions/ActionFormFor'
import type { Members } from '../useMembers'

/** Actions whose button is quiet: they do not move the request towards an answer. */
const SECONDARY: readonly RequestAction[] = ['assign', 'withdraw']

interface Props {
  slug: string
  request: RequestDetail
  canWrite: boolean
  members: Members
  onChange: (request: RequestDetail) => void
}

/** The actions the server offers now, each opening its small form; the result is announced. */
export function ActionsPanel({ slug, request, canWrite, members, onChange }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<RequestAction | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  // After an action its button may be gone: focus moves to the panel's title, next to the announcement.
  useEffect(() => {
    if (done) titleRef.current?.focus()
  }, [done])
  const actions = [
    ...request.availableActions.filter((a) => !SECONDARY.includes(a)),
    ...request.availableActions.filter((a) => SECONDARY.includes(a)),
  ]
  const close = (action: RequestAction) => {
    setOpen(null)
    document.getElementById(`action-${action}`)?.focus()
  }
  return (
    <section className="card actions-card" aria-labelledby="actions-title" data-testid="request-actions">
      <h2 id="actions-title" ref={titleRef} tabIndex={-1}>
        {t('requests.actions.title')}
      </h2>
      <Notice>{done}</Notice>
      {!canWrite ? (
        <p>{t('requests.actions.readOnly')}</p>
      ) : actions.length === 0 ? (
        <p data-testid="no-actions">{t('requests.actions.none')}</p>
      ) : (
        <ul className="action-buttons">
          {actions.map((action) => (
            <li key={action}>
              <button
                type="button"
                id={`action-${action}`}
                data-testid={`action-${action}`}
                className={
                  open === action
                    ? 'button-primary'
                    : SECONDARY.includes(action)
                      ? 'button-link'
                      : 'button-secondary'
                }
                aria-expanded={open === action}
                aria-controls={open === action ? 'action-panel' : undefined}
                onClick={() => {
                  setDone(null)
                  setOpen(open === action ? null : action)
                }}
              >
                {t(`requests.actions.names.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {canWrite && open && actions.includes(open) ? (
        <div id="action-panel" className="action-panel">
          <ActionFormFor
            key={open}
            action={open}
            members={members}
            target={{
              slug,
              request,
              onCancel: () => close(open),
              onDone: (next) => {
                setOpen(null)
                setDone(
                  t('requests.actions.done', {
                    action: t(`requests.actions.names.${open}`),
                    status: t(`requests.statuses.${next.status}`),
                  }),
                )
                onChange(next)
              },
            }}
          />
        </div>
      ) : null}
    </section>
  )
}
