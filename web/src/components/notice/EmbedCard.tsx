import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../api/types'
import { CopyButton } from '../CopyButton'
import { SelectField } from '../form/SelectField'
import { publicHref } from './noticeApi'

const NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }
/** The link text and frame title in the language of the snippet (the website's language, not the user's). */
const NOTICE_NAME: Record<Language, string> = {
  nl: 'Privacyverklaring',
  fr: 'Déclaration de confidentialité',
  en: 'Privacy notice',
}

/** Escapes text for an HTML attribute or element in the snippets. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/**
 * A URL in an attribute: quotes and angle brackets escaped; '&' left as it is, which HTML allows before a query
 * parameter ('&lang=nl' is no character reference) and which reads as the address people expect.
 */
const url = (href: string) => href.replace(/"/g, '%22').replace(/</g, '%3C').replace(/>/g, '%3E')

function Snippet({ id, label, hint, code }: { id: string; label: string; hint: string; code: string }) {
  const { t } = useTranslation()
  return (
    <div className="snippet">
      <h3>{label}</h3>
      <p className="hint">{hint}</p>
      <pre className="snippet-code" data-testid={id}>
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={t('notice.publication.copyNamed', { name: label })} />
    </div>
  )
}

interface Props {
  publicUrl: string
  organizationName: string
  languages: readonly Language[]
  defaultLanguage: Language
  published: boolean
}

/** The public address of the notice and ready-made snippets to link to it or show it on the organisation's website. */
export function EmbedCard({ publicUrl, organizationName, languages, defaultLanguage, published }: Props) {
  const { t } = useTranslation()
  const [language, setLanguage] = useState<Language>(defaultLanguage)
  const name = NOTICE_NAME[language]
  const link = `<a href="${url(publicHref(publicUrl, { lang: language }))}">${html(name)}</a>`
  const frame = `<iframe src="${url(publicHref(publicUrl, { embed: true, lang: language }))}" title="${html(organizationName ? `${name} – ${organizationName}` : name)}" width="100%" height="800"></iframe>`
  const json = publicHref(publicUrl, { format: 'json', lang: language })
  return (
    <>
      {published ? null : (
        <p className="alert alert-warning" data-testid="publication-unpublished">
          {t('notice.publication.notPublished')}
        </p>
      )}
      <section aria-labelledby="public-url-title" className="card" data-testid="public-url-card">
        <h2 id="public-url-title">{t('notice.publication.urlTitle')}</h2>
        <p className="hint">{t('notice.publication.urlIntro')}</p>
        <p className="public-url">
          <a href={publicUrl} data-testid="public-url">
            {publicUrl}
          </a>
        </p>
        <CopyButton text={publicUrl} label={t('notice.publication.copyUrl')} />
      </section>
      <section aria-labelledby="embed-title" className="card" data-testid="embed-card">
        <h2 id="embed-title">{t('notice.publication.embedTitle')}</h2>
        <p className="hint">{t('notice.publication.embedIntro')}</p>
        <SelectField
          id="embed-language"
          label={t('notice.publication.language')}
          value={language}
          onChange={(value) => {
            const next = languages.find((l) => l === value)
            if (next) setLanguage(next)
          }}
          className="field-medium"
          testId="embed-language"
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {NAMES[l]}
            </option>
          ))}
        </SelectField>
        <Snippet
          id="snippet-link"
          label={t('notice.publication.linkSnippet')}
          hint={t('notice.publication.linkSnippetHint')}
          code={link}
        />
        <Snippet
          id="snippet-iframe"
          label={t('notice.publication.iframeSnippet')}
          hint={t('notice.publication.iframeSnippetHint')}
          code={frame}
        />
      </section>
      <section aria-labelledby="developers-title" className="card" data-testid="developers-card">
        <h2 id="developers-title">{t('notice.publication.developersTitle')}</h2>
        <p className="hint">{t('notice.publication.developersIntro')}</p>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{t('notice.publication.jsonUrl')}</dt>
            <dd>
              <code data-testid="json-url">{json}</code> <CopyButton text={json} />
            </dd>
          </div>
          <div className="summary-row">
            <dt>{t('notice.publication.otherFormats')}</dt>
            <dd>
              <code>{publicHref(publicUrl, { format: 'pdf', lang: language })}</code>
              <br />
              <code>{publicHref(publicUrl, { format: 'md', lang: language })}</code>
            </dd>
          </div>
          <div className="summary-row">
            <dt>{t('notice.publication.versionUrls')}</dt>
            <dd>
              <code>{`${publicUrl}/versions/{n}.json?lang=${language}`}</code>
            </dd>
          </div>
        </dl>
      </section>
    </>
  )
}
