import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useLanguage } from '../../app/useLanguage'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { SelectField } from '../../components/form/SelectField'
import { useAction } from './useAction'

type DraftLanguage = 'nl' | 'fr' | 'de'
type Draft = Awaited<ReturnType<typeof loadDraft>>

const loadDraft = (slug: string, id: string, part: '1' | '2', lang: DraftLanguage) =>
  call(
    api.GET('/api/v1/orgs/{slug}/breaches/{id}/notification-draft', {
      params: { path: { slug, id }, query: { part, lang } },
    }),
  )

/**
 * The GBA notification (part 1 or 2) as a draft in Dutch, French or German: field by field, as text to paste into
 * the GBA's form, and as PDF. Only what was entered; a field nobody filled in says so.
 */
export function DraftSection({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [lang, setLang] = useState<DraftLanguage>(language === 'fr' ? 'fr' : 'nl')
  const [part, setPart] = useState<'1' | '2'>('1')
  const [draft, setDraft] = useState<Draft | null>(null)
  const action = useAction()

  const generate = () =>
    action.run(async () => {
      setDraft(await loadDraft(slug, id, part, lang))
    })

  const pdf = `/api/v1/orgs/${encodeURIComponent(slug)}/breaches/${encodeURIComponent(id)}/notification-draft/pdf?part=${part}&lang=${lang}`
  return (
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
      <button type="button" className="button-primary" onClick={generate} disabled={action.busy}>
        {t('breaches.generate')}
      </button>
      <ErrorMessage error={action.error} />
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
          <div className="field">
            <label htmlFor="draft-text">{t('breaches.flow.draftText')}</label>
            <textarea id="draft-text" readOnly rows={12} value={draft.text} />
          </div>
          <p>
            <a href={pdf} download>
              {t('breaches.downloadPdf')}
            </a>
          </p>
        </div>
      ) : null}
    </section>
  )
}
