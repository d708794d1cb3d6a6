import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { LetterItem } from './LetterItem'

/** The letters of the request: acknowledgement, identity, extension, answer… */
export function LettersSection({ slug, request }: { slug: string; request: RequestDetail }) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="letters-title" data-testid="request-letters">
      <h2 id="letters-title">{t('requests.letters.title')}</h2>
      {request.letters.length === 0 ? (
        <p>{t('requests.letters.empty')}</p>
      ) : (
        <ul className="letter-list">
          {request.letters.map((letter) => (
            <LetterItem key={letter.id} slug={slug} requestId={request.id} letter={letter} />
          ))}
        </ul>
      )}
    </section>
  )
}
