import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { CheckboxField } from '../../components/form/CheckboxField'
import { RadioGroup } from '../../components/form/RadioGroup'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { BreachAnswer } from './breachFacts'
import { useAction } from './useAction'

type LetterLanguage = 'nl' | 'fr' | 'en'
type Mode = 'all' | 'relationship' | 'chosen' | 'affectedSet'
type Run = Awaited<ReturnType<typeof sendLetters>>
const STATUSES = ['pending', 'sent', 'failed', 'held', 'unconfirmed', 'purged'] as const
const isStatus = (k: string): k is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(k)
type Found = { id: string; name: string | null; language: string | null }

const sendLetters = (slug: string, id: string, body: Parameters<typeof lettersBody>[0]) =>
  call(
    api.POST('/api/v1/orgs/{slug}/breaches/{id}/letters', {
      params: { path: { slug, id } },
      body: lettersBody(body),
    }),
  )

function lettersBody(input: { mode: Mode; relationship: string; chosen: string[]; perMinute: string }) {
  const selection =
    input.mode === 'affectedSet'
      ? { affectedSet: true as const }
      : input.mode === 'all'
        ? { all: true as const }
        : input.mode === 'relationship'
          ? { relationship: input.relationship.trim() }
          : { subjectIds: input.chosen }
  return { selection, ...(input.perMinute ? { perMinute: Number(input.perMinute) } : {}) }
}

/**
 * Informing the people concerned (Art. 34): the letter as it will be sent in each language and what it still lacks,
 * the choice of people from the subject index, sending through the outbox (throttled), and the delivery status.
 */
