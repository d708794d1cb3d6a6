import { useTranslation } from 'react-i18next'
import { useMe } from '../../app/SessionContext'
import { CopyButton } from '../CopyButton'

/** The address of the public request form the server renders, to share with data subjects. */
export function PublicFormCard({ slug }: { slug: string }) {
  const { t } = useTranslation()
  // The address mails and letters give (CUSTOS_PUBLIC_URL), not the one this browser happens to use.
  const url = `${useMe().publicUrl}/p/${encodeURIComponent(slug)}/request`
  return (
    <section className="card public-form-card" aria-labelledby="public-form-title" data-testid="public-form">
      <h2 id="public-form-title">{t('requests.portal.title')}</h2>
      <p>{t('requests.portal.text')}</p>
      <p className="public-url">
        <a href={url} data-testid="public-form-link">
          {url}
        </a>
      </p>
      <CopyButton text={url} label={t('requests.portal.copy')} />
    </section>
  )
}
