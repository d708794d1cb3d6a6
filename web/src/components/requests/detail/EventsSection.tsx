import { useTranslation } from 'react-i18next'
import type { RequestDetail, RequestEvent } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { requestsNl } from '../../../i18n/requests/nl'
import { isKnownSystemActor, systemActorText } from '../../audit/actorText'

type EventKind = keyof typeof requestsNl.events.kinds
type Status = RequestDetail['status']

const isKind = (kind: string): kind is EventKind => kind in requestsNl.events.kinds
const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && value in requestsNl.statuses

/** The history of the request, newest last, as the server recorded it. */
export function EventsSection({ events }: { events: RequestEvent[] }) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const label = (kind: string) => {
    const short = kind.replace(/^request\./, '')
    return isKind(short) ? t(`requests.events.kinds.${short}`) : kind
  }
  return (
    <section className="card" aria-labelledby="events-title" data-testid="request-events">
      <h2 id="events-title">{t('requests.events.title')}</h2>
      {events.length === 0 ? (
        <p>{t('requests.events.empty')}</p>
      ) : (
        <ol className="event-list">
          {events.map((event) => {
            const { from, to } = event.data
            const changed = isStatus(from) && isStatus(to) && from !== to
            return (
              <li key={event.id} className="event" data-testid="event" data-kind={event.kind}>
                <time dateTime={event.at} className="event-time">
                  {dateTime(event.at)}
                </time>
                <span className="event-what">
                  <strong>{label(event.kind)}</strong>
                  {changed ? (
                    <span className="muted">
                      {' '}
                      ·{' '}
                      {t('requests.events.change', {
                        from: t(`requests.statuses.${from}`),
                        to: t(`requests.statuses.${to}`),
                      })}
                    </span>
                  ) : null}
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {isKnownSystemActor(event.actorLabel)
                      ? systemActorText(t, event.actorLabel)
                      : event.actorLabel}
                  </span>
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
