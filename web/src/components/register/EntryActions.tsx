import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import { listPageOf, type Segment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { ConfirmAction } from '../ConfirmAction'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { deleteEntry } from './registerApi'

interface Props {
  slug: string
  segment: Segment
  entryKey: string
  name: string
  /** From the entries' response (can.delete). */
  canDelete: boolean
}

/** Links and actions of a saved entry: its history and, when the caller may, deleting it (refused while in use). */
export function EntryActions({ slug, segment, entryKey, name, canDelete }: Props) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const [error, setError] = useState<unknown>(null)
  return (
    <div className="entry-actions">
      <a
        href={registerHref(slug, { view: 'history', segment, key: entryKey })}
        className="button-secondary"
        data-testid="entry-history-link"
      >
        {t('register.history.link')}
      </a>
      {canDelete ? (
        <ConfirmAction
          label={t('register.form.delete')}
          question={t('register.form.deleteConfirm', { name })}
          confirmLabel={t('register.form.confirmDelete')}
          onConfirm={async () => {
            setError(null)
            try {
              await deleteEntry(slug, segment, entryKey)
              setFlash(t('register.form.deleted', { name }))
              navigate({ name: 'register', slug, view: { view: listPageOf(segment) } })
            } catch (failure) {
              setError(failure)
            }
          }}
        />
      ) : null}
      <ErrorMessage error={error} />
    </div>
  )
}
