import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { AgreementForm } from './AgreementForm'
import { CLAUSE_LETTERS, type VendorList } from './types'
import { ProfileForm, TransferForm } from './VendorForms'

/** As controller: the register's vendors, with per vendor its agreements, transfers and profile, and the forms. */
export function VendorsSection({
  slug,
  vendors,
  onSaved,
  onError,
}: {
  slug: string
  vendors: VendorList
  onSaved: (message: string) => void
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation()
  const removeTransfer = async (id: string) => {
    try {
      await call(
        api.DELETE('/api/v1/orgs/{slug}/processors/transfers/{id}', { params: { path: { slug, id } } }),
      )
      onSaved(t('processorForms.transfers.deleted'))
    } catch (error) {
      onError(error)
    }
  }
  return (
    <section className="list-section" aria-labelledby="processors-vendors-title">
      <h2 id="processors-vendors-title">{t('processors.vendors.title')}</h2>
      <p>{t('processors.vendors.intro')}</p>
      {vendors.items.length === 0 ? (
        <p>{t('processors.vendors.none')}</p>
      ) : (
        <table className="table" data-testid="processor-vendors">
          <thead>
            <tr>
              <th scope="col">{t('processors.vendors.name')}</th>
              <th scope="col">{t('processors.vendors.role')}</th>
              <th scope="col">{t('processors.vendors.agreement')}</th>
              <th scope="col">{t('processors.vendors.transfers')}</th>
              <th scope="col">{t('processors.vendors.risk')}</th>
              <th scope="col">{t('processors.vendors.nextReview')}</th>
            </tr>
          </thead>
          <tbody>
            {vendors.items.map((v) => {
              const latest = v.agreements[0]
              const missing = latest ? CLAUSE_LETTERS.filter((l) => !latest.clauses[l]?.present) : []
              return (
                <tr key={v.key}>
                  <th scope="row">
                    {v.name} <span className="meta">({v.country})</span>
                  </th>
                  <td>{t(`processors.roles.${v.role}`, { defaultValue: v.role })}</td>
                  <td>
                    {latest
                      ? `${latest.title}${latest.version ? ` v${latest.version}` : ''}${latest.signedOn ? `, ${latest.signedOn}` : ''}`
                      : t('processors.vendors.noAgreement')}
                    {latest && missing.length > 0 ? (
                      <span className="meta">
                        {' '}
                        - {t('processors.vendors.missing', { points: missing.join(', ') })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {v.transfers
                      .map(
                        (x) =>
                          `${x.country}: ${t(`processors.mechanisms.${x.mechanism}`, { defaultValue: x.mechanism })}${x.sccModule ? ` ${x.sccModule}` : ''}${x.dpfCheckedOn ? ` (${x.dpfCheckedOn})` : ''}`,
                      )
                      .join('; ')}
                  </td>
                  <td>{v.profile.riskLevel ? t(`processors.risk.${v.profile.riskLevel}`) : ''}</td>
                  <td>{v.profile.nextReviewOn ?? ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {vendors.can.write
        ? vendors.items.map((v) => (
            <details key={v.key} className="card" data-testid={`vendor-details-${v.key}`}>
              <summary>{t('processorForms.details', { name: v.name })}</summary>
              <h3>{t('processorForms.agreements.title')}</h3>
              {v.agreements.length === 0 ? (
                <p>{t('processorForms.agreements.none')}</p>
              ) : (
                <ul>
                  {v.agreements.map((a) => {
                    const missing = CLAUSE_LETTERS.filter((l) => !a.clauses[l]?.present)
                    return (
                      <li key={a.id}>
                        {t('processorForms.agreements.summary', {
                          title: a.title,
                          signed: a.signedOn ?? t('processorForms.agreements.unsigned'),
                        })}{' '}
                        <span className="meta">
                          (
                          {missing.length > 0
                            ? t('processorForms.agreements.missing', { points: missing.join(', ') })
                            : t('processorForms.agreements.complete')}
                          )
                        </span>{' '}
                        {a.document ? (
                          <a
                            href={`/api/v1/orgs/${encodeURIComponent(slug)}/processors/agreements/${a.id}/document`}
                            download={a.document.filename}
                          >
                            {t('processorForms.agreements.download', { name: a.document.filename })}
                          </a>
                        ) : (
                          <span className="meta">{t('processorForms.agreements.noDocument')}</span>
                        )}
                        <details data-testid={`agreement-edit-${a.id}`}>
                          <summary>{t('processorForms.agreements.change', { title: a.title })}</summary>
                          <AgreementForm slug={slug} vendorKey={v.key} agreement={a} onSaved={onSaved} />
                        </details>
                      </li>
                    )
                  })}
                </ul>
              )}
              <AgreementForm slug={slug} vendorKey={v.key} onSaved={onSaved} />
              <h3>{t('processorForms.transfers.title')}</h3>
              {v.transfers.length === 0 ? (
                <p>{t('processorForms.transfers.none')}</p>
              ) : (
                <ul>
                  {v.transfers.map((x) => (
                    <li key={x.id}>
                      {x.country}:{' '}
                      {t(`processorForms.transfers.mechanisms.${x.mechanism}`, { defaultValue: x.mechanism })}
                      {x.sccModule
                        ? ` (${t(`processorForms.transfers.sccModules.${String(x.sccModule)}`, { defaultValue: String(x.sccModule) })})`
                        : ''}
                      {x.dpfCheckedOn
                        ? ` - ${t('processorForms.transfers.dpfCheckedOn')} ${x.dpfCheckedOn}`
                        : ''}
                      {x.tiaNote ? <span className="meta"> - TIA: {x.tiaNote}</span> : null}{' '}
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => void removeTransfer(x.id)}
                      >
                        {t('processorForms.transfers.delete', { country: x.country })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <TransferForm slug={slug} vendor={v} onSaved={onSaved} />
              <ProfileForm slug={slug} vendor={v} onSaved={onSaved} />
            </details>
          ))
        : null}
    </section>
  )
}
