import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { ApiError, call } from '../api/problem'
import type { Language } from '../api/types'
import { useRouter } from '../app/RouterContext'
import { useSession } from '../app/SessionContext'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { useLanguage } from '../app/useLanguage'
import { Alert } from '../components/feedback/Alert'
import { LanguageSelect } from '../components/form/LanguageSelect'
import { NewPasswordFields } from '../components/form/NewPasswordFields'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'
import { ProfileWithSlugFields } from '../components/organization/ProfileWithSlugFields'
import {
  emptyDraft,
  type LegalForm,
  PROFILE_FIELDS,
  type ProfileDraft,
  profileBody,
} from '../components/organization/profileDraft'

const ACCOUNT_FIELDS = ['displayName', 'email', 'password', 'confirm', 'language'] as const
const FIELDS = ['setupCode', ...ACCOUNT_FIELDS, 'slug', ...PROFILE_FIELDS] as const
/** Set-up fields that the form requires (the organisation's are the ones the notice and the letters need). */
const REQUIRED_PROFILE: readonly (keyof ProfileDraft)[] = [
  'name',
  'legalName',
  'legalForm',
  'street',
  'postalCode',
  'city',
  'privacyContactName',
  'privacyContactEmail',
]

/** The server names nested fields (body.account.email, body.organization.city); the form's ids are flat. */
function flattened(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error
  const errors = error.problem.errors.map((e) => ({
    ...e,
    path: e.path.replace(/^body\.(account|organization)\./, 'body.'),
  }))
  return new ApiError(error.status, { ...error.problem, errors })
}

/**
 * The first page of a new installation: with the set-up code printed by `custos start`, the user creates their
 * own account and their organisation, and is signed in. The page is only shown while there is no account.
 */
export function SetupPage() {
  const { t } = useTranslation()
  const { language, changeLanguage } = useLanguage()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  const [setupCode, setSetupCode] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [draft, setDraft] = useState<ProfileDraft>(() => ({
    ...emptyDraft(language),
    languages: ['nl', 'fr'],
  }))
  const [slug, setSlug] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('setup', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    const required: [string, string][] = [
      ['setupCode', setupCode],
      ['displayName', displayName],
      ['email', email],
      ['password', password],
      ['name', draft.name],
      ['slug', slug],
      ...REQUIRED_PROFILE.map((f): [string, string] => [f, String(draft[f])]),
    ]
    const missing = required.find(([, value]) => !value.trim())
    if (missing) return errors.invalid(missing[0], t('errors.required'))
    if (password !== confirm) return errors.invalid('confirm', t('errors.passwordsDiffer'))
    const profile = profileBody(draft)
    void run(async () => {
      try {
        const done = await call(
          api.POST('/api/v1/setup', {
            body: {
              setupCode: setupCode.trim(),
              account: { displayName: displayName.trim(), email: email.trim(), password, language },
              organization: {
                slug: slug.trim(),
                name: draft.name.trim(),
                legalName: draft.legalName.trim(),
                legalForm: draft.legalForm as LegalForm,
                enterpriseNumber: profile.enterpriseNumber ?? null,
                street: draft.street.trim(),
                postalCode: draft.postalCode.trim(),
                city: draft.city.trim(),
                country: profile.country ?? 'BE',
                languages: profile.languages ?? [draft.defaultLanguage],
                defaultLanguage: draft.defaultLanguage,
                privacyContactName: draft.privacyContactName.trim(),
                privacyContactEmail: draft.privacyContactEmail.trim(),
                dpoAppointed: draft.dpoAppointed,
              },
            },
          }),
        )
        await refresh()
        navigate({ name: 'org', slug: done.slug, section: 'overview' })
      } catch (error) {
        errors.fail(flattened(error))
      }
    })
  }

  return (
    <>
      <PageTitle>{t('setup.title')}</PageTitle>
      <p className="lead">{t('setup.intro')}</p>
      <form
        onSubmit={submit}
        noValidate
        className="form"
        aria-label={t('setup.title')}
        data-testid="setup-form"
      >
        <Alert>{errors.message}</Alert>
        <fieldset className="fieldset">
          <legend>{t('setup.codeSection')}</legend>
          <TextField
            id="setup-setupCode"
            testId="setup-code"
            label={t('setup.code')}
            hint={t('setup.codeHint')}
            required
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={40}
            value={setupCode}
            onChange={setSetupCode}
            error={errors.fieldError('setupCode')}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('setup.accountSection')}</legend>
          <div className="form-grid">
            <TextField
              id="setup-displayName"
              label={t('setup.displayName')}
              required
              maxLength={200}
              autoComplete="name"
              value={displayName}
              onChange={setDisplayName}
              error={errors.fieldError('displayName')}
            />
            <TextField
              id="setup-email"
              label={t('setup.email')}
              type="email"
              required
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={errors.fieldError('email')}
            />
            <NewPasswordFields
              passwordId="setup-password"
              confirmId="setup-confirm"
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              passwordLabel={t('setup.password')}
              confirmLabel={t('setup.confirm')}
              passwordError={errors.fieldError('password')}
              confirmError={errors.fieldError('confirm')}
            />
            <LanguageSelect
              id="setup-language"
              label={t('setup.language')}
              value={language}
              onChange={(next: Language) => void changeLanguage(next)}
              error={errors.fieldError('language')}
            />
          </div>
        </fieldset>
        <h2>{t('setup.organizationSection')}</h2>
        <ProfileWithSlugFields
          idPrefix="setup"
          complete
          draft={draft}
          onDraft={(change) => setDraft((d) => ({ ...d, ...change }))}
          slug={slug}
          onSlug={setSlug}
          fieldError={errors.fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="setup-submit">
            {busy ? t('setup.submitting') : t('setup.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
