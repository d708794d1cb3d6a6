import { type FormEvent, Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { subjectsHref } from '../../app/routes'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { type ConsentProof, StateBadge, useHowText } from './ConsentEvents'

export const IDENTITY_KINDS = [
  'email',
  'phone',
  'national_number',
  'customer_number',
  'file_number',
  'other',
] as const
export type IdentityKind = (typeof IDENTITY_KINDS)[number]
export const NEEDS_SYSTEM: readonly string[] = ['customer_number', 'file_number', 'other']
type LookupKind = IdentityKind | 'anonymous'
/** A problem anywhere in the identity is shown at the value the user typed (the API names body.identity.*). */
export const PERSON_FIELDS = ['identity', 'anonymousId']

/** The person a consent is of, as the API takes it: an identity of the subject index or an anonymous id. */
export function personOf(kind: LookupKind, value: string, systemKey: string) {
  if (kind === 'anonymous') return { anonymousId: value }
  return {
    identity: { kind, value, ...(NEEDS_SYSTEM.includes(kind) && systemKey ? { systemKey } : {}) },
  }
}

/** Looks up the consent proof of one person and shows it: the current choice per purpose, every record. */
export function ProofLookup({ slug, labelOf }: { slug: string; labelOf: (purpose: string) => string }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<LookupKind>('email')
  const [value, setValue] = useState('')
  const [systemKey, setSystemKey] = useState('')
  const [proof, setProof] = useState<ConsentProof | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('proof', { fields: PERSON_FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!value.trim()) return errors.invalid('identity', t('errors.required'))
    void run(async () => {
      try {
        setProof(
          await call(
            api.POST('/api/v1/orgs/{slug}/consent/proof', {
              params: { path: { slug } },
              body: personOf(kind, value.trim(), systemKey.trim()),
            }),
          ),
        )
      } catch (error) {
        setProof(null)
        errors.fail(error)
      }
    })
  }
  const valueError = errors.fieldError('identity') ?? errors.fieldError('anonymousId')

  return (
    <>
      <form onSubmit={submit} noValidate className="form" aria-labelledby="lookup-title">
        <Alert>{errors.message}</Alert>
        <div className="form-grid">
          <SelectField
            id="proof-kind"
            label={t('consent.records.kind')}
            value={kind}
            onChange={(v) => setKind(v as LookupKind)}
          >
            {IDENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`subjects.kinds.${k}`)}
              </option>
            ))}
            <option value="anonymous">{t('consent.records.anonymous')}</option>
          </SelectField>
          <TextField
            id="proof-identity"
            label={t('consent.records.value')}
            required
            maxLength={254}
            autoComplete="off"
            value={value}
            onChange={setValue}
            error={valueError}
          />
          {NEEDS_SYSTEM.includes(kind) ? (
            <TextField
              id="proof-systemKey"
              label={t('consent.records.systemKey')}
              maxLength={80}
              autoComplete="off"
              value={systemKey}
              onChange={setSystemKey}
            />
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="proof-lookup">
            {busy ? t('consent.records.lookingUp') : t('consent.records.lookup')}
          </button>
        </div>
      </form>
      {proof ? <ProofView slug={slug} proof={proof} labelOf={labelOf} /> : null}
    </>
  )
}

