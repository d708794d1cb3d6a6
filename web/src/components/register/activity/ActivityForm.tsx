import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { registerHref } from '../../../app/routes'
import { ErrorSummary } from '../form/ErrorSummary'
import { usePathErrors } from '../form/usePathErrors'
import { KEY_PATTERN, keyFromName, textIn } from '../localized'
import type { Activity } from '../types'
import { useEntrySave } from '../useEntrySave'
import type { RegisterData } from '../useRegisterData'
import { AutomatedDecisionsFieldset } from './AutomatedDecisionsFieldset'
import { type ActivityDraft, activityBody, draftOf, newActivity } from './activityDraft'
import { DataFieldset } from './DataFieldset'
import { DpiaFieldset } from './DpiaFieldset'
import { GeneralFieldset } from './GeneralFieldset'
import { LinksFieldset } from './LinksFieldset'
import { PurposesFieldset } from './PurposesFieldset'
import { RecipientsFieldset } from './RecipientsFieldset'
import { RightsFieldset } from './RightsFieldset'

interface Props {
  slug: string
  data: RegisterData
  /** The stored activity, or null for a new one. */
  activity: Activity | null
  onSaved: (changed: boolean) => void
  /** A system or retention rule was created from the form. */
  onRegisterChanged: () => void
}

/** The activity editor: one fieldset per part of the Art. 30 record. */
export function ActivityForm({ slug, data, activity, onSaved, onRegisterChanged }: Props) {
  const { t } = useTranslation()
  const { lookup } = data
  const [draft, setDraft] = useState<ActivityDraft>(() => (activity ? draftOf(activity) : newActivity()))
  const [keyEdited, setKeyEdited] = useState(activity !== null)
  const errors = usePathErrors('activity')
  const isNew = activity === null
  const { busy, save } = useEntrySave(slug, 'activities', activity?.key ?? null, errors, onSaved)

  const change = (next: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...next }))
  const section = { draft, change, data, lookup, errors }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems = []
    if (!textIn(draft.name, lookup.language)?.trim())
      problems.push({ path: 'name', message: t('errors.required') })
    if (isNew && !KEY_PATTERN.test(draft.key))
      problems.push({ path: 'key', message: t('register.form.keyInvalid') })
    else if (isNew && draft.key === 'new')
      problems.push({ path: 'key', message: t('register.form.keyReserved') })
    if (problems.length > 0) return errors.invalid(problems)
    void save(activityBody(draft))
  }

  return (
    <form onSubmit={submit} noValidate className="form form-wide" data-testid="activity-form">
      <ErrorSummary errors={errors} />
      <GeneralFieldset
        {...section}
        isNew={isNew}
        onKey={(key) => {
          setKeyEdited(true)
          change({ key })
        }}
        onName={(name) =>
          setDraft((d) => ({
            ...d,
            name,
            ...(keyEdited ? {} : { key: keyFromName(textIn(name, lookup.language) ?? '') }),
          }))
        }
      />
      <PurposesFieldset {...section} />
      <DataFieldset {...section} />
      <RecipientsFieldset {...section} />
      <LinksFieldset {...section} slug={slug} onRegisterChanged={onRegisterChanged} />
      <AutomatedDecisionsFieldset {...section} />
      <DpiaFieldset {...section} />
      <RightsFieldset {...section} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="activity-save">
          {busy ? t('common.saving') : isNew ? t('register.activity.create') : t('common.save')}
        </button>
        <a href={registerHref(slug, { view: 'activities' })}>{t('register.form.backToList')}</a>
      </div>
    </form>
  )
}
