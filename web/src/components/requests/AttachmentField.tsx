import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../app/format'
import { isLanguage, localeOf } from '../../i18n/language'

interface Props {
  id: string
  file: File | null
  onChange: (file: File | null) => void
  error?: string | undefined
}

/** The original of a request (scanned letter, saved e-mail), at most 5 MB; the limit is shown. */
export function AttachmentField({ id, file, onChange, error }: Props) {
  const { t, i18n } = useTranslation()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const describedBy = [`${id}-hint`, file ? `${id}-chosen` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('requests.intake.attachment')} <span className="optional">({t('common.optional')})</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('requests.intake.attachmentHint')}
      </p>
      <input
        type="file"
        id={id}
        data-testid={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      {file ? (
        <p id={`${id}-chosen`} className="hint">
          {t('requests.intake.chosen', { name: file.name, size: formatBytes(file.size, locale) })}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
