import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../api/types'
import { useLanguage } from '../../../app/useLanguage'
import { exportHref, fileHref } from '../registerApi'

/** Downloads: the register file (YAML, JSON) and the register for people (XLSX, CSV, PDF) in one language. */
export function ExportSection({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [lang, setLang] = useState<Language>(language)
  return (
    <section aria-labelledby="export-title" className="card" data-testid="export-section">
      <h2 id="export-title">{t('register.io.exportTitle')}</h2>
      <h3>{t('register.io.fileTitle')}</h3>
      <p className="hint">{t('register.io.fileIntro')}</p>
      <div className="export-links">
        <a href={fileHref(slug, 'yaml')} download className="button-secondary" data-testid="download-yaml">
          {t('register.io.downloadYaml')}
        </a>
        <a href={fileHref(slug, 'json')} download className="button-secondary" data-testid="download-json">
          {t('register.io.downloadJson')}
        </a>
      </div>
      <h3>{t('register.io.documentTitle')}</h3>
      <p className="hint">{t('register.io.documentIntro')}</p>
      <fieldset className="fieldset fieldset-nested">
        <legend>{t('register.io.language')}</legend>
        <div className="checkbox-row">
          {LANGUAGES.map((l) => (
            <div key={l} className="radio-field">
              <input
                type="radio"
                id={`export-lang-${l}`}
                name="export-lang"
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              <label htmlFor={`export-lang-${l}`}>{t(`languages.${l}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="export-links">
        {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
          <a
            key={format}
            href={exportHref(slug, format, lang)}
            download
            className="button-secondary"
            data-testid={`download-${format}`}
          >
            {t(`register.io.download.${format}`, { language: t(`languages.${lang}`) })}
          </a>
        ))}
      </div>
    </section>
  )
}