function ProofView({
  slug,
  proof,
  labelOf,
}: {
  slug: string
  proof: ConsentProof
  labelOf: (purpose: string) => string
}) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const how = useHowText()
  const texts = new Map(proof.texts.map((x) => [x.hash, x]))
  const who = proof.identities.map((i) => i.masked).join(', ')
  return (
    <section className="consent-proof" aria-labelledby="proof-title" data-testid="consent-proof">
      <h3 id="proof-title">{t('consent.records.proofOf', { identities: who })}</h3>
      {proof.subjectId ? (
        <p>
          <a href={subjectsHref(slug, { view: 'detail', id: proof.subjectId })}>
            {t('consent.records.subjectLink')}
          </a>
        </p>
      ) : null}
      {proof.events.length === 0 ? (
        <p>{t('consent.records.proofNone')}</p>
      ) : (
        <>
          <h4>{t('consent.records.currentTitle')}</h4>
          <ul className="plain-list" data-testid="proof-status">
            {proof.status.map((s) => (
              <li key={`${s.identityMasked}/${s.purpose}`}>
                {labelOf(s.purpose)}: <StateBadge state={s.state} /> {format.dateTime(s.occurredAt)}
                {s.expiresAt ? ` (${t('consent.records.until', { date: format.date(s.expiresAt) })})` : ''}
                {s.renewalDue ? ` - ${t('consent.records.renewal')}` : ''}
              </li>
            ))}
          </ul>
          <h4>{t('consent.records.historyTitle')}</h4>
          <ol className="plain-list" data-testid="proof-events">
            {proof.events.map((e) => {
              const text = e.textHash ? texts.get(e.textHash) : undefined
              return (
                <li key={e.id}>
                  <details>
                    <summary>
                      {e.seq}. {format.dateTime(e.occurredAt)} · {labelOf(e.purpose)} ·{' '}
                      <StateBadge state={e.state} /> · {how(e)} · {e.recordedBy.label} ·{' '}
                      {e.hashValid ? t('consent.records.hashValid') : t('consent.records.hashInvalid')}
                    </summary>
                    <dl className="evidence">
                      <dt>{t('consent.records.columns.person')}</dt>
                      <dd>{e.identityMasked}</dd>
                      <dt>{t('consent.records.evidence.text')}</dt>
                      <dd>
                        {text ? (
                          <blockquote lang={text.language}>{text.body}</blockquote>
                        ) : (
                          t('consent.records.evidence.textMissing')
                        )}
                      </dd>
                      <dt>{t('consent.records.evidence.language')}</dt>
                      <dd>{t(`consent.records.languages.${e.language}`, { defaultValue: e.language })}</dd>
                      <dt>{t('consent.records.evidence.recordedAt')}</dt>
                      <dd>{format.dateTime(e.recordedAt)}</dd>
                      {e.expiresAt ? (
                        <>
                          <dt>{t('consent.records.expiresAt')}</dt>
                          <dd>{format.dateTime(e.expiresAt)}</dd>
                        </>
                      ) : null}
                      {(
                        [
                          ['source', e.source],
                          ['ip', e.ip],
                          ['userAgent', e.userAgent],
                          ['callReference', e.evidence?.callReference],
                          ['documentReference', e.evidence?.documentReference],
                          ['externalRef', e.externalRef],
                        ] as const
                      )
                        .filter((entry): entry is readonly [(typeof entry)[0], string] => Boolean(entry[1]))
                        .map(([key, v]) => (
                          <Fragment key={key}>
                            <dt>{t(`consent.records.evidence.${key}`)}</dt>
                            <dd>{v}</dd>
                          </Fragment>
                        ))}
                      {e.age ? (
                        <>
                          <dt>{t('consent.records.child.proofAge')}</dt>
                          <dd data-testid="proof-age">{t(`consent.records.child.groups.${e.age.group}`)}</dd>
                        </>
                      ) : null}
                      {e.age?.parentalConsent ? (
                        <>
                          <dt>{t('consent.records.child.proofParent')}</dt>
                          <dd data-testid="proof-parent">
                            {t('consent.records.child.parentLine', {
                              who: t(
                                `consent.records.child.relationships.${e.age.parentalConsent.relationship}`,
                              ),
                              contact: e.age.parentalConsent.identityMasked,
                              how: t(
                                `consent.records.child.verifications.${e.age.parentalConsent.verification}`,
                              ),
                              reference: e.age.parentalConsent.reference,
                              date: format.dateTime(e.age.parentalConsent.verifiedAt),
                            })}
                          </dd>
                        </>
                      ) : null}
                      <dt>{t('consent.records.evidence.hash')}</dt>
                      <dd>
                        <code>{e.hash}</code>
                      </dd>
                      <dt>{t('consent.records.evidence.prevHash')}</dt>
                      <dd>
                        <code>{e.prevHash}</code>
                      </dd>
                    </dl>
                  </details>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
  )
}
