import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { SummaryList, type SummaryRow } from '../../register/SummaryList'
import { TypeList } from '../TypeList'

const PORTAL_IDENTITY_METHOD = 'e-mail address verified on the portal'

/** What was asked, and the identity check, extension and closing recorded so far. */
export function RequestFacts({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  const { identity, extension } = request
  const identityText = identity.confirmedAt
    ? t('requests.detail.identityConfirmed', {
        date: date(identity.confirmedAt),
        // The portal records its method in English; say it in the reader's language.
        method:
          identity.method === PORTAL_IDENTITY_METHOD
            ? t('requests.detail.identityPortal')
            : (identity.method ?? ''),
      })
    : identity.requestedAt
      ? t('requests.detail.identityRequested', { date: date(identity.requestedAt) })
      : null
  const rows: SummaryRow[] = [
    [t('requests.detail.types'), <TypeList key="types" types={request.types} long />],
    [
      t('requests.detail.details'),
      request.details ? (
        <p key="details" className="prewrap">
          {request.details}
        </p>
      ) : null,
    ],
    [t('requests.detail.identity'), identityText],
    [
      t('requests.detail.identityNeeded'),
      identity.needed.map((n) =>
        n in EVIDENCE_KEYS ? t(`requests.actions.evidence.${n as keyof typeof EVIDENCE_KEYS}`) : n,
      ),
    ],
    [t('requests.detail.identityReason'), identity.reason],
    [
      t('requests.detail.extension'),
      extension ? t('requests.detail.extendedOn', { date: date(extension.at) }) : null,
    ],
    [t('requests.actions.reasons'), extension?.reasons ?? []],
    [
      t('requests.detail.closed', { date: request.closedAt ? date(request.closedAt) : '' }),
      request.closedAt && request.closeReason
        ? t(`requests.detail.closeReasons.${request.closeReason}`)
        : null,
    ],
  ]
  return (
    <section className="card" aria-labelledby="request-facts-title" data-testid="request-facts">
      <h2 id="request-facts-title">{t('requests.detail.request')}</h2>
      <SummaryList rows={rows} />
    </section>
  )
}

const EVIDENCE_KEYS = {
  email_confirmation: true,
  customer_number: true,
  account_login: true,
  additional_details: true,
  id_document_masked: true,
}
