import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { BreachAnswer } from './breachFacts'
import { useAction } from './useAction'

type Run = Awaited<ReturnType<typeof send>>
const send = (slug: string, id: string, delayReason: string) =>
  call(
    api.POST('/api/v1/orgs/{slug}/breaches/{id}/controller-notices', {
      params: { path: { slug, id } },
      body: delayReason.trim() ? { delayReason: delayReason.trim() } : {},
    }),
  )

/**
 * A processor's breach: the notice to each client (controller) concerned (Art. 33(2)), e-mailed in the client's
 * language through the outbox; the first sending stops the processor's clock.
 */
export function ControllersSection({
  slug,
  breach: b,
  onSent,
}: {
  slug: string
  breach: BreachAnswer
  onSent: () => void
}) {
  const { t } = useTranslation()
  const [delayReason, setDelayReason] = useState('')
  const [run, setRun] = useState<Run | null>(null)
  const action = useAction()
  const late = b.clocks.some((c) => c.name === 'controllers' && c.state === 'overdue') && !b.delayReason

  function submit(e: FormEvent) {
    e.preventDefault()
    action.run(async () => {
      setRun(await send(slug, b.id, delayReason))
      onSent()
    })
  }

  return (
    <section aria-labelledby="breach-controllers" className="card">
      <h2 id="breach-controllers">{t('breaches.clients.title')}</h2>
      <p>{t('breaches.clients.intro')}</p>
      {b.facts.controllers.length === 0 ? (
        <p>{t('breaches.clients.none')}</p>
      ) : (
        <ul data-testid="breach-clients">
          {b.facts.controllers.map((c) => (
            <li key={`${c.name}-${c.email ?? ''}`}>
              {c.name}
              {c.email ? ` <${c.email}>` : ` - ${t('breaches.clients.noEmail')}`}
            </li>
          ))}
        </ul>
      )}
      {b.can.notify && b.status === 'open' && b.facts.controllers.length > 0 ? (
        <form onSubmit={submit} aria-labelledby="breach-controllers-send" noValidate>
          <h3 id="breach-controllers-send">{t('breaches.clients.sendTitle')}</h3>
          {late ? (
            <TextAreaField
              id="clients-delay-reason"
              label={t('breaches.flow.delayReasonLabel')}
              hint={t('breaches.delayReasonRequired')}
              value={delayReason}
              onChange={setDelayReason}
            />
          ) : null}
          <ErrorMessage error={action.error} />
          <button type="submit" className="button-primary" disabled={action.busy}>
            {t('breaches.clients.send')}
          </button>
        </form>
      ) : null}
      <Notice>
        {run
          ? t('breaches.clients.sent', {
              sent: run.sent.length,
              already: run.alreadyNotified.length,
              withoutEmail: run.withoutEmail.length,
            })
          : null}
      </Notice>
    </section>
  )
}
