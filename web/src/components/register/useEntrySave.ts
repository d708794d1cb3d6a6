import { useTranslation } from 'react-i18next'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import type { Segment } from '../../app/registerRoutes'
import { useBusy } from '../../app/useBusy'
import type { PathErrors } from './form/usePathErrors'
import { createEntry, updateEntry } from './registerApi'
import type { EntryOf } from './types'

/**
 * Saves an entry: a new one with POST (then opens its editor, with a confirmation, or hands its key to onCreated), an existing one with PUT
 * (then calls onUpdated). Failures go to the form's errors.
 */
export function useEntrySave<S extends Segment>(
  slug: string,
  segment: S,
  existingKey: string | null,
  errors: PathErrors,
  onUpdated: (changed: boolean) => void,
  /** For a new entry created in place (a dialog): called with its key instead of opening its editor. */
  onCreated?: (key: string) => void,
) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const [busy, run] = useBusy()
  const save = (body: EntryOf[S]) =>
    run(async () => {
      errors.clear()
      try {
        if (existingKey === null) {
          const created = await createEntry(slug, segment, body)
          if (onCreated) return onCreated(created.key)
          setFlash(t('register.form.created'))
          navigate({ name: 'register', slug, view: { view: 'entry', segment, key: created.key } }, true)
        } else {
          const result = await updateEntry(slug, segment, existingKey, body)
          onUpdated(result.changed)
        }
      } catch (error) {
        errors.fail(error)
      }
    })
  return { busy, save }
}
