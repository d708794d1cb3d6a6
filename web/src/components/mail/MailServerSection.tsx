import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useResource } from '../../app/useResource'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { ResourceView } from '../feedback/ResourceView'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'

type MailSettings = Awaited<ReturnType<typeof loadSettings>>
const SECURITIES = ['starttls', 'tls', 'none'] as const
type Security = (typeof SECURITIES)[number]
const FIELDS = ['host', 'port', 'security', 'user', 'password', 'mailFrom'] as const

function loadSettings() {
  return call(api.GET('/api/v1/installation/mail'))
}

/**
 * The installation's mail server, for installation admins on the settings page (issue 15): set and stored
 * encrypted on the server, overriding CUSTOS_SMTP_URL, and tested with a mail signed by this organisation.
 */
export function MailServerSection({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const settings = useResource(useCallback(() => loadSettings(), []))
  return (
    <section aria-labelledby="mail-server-title" className="card" data-testid="mail-server">
      <h2 id="mail-server-title">{t('mail.server.title')}</h2>
      <p className="hint">{t('mail.server.intro')}</p>
      <p className="hint">{t('mail.server.adminOnly')}</p>
      <ResourceView resource={settings}>
        {(data) => (
          <>
            <p data-testid="mail-server-source">{t(`mail.server.sources.${data.source}`)}</p>
            <MailServerForm settings={data} onSaved={settings.setData} />
            {data.source !== 'none' ? <MailTestForm membership={membership} /> : null}
          </>
        )}
      </ResourceView>
    </section>
  )
}

function MailServerForm({
  settings,
  onSaved,
}: {
  settings: MailSettings
  onSaved: (settings: MailSettings) => void
}) {
  const { t } = useTranslation()
  const [host, setHost] = useState(settings.host ?? '')
  const [port, setPort] = useState(settings.port ? String(settings.port) : '587')
  const [security, setSecurity] = useState<Security>(settings.security ?? 'starttls')
  const [user, setUser] = useState(settings.user ?? '')
  const [password, setPassword] = useState('')
  const [mailFrom, setMailFrom] = useState(settings.mailFrom)
  const [done, setDone] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('mail-server', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(null)
    const portNumber = Number(port)
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) {
      errors.invalid('port', t('mail.server.portHint'))
      return
    }
    void run(async () => {
      try {
        const body = {
          host: host.trim(),
          port: portNumber,
          security,
          mailFrom: mailFrom.trim(),
          ...(user.trim() ? { user: user.trim() } : {}),
          ...(password ? { password } : {}),
        }
        const saved = await call(api.PUT('/api/v1/installation/mail', { body }))
        setPassword('')
        setDone(t('mail.server.saved'))
        onSaved(saved)
      } catch (error) {
        errors.fail(error)
      }
    })
  }
  const remove = () =>
    void run(async () => {
      errors.clear()
      try {
        const cleared = await call(api.DELETE('/api/v1/installation/mail'))
        setDone(t('mail.server.removed'))
        onSaved(cleared)
      } catch (error) {
        errors.fail(error)
      }
    })

  return (
    <form onSubmit={submit} noValidate className="form" data-testid="mail-server-form">
      <Alert>{errors.message}</Alert>
      <TextField
        id="mail-server-host"
        label={t('mail.server.host')}
        hint={t('mail.server.hostHint')}
        value={host}
        error={errors.fieldError('host')}
        onChange={setHost}
        autoComplete="off"
      />
      <TextField
        id="mail-server-port"
        className="field-short"
        inputMode="numeric"
        label={t('mail.server.port')}
        hint={t('mail.server.portHint')}
        value={port}
        error={errors.fieldError('port')}
        onChange={setPort}
      />
      <SelectField
        id="mail-server-security"
        label={t('mail.server.security')}
        value={security}
        error={errors.fieldError('security')}
        onChange={(value) => setSecurity(SECURITIES.find((s) => s === value) ?? 'starttls')}
      >
        {SECURITIES.map((s) => (
          <option key={s} value={s}>
            {t(`mail.server.securities.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="mail-server-user"
        label={t('mail.server.user')}
        value={user}
        optional
        error={errors.fieldError('user')}
        onChange={setUser}
        autoComplete="off"
      />
      <TextField
        id="mail-server-password"
        type="password"
        label={t('mail.server.password')}
        hint={settings.passwordSet ? t('mail.server.passwordKept') : undefined}
        value={password}
        optional
        error={errors.fieldError('password')}
        onChange={setPassword}
        autoComplete="new-password"
      />
      <TextField
        id="mail-server-mailFrom"
        label={t('mail.server.mailFrom')}
        hint={t('mail.server.mailFromHint')}
        value={mailFrom}
        error={errors.fieldError('mailFrom')}
        onChange={setMailFrom}
      />
      <Notice>{done}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="mail-server-save">
          {busy ? t('common.saving') : t('mail.server.save')}
        </button>
        {settings.source === 'settings' ? (
          <button type="button" className="button-secondary" disabled={busy} onClick={remove}>
            {t('mail.server.remove')}
          </button>
        ) : null}
      </div>
    </form>
  )
}

function MailTestForm({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const [to, setTo] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('mail-test', { fields: ['to'] })
  const language = (['nl', 'fr', 'en'] as const).find((l) => i18n.language.startsWith(l)) ?? 'en'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(null)
    void run(async () => {
      try {
        const sent = await call(
          api.POST('/api/v1/installation/mail/test', {
            body: { to: to.trim(), language, organization: membership.slug },
          }),
        )
        setDone(t('mail.server.testSent', { from: sent.from }))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" data-testid="mail-test-form">
      <h3>{t('mail.server.testTitle')}</h3>
      <p className="hint">
        {t('mail.server.testOrganization')}: {membership.name}
      </p>
      <Alert>{errors.message}</Alert>
      <TextField
        id="mail-test-to"
        type="email"
        label={t('mail.server.testTo')}
        value={to}
        error={errors.fieldError('to')}
        onChange={setTo}
      />
      <Notice>{done}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={busy} data-testid="mail-test-send">
          {t('mail.server.testSend')}
        </button>
      </div>
    </form>
  )
}
