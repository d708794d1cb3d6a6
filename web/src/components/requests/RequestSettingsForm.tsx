import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useResource } from '../../app/useResource'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { ResourceView } from '../feedback/ResourceView'
import { RadioGroup } from '../form/RadioGroup'
import { TextField } from '../form/TextField'
import { SummaryList } from '../register/SummaryList'
import {
  CLOCK_STARTS,
  draftOf,
  MAX_REMINDERS,
  type RequestSettings,
  type RequestSettingsAnswer,
  SETTINGS_LIMITS,
  type SettingsDraft,
  type SettingsField,
  settingsBody,
} from './settingsDraft'

const FIELDS: readonly SettingsField[] = ['atRiskDays', 'reminderDays', 'packageLinkDays']

/** The deadline settings of the request workflow: a form for roles that may change them, else a summary. */
export function RequestSettingsSection({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/settings/requests', { params: { path: { slug } } })),
    [slug],
  )
  const settings = useResource(load)
  return (
    <section aria-labelledby="request-settings-title" className="card" data-testid="request-settings">
      <h2 id="request-settings-title">{t('requests.settings.title')}</h2>
      <p className="hint">{t('requests.settings.intro')}</p>
      <ResourceView resource={settings}>
        {(data) =>
          data.can.update ? (
            <RequestSettingsForm slug={slug} settings={data} onSaved={settings.setData} />
          ) : (
            <RequestSettingsSummary settings={data} />
          )
        }
      </ResourceView>
    </section>
  )
}

function RequestSettingsSummary({ settings }: { settings: RequestSettings }) {
  const { t } = useTranslation()
  return (
    <SummaryList
      rows={[
        [t('requests.settings.clockStart'), t(`requests.settings.clockStarts.${settings.clockStart}.label`)],
        [
          t('requests.settings.atRiskDays'),
          t('requests.settings.workingDays', { count: settings.atRiskDays }),
        ],
        [
          t('requests.settings.reminderDays'),
          settings.reminderDays.length > 0
            ? settings.reminderDays.map((n) => t('requests.settings.workingDays', { count: n })).join(', ')
            : t('requests.settings.noReminders'),
        ],
        [
          t('requests.settings.packageLinkDays'),
          t('requests.settings.days', { count: settings.packageLinkDays }),
        ],
      ]}
    />
  )
}

function RequestSettingsForm({
  slug,
  settings,
  onSaved,
}: {
  slug: string
  settings: RequestSettings
  onSaved: (settings: RequestSettingsAnswer) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings))
  const [saved, setSaved] = useState(false)
  const [busy, run] = useBusy()
  const [problems, setProblems] = useState<Partial<Record<SettingsField, string>>>({})
  const errors = useFormErrors('request-settings', { fields: FIELDS })
  const set = (patch: Partial<SettingsDraft>) => {
    setSaved(false)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const fieldError = (field: SettingsField) => problems[field] ?? errors.fieldError(field)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(false)
    const checked = settingsBody(draft)
    if ('problems' in checked) {
      const messages: Partial<Record<SettingsField, string>> = {}
      for (const field of FIELDS) {
        const problem = checked.problems[field]
        if (problem) {
          messages[field] = t(`requests.settings.problems.${problem}`, {
            ...SETTINGS_LIMITS[field],
            max: problem === 'tooManyReminders' ? MAX_REMINDERS : SETTINGS_LIMITS[field].max,
          })
        }
      }
      setProblems(messages)
      const first = FIELDS.find((f) => messages[f])
      if (first) document.getElementById(`request-settings-${first}`)?.focus()
      return
    }
    setProblems({})
    void run(async () => {
      try {
        const updated = await call(
          api.PATCH('/api/v1/orgs/{slug}/settings/requests', {
            params: { path: { slug } },
            body: checked.body,
          }),
        )
        setDraft(draftOf(updated))
        setSaved(true)
        onSaved(updated)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" data-testid="request-settings-form">
      <Alert>{errors.message}</Alert>
      <RadioGroup
        id="request-settings-clockStart"
        legend={t('requests.settings.clockStart')}
        options={CLOCK_STARTS.map((value) => ({
          value,
          label: t(`requests.settings.clockStarts.${value}.label`),
          hint: t(`requests.settings.clockStarts.${value}.hint`),
        }))}
        value={draft.clockStart}
        onChange={(clockStart) => set({ clockStart })}
      />
      <TextField
        id="request-settings-atRiskDays"
        testId="request-settings-atRiskDays"
        className="field-short"
        inputMode="numeric"
        label={t('requests.settings.atRiskDays')}
        hint={t('requests.settings.atRiskDaysHint', SETTINGS_LIMITS.atRiskDays)}
        value={draft.atRiskDays}
        error={fieldError('atRiskDays')}
        onChange={(atRiskDays) => set({ atRiskDays })}
      />
      <TextField
        id="request-settings-reminderDays"
        testId="request-settings-reminderDays"
        className="field-medium"
        label={t('requests.settings.reminderDays')}
        hint={t('requests.settings.reminderDaysHint', {
          ...SETTINGS_LIMITS.reminderDays,
          most: MAX_REMINDERS,
        })}
        value={draft.reminderDays}
        error={fieldError('reminderDays')}
        onChange={(reminderDays) => set({ reminderDays })}
      />
      <TextField
        id="request-settings-packageLinkDays"
        testId="request-settings-packageLinkDays"
        className="field-short"
        inputMode="numeric"
        label={t('requests.settings.packageLinkDays')}
        hint={t('requests.settings.packageLinkDaysHint', SETTINGS_LIMITS.packageLinkDays)}
        value={draft.packageLinkDays}
        error={fieldError('packageLinkDays')}
        onChange={(packageLinkDays) => set({ packageLinkDays })}
      />
      <Notice>{saved ? t('common.saved') : null}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="request-settings-save">
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  )
}
