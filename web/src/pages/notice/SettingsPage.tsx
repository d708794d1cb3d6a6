import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { orgHref } from '../../app/routes'
import { useBusy } from '../../app/useBusy'
import { useResource } from '../../app/useResource'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { CheckboxField } from '../../components/form/CheckboxField'
import { RadioGroup } from '../../components/form/RadioGroup'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { PageTitle } from '../../components/layout/PageTitle'
import {
  bodyOf,
  CHANNELS,
  type Channel,
  draftOf,
  type NoticeSettings,
  type NoticeSettingsDraft,
} from '../../components/notice/noticeSettingsDraft'
import { FindingsList } from '../../components/register/FindingsList'
import { ErrorSummary } from '../../components/register/form/ErrorSummary'
import { LocalizedField } from '../../components/register/form/LocalizedField'
import { type PathErrors, usePathErrors } from '../../components/register/form/usePathErrors'

const FORM = 'notice-settings'

/**
 * What the privacy notice states beyond the processing (the register's notice section): each statement is made
 * only when it is set here - a box left unticked means "not stated", never "no".
 */
export function SettingsPage({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const { slug } = membership
  const lang = languageOf(i18n.language)
  const load = useCallback(() => loadSettings(slug, lang), [slug, lang])
  const settings = useResource(load)
  return (
    <>
      <PageTitle>{t('notice.settings.title')}</PageTitle>
      <p className="lead">{t('notice.settings.intro')}</p>
      <p>
        {t('notice.settings.profile')}{' '}
        <a href={orgHref(slug, 'settings')} data-testid="notice-settings-profile-link">
          {t('notice.settings.profileLink')}
        </a>
      </p>
      <ResourceView resource={settings}>
        {(data) => (
          <SettingsForm
            slug={slug}
            lang={lang}
            settings={data.settings}
            findings={data.findings}
            canEdit={data.can.edit}
            onSaved={(saved) => settings.setData({ ...data, ...saved })}
          />
        )}
      </ResourceView>
    </>
  )
}

type Finding = SettingsResponse['findings'][number]
type SettingsResponse = Awaited<ReturnType<typeof loadSettings>>
const loadSettings = (slug: string, lang: 'nl' | 'fr' | 'en') =>
  call(api.GET('/api/v1/orgs/{slug}/notice/settings', { params: { path: { slug }, query: { lang } } }))

function languageOf(language: string): 'nl' | 'fr' | 'en' {
  return language === 'fr' || language === 'en' ? language : 'nl'
}

function SettingsForm({
  slug,
  lang,
  settings,
  findings,
  canEdit,
  onSaved,
}: {
  slug: string
  lang: 'nl' | 'fr' | 'en'
  settings: NoticeSettings
  findings: Finding[]
  canEdit: boolean
  onSaved: (saved: { settings: NoticeSettings; findings: Finding[] }) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<NoticeSettingsDraft>(() => draftOf(settings))
  const [saved, setSaved] = useState(false)
  const [busy, run] = useBusy()
  const errors = usePathErrors(FORM)
  const set = (patch: Partial<NoticeSettingsDraft>) => {
    setSaved(false)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const setChannel = (index: number, patch: Partial<NoticeSettingsDraft['channels'][number]>) =>
    set({ channels: draft.channels.map((c, i) => (i === index ? { ...c, ...patch } : c)) })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(false)
    void run(async () => {
      try {
        const updated = await call(
          api.PUT('/api/v1/orgs/{slug}/notice/settings', {
            params: { path: { slug }, query: { lang } },
            body: bodyOf(draft),
          }),
        )
        const next = updated.settings
        setDraft(draftOf(next))
        setSaved(true)
        onSaved({ settings: next, findings: updated.findings })
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" data-testid="notice-settings-form">
      <SettingsErrors errors={errors} />
      <section className="card" aria-labelledby={`${FORM}-findings-title`} data-testid={`${FORM}-findings`}>
        <h2 id={`${FORM}-findings-title`}>{t('notice.settings.findingsTitle')}</h2>
        {findings.length === 0 ? (
          <p className="muted">{t('notice.settings.findingsNone')}</p>
        ) : (
          <FindingsList findings={findings as Parameters<typeof FindingsList>[0]['findings']} />
        )}
      </section>
      {canEdit ? null : <p className="alert alert-info">{t('notice.settings.readOnly')}</p>}
      <fieldset disabled={!canEdit} className="fieldset-plain">
        <legend className="visually-hidden">{t('notice.settings.title')}</legend>
        <section className="card" aria-labelledby={`${FORM}-sharing-title`}>
          <h2 id={`${FORM}-sharing-title`}>{t('notice.settings.sharing')}</h2>
          <RadioGroup
            id={errors.idOf('sellsData')}
            legend={t('notice.settings.fields.sellsData')}
            options={(['unstated', 'never'] as const).map((value) => ({
              value,
              label: t(`notice.settings.sellsData.${value}`),
            }))}
            value={draft.sellsData}
            onChange={(sellsData) => set({ sellsData })}
            error={errors.fieldError('sellsData')}
          />
          <RadioGroup
            id={errors.idOf('transfersOutsideEea')}
            legend={t('notice.settings.fields.transfersOutsideEea')}
            options={(['unstated', 'none', 'some'] as const).map((value) => ({
              value,
              label: t(`notice.settings.transfers.${value}`),
              hint: t(`notice.settings.transfersHints.${value}`),
            }))}
            value={draft.transfers}
            onChange={(transfers) => set({ transfers })}
            error={errors.fieldError('transfersOutsideEea')}
          />
          <CheckboxField
            id={errors.idOf('sharesOnlyWithPermission')}
            testId={`${FORM}-sharesOnlyWithPermission`}
            label={t('notice.settings.fields.sharesOnlyWithPermission')}
            description={t('notice.settings.hints.sharesOnlyWithPermission')}
            checked={draft.sharesOnlyWithPermission}
            onChange={(sharesOnlyWithPermission) => set({ sharesOnlyWithPermission })}
            error={errors.fieldError('sharesOnlyWithPermission')}
          />
        </section>

        <section className="card" aria-labelledby={`${FORM}-rights-title`}>
          <h2 id={`${FORM}-rights-title`}>{t('notice.settings.rights')}</h2>
          <TextField
            id={errors.idOf('requestEmail')}
            testId={`${FORM}-requestEmail`}
            label={t('notice.settings.fields.requestEmail')}
            hint={t('notice.settings.hints.requestEmail')}
            optional
            value={draft.requestEmail}
            onChange={(requestEmail) => set({ requestEmail })}
            error={errors.fieldError('requestEmail')}
          />
          <CheckboxField
            id={errors.idOf('requestPostalAddress')}
            label={t('notice.settings.fields.requestPostalAddress')}
            checked={draft.requestPostalAddress}
            onChange={(requestPostalAddress) => set({ requestPostalAddress })}
          />
          <CheckboxField
            id={errors.idOf('portal')}
            label={t('notice.settings.fields.portal')}
            checked={draft.portal}
            onChange={(portal) => set({ portal })}
          />
          <fieldset className="fieldset fieldset-nested" id={errors.idOf('requestChannels')} tabIndex={-1}>
            <legend>{t('notice.settings.fields.requestChannels')}</legend>
            <p className="hint">{t('notice.settings.hints.requestChannels')}</p>
            {draft.channels.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <div key={i} className="card" data-testid={`${FORM}-channel-${i}`}>
                <SelectField
                  id={errors.idOf(`requestChannels.${i}.channel`)}
                  testId={`${FORM}-channel-${i}-channel`}
                  label={t('notice.settings.fields.channel')}
                  value={c.channel}
                  onChange={(channel) => setChannel(i, { channel: channel as Channel })}
                  error={errors.fieldError(`requestChannels.${i}.channel`)}
                >
                  {CHANNELS.map((channel) => (
                    <option key={channel} value={channel}>
                      {t(`notice.settings.channels.${channel}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={errors.idOf(`requestChannels.${i}.contact`)}
                  testId={`${FORM}-channel-${i}-contact`}
                  label={t('notice.settings.fields.contact')}
                  hint={t(`notice.settings.contactHints.${c.channel}`)}
                  optional={c.channel === 'in_person'}
                  value={c.contact}
                  onChange={(contact) => setChannel(i, { contact })}
                  error={errors.fieldError(`requestChannels.${i}.contact`)}
                />
                <LocalizedField
                  path={`requestChannels.${i}.details`}
                  label={t('notice.settings.fields.details')}
                  hint={t('notice.settings.hints.details')}
                  optional
                  value={c.details}
                  onChange={(details) => setChannel(i, { details })}
                  errors={errors}
                />
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => set({ channels: draft.channels.filter((_, j) => j !== i) })}
                  data-testid={`${FORM}-channel-${i}-remove`}
                >
                  {t('notice.settings.removeChannel', { number: i + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                set({ channels: [...draft.channels, { channel: 'phone', contact: '', details: undefined }] })
              }
              data-testid={`${FORM}-add-channel`}
            >
              {t('notice.settings.addChannel')}
            </button>
          </fieldset>
        </section>

        <section className="card" aria-labelledby={`${FORM}-security-title`}>
          <h2 id={`${FORM}-security-title`}>{t('notice.settings.security')}</h2>
          <CheckboxField
            id={errors.idOf('breachCommunication')}
            testId={`${FORM}-breachPromise`}
            label={t('notice.settings.fields.breachCommunication')}
            description={t('notice.settings.hints.breachCommunication')}
            checked={draft.breachPromise}
            onChange={(breachPromise) => set({ breachPromise })}
          />
          {draft.breachPromise ? (
            <TextField
              id={errors.idOf('breachCommunication.withinHours')}
              testId={`${FORM}-breachHours`}
              className="field-short"
              inputMode="numeric"
              label={t('notice.settings.fields.withinHours')}
              optional
              value={draft.breachHours}
              onChange={(breachHours) => set({ breachHours })}
              error={errors.fieldError('breachCommunication.withinHours')}
            />
          ) : null}
        </section>

        <section className="card" aria-labelledby={`${FORM}-website-title`}>
          <h2 id={`${FORM}-website-title`}>{t('notice.settings.website')}</h2>
          <CheckboxField
            id={errors.idOf('thirdPartyLinks')}
            testId={`${FORM}-thirdPartyLinks`}
            label={t('notice.settings.fields.thirdPartyLinks')}
            checked={draft.thirdPartyLinks}
            onChange={(thirdPartyLinks) => set({ thirdPartyLinks })}
          />
          <TextField
            id={errors.idOf('cookiePolicyUrl')}
            testId={`${FORM}-cookiePolicyUrl`}
            label={t('notice.settings.fields.cookiePolicyUrl')}
            optional
            value={draft.cookiePolicyUrl}
            onChange={(cookiePolicyUrl) => set({ cookiePolicyUrl })}
            error={errors.fieldError('cookiePolicyUrl')}
          />
          <p className="hint" data-testid={`${FORM}-cookies`}>
            {draft.cookies === undefined
              ? t('notice.settings.cookiesUnknown')
              : t('notice.settings.cookiesListed', { count: draft.cookies.length })}
          </p>
          <CheckboxField
            id={errors.idOf('minors')}
            label={t('notice.settings.fields.minors')}
            checked={draft.minors}
            onChange={(minors) => set({ minors })}
          />
          {draft.minors ? (
            <TextField
              id={errors.idOf('minors.minimumAge')}
              className="field-short"
              inputMode="numeric"
              label={t('notice.settings.fields.minimumAge')}
              hint={t('notice.settings.hints.minimumAge')}
              optional
              value={draft.minimumAge}
              onChange={(minimumAge) => set({ minimumAge })}
              error={errors.fieldError('minors.minimumAge')}
            />
          ) : null}
          <LocalizedField
            path="intro"
            label={t('notice.settings.fields.intro')}
            optional
            multiline
            value={draft.intro}
            onChange={(intro) => set({ intro })}
            errors={errors}
          />
        </section>
      </fieldset>
      <Notice>{saved ? t('common.saved') : null}</Notice>
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid={`${FORM}-save`}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      ) : null}
    </form>
  )
}

/** The errors of the form at the top (ErrorSummary), each field named by its label on this page. */
function SettingsErrors({ errors }: { errors: PathErrors }) {
  const { t } = useTranslation()
  const label = (path: string) => {
    const parts = path.split('.')
    const last = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? path
    const key = `notice.settings.fields.${last}`
    const text = t(key as 'notice.settings.fields.requestEmail')
    const row = parts.find((p) => /^\d+$/.test(p))
    return `${text === key ? last : text}${row === undefined ? '' : ` (${Number(row) + 1})`}`
  }
  return <ErrorSummary errors={errors} labelOf={label} />
}
