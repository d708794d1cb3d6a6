import { type FormEvent, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ApiError, call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useResource } from '../../app/useResource'
import { Alert } from '../../components/feedback/Alert'
import { ResourceView } from '../../components/feedback/ResourceView'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { thirdCountries } from './regions'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Proposals = Json<paths['/api/v1/orgs/{slug}/cookies/proposals']['get']['responses'][200]>
type Proposal = Proposals['items'][number]
type Category = NonNullable<Proposal['suggestion']['category']>
const CATEGORIES: Category[] = ['necessary', 'functional', 'analytics', 'advertising']
const NAME_MAX = 200

/**
 * What the scans saw that the inventory does not list, each to add to the inventory (a new version: the banner asks
 * every visitor again) or to dismiss (not proposed again). `refresh` changes when a scan has finished.
 */
export function CookieProposals({
  slug,
  refresh,
  onAccepted,
}: {
  slug: string
  refresh: number
  onAccepted: (version: number) => void
}) {
  const { t } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` changes on purpose to load again
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/cookies/proposals', { params: { path: { slug } } })),
    [slug, refresh],
  )
  const data = useResource(load)
  return (
    <section className="list-section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('cookies.proposals.title')}</h2>
      <p>{t('cookies.proposals.intro')}</p>
      <ResourceView resource={data}>
        {({ items, dismissed, can }) => (
          <>
            {items.length === 0 ? (
              <p>{t('cookies.proposals.none')}</p>
            ) : (
              <ul className="plain-list proposal-list" data-testid="cookie-proposals">
                {items.map((p) => (
                  <li key={p.id}>
                    <ProposalForm
                      slug={slug}
                      proposal={p}
                      can={can}
                      onDecided={(version) => {
                        data.reload()
                        if (version !== null) onAccepted(version)
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
            {dismissed.length > 0 ? (
              <details data-testid="dismissed-proposals">
                <summary>{t('cookies.proposals.dismissed', { count: dismissed.length })}</summary>
                <ul>
                  {dismissed.map((p) => (
                    <li key={p.id}>
                      <code>{p.subject}</code> ({t(`cookies.proposals.kinds.${p.kind}`)})
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </ResourceView>
    </section>
  )
}

function ProposalForm({
  slug,
  proposal: p,
  can,
  onDecided,
}: {
  slug: string
  proposal: Proposal
  can: Proposals['can']
  onDecided: (version: number | null) => void
}) {
  const { t, i18n } = useTranslation()
  const s = p.suggestion
  const countries = useMemo(() => thirdCountries(i18n.language), [i18n.language])
  const formId = `proposal-${p.id}`
  const [category, setCategory] = useState<string>(s.category ?? '')
  const [purpose, setPurpose] = useState(s.purpose)
  const [duration, setDuration] = useState(s.duration)
  // An unknown cookie's origin can always be stated: the site's own domain may hold a third party's cookie set from
  // its script. Prefilled with the suggestion (the organisation, or the service it joins) and 'none'.
  const showOrigin = !s.known
  const initialCountry = s.thirdCountry ?? (s.needsOrigin ? '' : 'none')
  const [provider, setProvider] = useState(s.provider)
  const [thirdCountry, setThirdCountry] = useState(initialCountry)
  const originChanged = provider.trim() !== s.provider || thirdCountry !== initialCountry
  const [refusal, setRefusal] = useState<string | null>(null)
  const longName = p.kind === 'cookie' && p.subject.length > NAME_MAX
  const [name, setName] = useState(longName ? `${p.subject.slice(0, NAME_MAX - 1)}*` : '')
  const [busy, run] = useBusy()
  const errors = useFormErrors(formId, {
    fields: ['category', 'purpose', 'duration', 'provider', 'thirdCountry', 'name'],
  })
  const titleId = `${formId}-title`

  /** What the form has no field for: the service it joins is full, or the host it would be given cannot be stored. */
  const refusalText = (error: unknown): string | null => {
    if (!(error instanceof ApiError) || error.status !== 422) return null
    const issue = error.problem?.errors?.[0]
    if (issue?.path === 'suggestion.serviceId' && issue.code === 'too_big') {
      const kind = String(issue.params?.kind ?? 'cookies')
      const maximum = Number(issue.params?.maximum ?? 0)
      return kind === 'services'
        ? t('cookies.proposals.inventoryFull', { maximum })
        : t(`cookies.proposals.serviceFull.${kind === 'hosts' ? 'hosts' : 'cookies'}`, {
            service: s.serviceName,
            maximum,
          })
    }
    if (issue?.path === 'suggestion.hosts')
      return t('cookies.proposals.hostRefused', { host: String(issue.params?.value ?? s.hosts.join(', ')) })
    return null
  }
  const accept = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setRefusal(null)
    if (!category) {
      errors.invalid('category', t('cookies.proposals.categoryRequired'))
      return
    }
    if ((s.needsOrigin || originChanged) && !provider.trim()) {
      errors.invalid('provider', t('cookies.proposals.providerRequired'))
      return
    }
    if ((s.needsOrigin || originChanged) && !thirdCountry) {
      errors.invalid('thirdCountry', t('cookies.proposals.thirdCountryRequired'))
      return
    }
    if (p.kind === 'cookie' && !purpose.trim()) {
      errors.invalid('purpose', t('cookies.proposals.purposeRequired'))
      return
    }
    if (p.kind === 'cookie' && !duration.trim()) {
      errors.invalid('duration', t('cookies.proposals.durationRequired'))
      return
    }
    void run(async () => {
      try {
        const answer = await call(
          api.POST('/api/v1/orgs/{slug}/cookies/proposals/{id}/accept', {
            params: { path: { slug, id: p.id } },
            body: {
              category: category as Category,
              ...(p.kind === 'cookie' ? { purpose: purpose.trim(), duration: duration.trim() } : {}),
              ...(s.needsOrigin || originChanged ? { provider: provider.trim(), thirdCountry } : {}),
              ...(longName ? { name: name.trim() } : {}),
            },
          }),
        )
        onDecided(answer.version)
      } catch (error) {
        const worded = refusalText(error)
        if (worded) setRefusal(worded)
        else errors.fail(error)
      }
    })
  }
  const dismiss = () =>
    void run(async () => {
      errors.clear()
      setRefusal(null)
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/cookies/proposals/{id}/dismiss', {
            params: { path: { slug, id: p.id } },
          }),
        )
        onDecided(null)
      } catch (error) {
        errors.fail(error)
      }
    })

  return (
    <form onSubmit={accept} noValidate className="form card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(`cookies.proposals.kinds.${p.kind}`)} <code>{p.subject}</code>
      </h3>
      <p>
        {t('cookies.proposals.seenOn', { page: p.page })}{' '}
        {s.known
          ? t('cookies.proposals.known', { service: s.serviceName, provider: s.provider })
          : p.kind === 'cookie' && s.thirdParty
            ? t('cookies.proposals.unknown.thirdPartyCookie', { service: s.serviceName, domain: s.domain })
            : p.kind === 'cookie' && s.thirdParty === null
              ? t('cookies.proposals.unknown.origin')
              : t(`cookies.proposals.unknown.${p.kind}`, { service: s.serviceName })}
        {s.thirdCountry ? ` ${t('cookies.proposals.thirdCountry', { country: s.thirdCountry })}` : ''}
      </p>
      <Alert>{refusal ?? errors.message}</Alert>
      <div className="form-grid">
        <SelectField
          id={`${formId}-category`}
          label={t('cookies.columns.category')}
          hint={s.category ? undefined : t('cookies.proposals.categoryHint')}
          value={category}
          disabled={!can.accept}
          onChange={setCategory}
          error={errors.fieldError('category')}
        >
          <option value="">{t('cookies.proposals.chooseCategory')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`cookies.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        {showOrigin ? (
          <>
            <TextField
              id={`${formId}-provider`}
              label={t('cookies.proposals.provider')}
              hint={s.needsOrigin ? undefined : t('cookies.proposals.providerHint')}
              maxLength={500}
              value={provider}
              disabled={!can.accept}
              onChange={setProvider}
              error={errors.fieldError('provider')}
            />
            <SelectField
              id={`${formId}-thirdCountry`}
              label={t('cookies.proposals.thirdCountryField')}
              value={thirdCountry}
              disabled={!can.accept}
              onChange={setThirdCountry}
              error={errors.fieldError('thirdCountry')}
            >
              <option value="">{t('cookies.proposals.chooseThirdCountry')}</option>
              <option value="none">{t('cookies.proposals.noThirdCountry')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        {longName ? (
          <TextField
            id={`${formId}-name`}
            label={t('cookies.proposals.namePattern')}
            maxLength={NAME_MAX}
            value={name}
            disabled={!can.accept}
            onChange={setName}
            error={errors.fieldError('name')}
          />
        ) : null}
        {p.kind === 'cookie' ? (
          <>
            <TextField
              id={`${formId}-purpose`}
              label={t('cookies.proposals.purpose')}
              maxLength={500}
              value={purpose}
              disabled={!can.accept}
              onChange={setPurpose}
              error={errors.fieldError('purpose')}
            />
            <TextField
              id={`${formId}-duration`}
              label={t('cookies.proposals.duration')}
              maxLength={100}
              value={duration}
              disabled={!can.accept}
              onChange={setDuration}
              error={errors.fieldError('duration')}
            />
          </>
        ) : null}
      </div>
      {can.accept || can.dismiss ? (
        <div className="form-actions">
          {can.accept ? (
            <button
              type="submit"
              className="button-primary"
              disabled={busy}
              aria-describedby={titleId}
              data-testid="proposal-accept"
            >
              {t('cookies.proposals.accept')}
            </button>
          ) : null}
          {can.dismiss ? (
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={dismiss}
              aria-describedby={titleId}
              data-testid="proposal-dismiss"
            >
              {t('cookies.proposals.dismiss')}
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  )
}