export function LettersSection({ slug, breach: b }: { slug: string; breach: BreachAnswer }) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const { language } = useLanguage()
  const [lang, setLang] = useState<LetterLanguage>(language)
  // the preview follows the facts: it loads again when the breach changes (b is the trigger, not an input)
  const loadPreview = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/breaches/{id}/letters/preview', {
          params: { path: { slug, id: b.id }, query: { lang } },
        }),
      ),
    [slug, b, lang],
  )
  const preview = useResource(loadPreview)
  const loadStatus = useCallback(
    () =>
      call(api.GET('/api/v1/orgs/{slug}/breaches/{id}/letters', { params: { path: { slug, id: b.id } } })),
    [slug, b.id],
  )
  const status = useResource(loadStatus)

  const [mode, setMode] = useState<Mode>('all')
  const [relationship, setRelationship] = useState('customer')
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[]>([])
  const [chosen, setChosen] = useState<Found[]>([])
  const [perMinute, setPerMinute] = useState('120')
  const [run, setRun] = useState<Run | null>(null)
  const search = useAction()
  const send = useAction()

  function submitSearch(e: FormEvent) {
    e.preventDefault()
    search.run(async () => {
      const result = await call(
        api.GET('/api/v1/orgs/{slug}/subjects', {
          params: { path: { slug }, query: { q: query, limit: 20 } },
        }),
      )
      setFound(result.items.map((s) => ({ id: s.id, name: s.name, language: s.language })))
    })
  }

  function submitSend(e: FormEvent) {
    e.preventDefault()
    send.run(async () => {
      setRun(
        await sendLetters(slug, b.id, { mode, relationship, chosen: chosen.map((c) => c.id), perMinute }),
      )
      status.reload()
    })
  }

  const informs = b.assessment?.obligations.informSubjects
  return (
    <section aria-labelledby="breach-letters" className="card">
      <h2 id="breach-letters">{t('breaches.letters.title')}</h2>
      <p>
        {informs
          ? t('breaches.letters.required')
          : b.assessment
            ? t('breaches.letters.notRequired')
            : t('breaches.letters.notAssessed')}
      </p>
      <h3>{t('breaches.letters.previewTitle')}</h3>
      <SelectField
        id="letter-lang"
        label={t('breaches.letters.previewLanguage')}
        value={lang}
        onChange={(v) => setLang(v === 'fr' ? 'fr' : v === 'en' ? 'en' : 'nl')}
      >
        <option value="nl">Nederlands</option>
        <option value="fr">Français</option>
        <option value="en">English</option>
      </SelectField>
      <ResourceView resource={preview}>
        {(p) => (
          <>
            {p.missing.length > 0 ? (
              <div className="alert alert-warning" role="status" data-testid="letter-missing">
                <p>{t('breaches.letters.missing')}</p>
                <ul>
                  {p.missing.map((m) => (
                    <li key={m}>{t(`breaches.letters.elements.${m}`)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <article className="letter-preview" lang={lang} data-testid="letter-preview">
              <p>
                <strong>{p.subject}</strong>
              </p>
              <p>{p.greeting}</p>
              {p.paragraphs.map((para) => (
                <p key={para}>{para}</p>
              ))}
              <p>{p.closing}</p>
              <p style={{ whiteSpace: 'pre-line' }}>{p.signature.join('\n')}</p>
            </article>
          </>
        )}
      </ResourceView>

      {b.can.inform && b.status === 'open' && b.role === 'controller' ? (
        <>
          <form onSubmit={submitSend} aria-labelledby="letters-send" noValidate>
            <h3 id="letters-send">{t('breaches.letters.sendTitle')}</h3>
            <RadioGroup
              id="letters-mode"
              legend={t('breaches.letters.who')}
              value={mode}
              onChange={setMode}
              options={[
                { value: 'all', label: t('breaches.letters.modes.all') },
                { value: 'relationship', label: t('breaches.letters.modes.relationship') },
                { value: 'chosen', label: t('breaches.letters.modes.chosen') },
                ...(b.affectedSet
                  ? [
                      {
                        value: 'affectedSet' as const,
                        label: t('breaches.letters.modes.affectedSet', {
                          dataset: b.affectedSet.datasetName,
                          count: b.affectedSet.inIndex,
                        }),
                      },
                    ]
                  : []),
              ]}
            />
            {mode === 'relationship' ? (
              <TextField
                id="letters-relationship"
                label={t('breaches.letters.relationship')}
                hint={t('breaches.letters.relationshipHint')}
                value={relationship}
                onChange={setRelationship}
              />
            ) : null}
            {mode === 'chosen' ? (
              <div data-testid="letters-chosen">
                <p>{t('breaches.letters.chosenCount', { number: chosen.length })}</p>
                <ul className="plain-list">
                  {chosen.map((c) => (
                    <li key={c.id}>
                      <CheckboxField
                        id={`letters-chosen-${c.id}`}
                        label={c.name ?? c.id}
                        checked
                        onChange={() => setChosen((list) => list.filter((x) => x.id !== c.id))}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <TextField
              id="letters-per-minute"
              type="number"
              min={1}
              max={10000}
              label={t('breaches.letters.perMinute')}
              hint={t('breaches.letters.perMinuteHint')}
              value={perMinute}
              onChange={setPerMinute}
            />
            <ErrorMessage error={send.error} />
            <button type="submit" className="button-primary" disabled={send.busy}>
              {t('breaches.letters.send')}
            </button>
          </form>
          {mode === 'chosen' ? (
            <form onSubmit={submitSearch} aria-labelledby="letters-search" noValidate>
              <h4 id="letters-search">{t('breaches.letters.searchTitle')}</h4>
              <TextField
                id="letters-query"
                type="search"
                label={t('breaches.letters.search')}
                value={query}
                onChange={setQuery}
              />
              <button type="submit" disabled={search.busy}>
                {t('breaches.letters.searchButton')}
              </button>
              <ErrorMessage error={search.error} />
              <ul className="plain-list">
                {found.map((s) => (
                  <li key={s.id}>
                    <CheckboxField
                      id={`letters-found-${s.id}`}
                      label={s.name ?? s.id}
                      checked={chosen.some((c) => c.id === s.id)}
                      onChange={(on) =>
                        setChosen((list) => (on ? [...list, s] : list.filter((x) => x.id !== s.id)))
                      }
                    />
                  </li>
                ))}
              </ul>
            </form>
          ) : null}
        </>
      ) : null}
      <Notice>
        {run
          ? t('breaches.letters.queued', {
              queued: run.queued,
              already: run.alreadyInformed,
              withoutEmail: run.withoutEmail,
            })
          : null}
      </Notice>

      <h3>{t('breaches.letters.statusTitle')}</h3>
      <ResourceView resource={status}>
        {(s) =>
          s.total === 0 ? (
            <p>{t('breaches.letters.none')}</p>
          ) : (
            <div data-testid="letters-status">
              <p>
                {t('breaches.letters.total', { number: s.total })}
                {s.firstSentAt ? ` ${t('breaches.letters.firstSent', { at: dateTime(s.firstSentAt) })}` : ''}
              </p>
              <dl className="details">
                {Object.entries(s.byStatus).map(([k, n]) => (
                  <div key={k}>
                    <dt>{isStatus(k) ? t(`breaches.letters.statuses.${k}`) : k}</dt>
                    <dd>{n}</dd>
                  </div>
                ))}
                {Object.entries(s.byLanguage).map(([k, n]) => (
                  <div key={`lang-${k}`}>
                    <dt>
                      {k === 'nl' || k === 'fr' || k === 'en' ? t(`breaches.letters.inLanguage.${k}`) : k}
                    </dt>
                    <dd>{n}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )
        }
      </ResourceView>
      <button type="button" onClick={status.reload}>
        {t('breaches.letters.refresh')}
      </button>
    </section>
  )
}
