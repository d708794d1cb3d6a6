import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useResource } from '../../app/useResource'
import type { Lookup } from '../../components/register/lookup'
import { clientOffers } from './clientSuggestions'

const loadChoices = async (slug: string) =>
  (await call(api.GET('/api/v1/orgs/{slug}/breaches/client-choices', { params: { path: { slug } } }))).items

/**
 * The clients of the Processors page a processor's breach can name: those whose activities or systems the breach
 * concerns come first, with why; adding one takes its name, its contact for breaches and its language.
 */
export function ClientPicker({
  slug,
  idPrefix,
  named,
  chosen,
  lookup,
  onAdd,
}: {
  slug: string
  idPrefix: string
  named: { systems: readonly string[]; activities: readonly string[] }
  chosen: readonly string[]
  lookup: Lookup
  onAdd: (client: { clientId: string; name: string; email: string; language: string }) => void
}) {
  const { t } = useTranslation()
  const load = useCallback(() => loadChoices(slug), [slug])
  const choices = useResource(load)
  const open = clientOffers(choices.data ?? [], chosen, named)
  if (open.length === 0) return null
  const nameOf = (r: { kind: 'activity' | 'system'; key: string }) =>
    r.kind === 'activity' ? lookup.nameOf.activity(r.key) : lookup.nameOf.system(r.key)
  return (
    <div id={`${idPrefix}-client-choices`} data-testid="breach-client-choices">
      <p className="hint">{t('breaches.form.clientChoicesHint')}</p>
      <ul>
        {open.map(({ choice, reasons }) => (
          <li key={choice.id}>
            <button
              type="button"
              onClick={() =>
                onAdd({
                  clientId: choice.id,
                  name: choice.name,
                  email: choice.breachesEmail ?? '',
                  language: choice.language,
                })
              }
            >
              {t('breaches.form.addThisClient', { client: choice.name })}
            </button>
            {reasons.length > 0
              ? ` ${t('breaches.form.clientSuggested', { because: reasons.map(nameOf).join(', ') })}`
              : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
