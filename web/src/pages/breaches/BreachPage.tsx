import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { orgHref } from '../../app/routes'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { SelectField } from '../../components/form/SelectField'
import { PageTitle } from '../../components/layout/PageTitle'
import { Countdown } from './Countdown'

type DraftLanguage = 'nl' | 'fr' | 'de'
type Draft = Awaited<ReturnType<typeof loadDraft>>

const loadDraft = (slug: string, id: string, part: '1' | '2', lang: DraftLanguage) =>
  call(
    api.GET('/api/v1/orgs/{slug}/breaches/{id}/notification-draft', {
      params: { path: { slug, id }, query: { part, lang } },
    }),
  )

/** One breach: its clocks, facts, timeline, the GBA draft and the letters. */
export function BreachPage({ membership, id }: { membership: Membership; id: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { dateTime } = useDateFormat()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/breaches/{id}', { params: { path: { slug, id } } })),
    [slug, id],
  )
  const resource = useResource(load)
  const { language } = useLanguage()
  const [lang, setLang] = useState<DraftLanguage>(language === 'fr' ? 'fr' : 'nl')
  const [part, setPart] = useState<'1' | '2'>('1')
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<unknown>(null)

  async function generate() {
    setError(null)
    try {
      setDraft(await loadDraft(slug, id, part, lang))
    } catch (failure) {
      setError(failure)
    }
  }

  return (
    <ResourceView resource={resource}>
      {(b) => (
        <>
          <PageTitle>{`${b.reference} · ${b.title}`}</PageTitle>
          <p>
            <a href={orgHref(slug, 'breaches')}>{t('breaches.back')}</a>
          </p>
          <section aria-labelledby="breach-clocks" className="card">
            <h2 id="breach-clocks">{t('breaches.clocks')}</h2>
            <ul className="plain-list">
              {b.clocks.map((c) => (
                <li key={c.name}>
                  <strong>{t(`breaches.clockNames.${c.name}`)}</strong>: {dateTime(c.dueAt)} ·{' '}
                  <Countdown dueAt={c.dueAt} state={c.state} />
                </li>
              ))}
            </ul>
            {b.delayReasonRequired ? (
              <p className="alert alert-warning" role="status">
                {t('breaches.delayReasonRequired')}
              </p>
            ) : null}
            {b.noticePromise?.contradicted ? (
              <p className="alert alert-warning" role="status" data-testid="breach-notice-promise">
                {t('breaches.noticePromiseContradicted')}
                {b.noticePromise.withinHours !== null
                  ? ` ${t('breaches.noticePromiseWithin', { hours: b.noticePromise.withinHours })}`
                  : ''}
              </p>
            ) : null}
            {b.caseNumber ? <p>{t('breaches.caseNumber', { caseNumber: b.caseNumber })}</p> : null}
          </section>
          <section aria-labelledby="breach-facts">
            <h2 id="breach-facts">{t('breaches.facts')}</h2>
            <dl className="details">
              <dt>{t('breaches.awareAt')}</dt>
              <dd>{dateTime(b.facts.awareAt)}</dd>
              <dt>{t('breaches.description')}</dt>
              <dd>{b.facts.description}</dd>
              <dt>{t('breaches.nature')}</dt>
              <dd>{b.facts.nature.map((n) => t(`breaches.natures.${n}`)).join(', ')}</dd>
              <dt>{t('breaches.peopleApprox')}</dt>
              <dd>{b.facts.peopleApprox ?? '-'}</dd>
            </dl>
          </section>
          <section aria-labelledby="breach-timeline">
            <h2 id="breach-timeline">{t('breaches.timeline')}</h2>
            <ul className="plain-list">
              {b.timeline.map((e) => (
                <li key={e.id}>
                  {dateTime(e.at)} - {e.text}
                  {e.decidedBy ? ` (${t('breaches.decidedBy', { name: e.decidedBy })})` : ''}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="breach-draft" className="card">
            <h2 id="breach-draft">{t('breaches.draftTitle')}</h2>
            <p>{t('breaches.draftIntro')}</p>
            <div className="filters filters-inline">
              <SelectField
                id="draft-lang"
                label={t('breaches.draftLanguage')}
                value={lang}
                onChange={(v) => setLang(v === 'fr' ? 'fr' : v === 'de' ? 'de' : 'nl')}
              >
                <option value="nl">Nederlands</option>
                <option value="fr">Français</option>
                <option value="de">Deutsch</option>
              </SelectField>
              <SelectField
                id="draft-part"
                label={t('breaches.draftPart')}
                value={part}
                onChange={(v) => setPart(v === '2' ? '2' : '1')}
              >
                <option value="1">{t('breaches.part1')}</option>
                <option value="2">{t('breaches.part2')}</option>
              </SelectField>
            </div>
            <button type="button" className="button-primary" onClick={generate}>
              {t('breaches.generate')}
            </button>
            {error ? <ErrorMessage error={error} /> : null}
            {draft ? (
              <div data-testid="breach-draft" lang={draft.language}>
                <h3>{draft.title}</h3>
                <p>{draft.intro}</p>
                {draft.sections.map((s) => (
                  <section key={s.id} aria-label={s.heading}>
                    <h4>{s.heading}</h4>
                    <dl className="details">
                      {s.fields.map((f) => (
                        <div key={f.id}>
                          <dt>{f.label}</dt>
                          <dd style={{ whiteSpace: 'pre-line' }}>{f.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </section>
                ))}
                <p>
                  <a
                    href={`/api/v1/orgs/${encodeURIComponent(slug)}/breaches/${encodeURIComponent(id)}/notification-draft/pdf?part=${part}&lang=${lang}`}
                    download
                  >
                    {t('breaches.downloadPdf')}
                  </a>
                </p>
              </div>
            ) : null}
          </section>
        </>
      )}
    </ResourceView>
  )
}
