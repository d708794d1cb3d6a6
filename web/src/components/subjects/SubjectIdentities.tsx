import { useTranslation } from 'react-i18next'
import type { SubjectIdentity } from '../../api/types'
import { TableWrap } from '../TableWrap'
import { IdentityAge } from './IdentityAge'

/** The identities of a subject; the values are shown as the API gives them (national numbers masked). */
export function SubjectIdentities({ identities }: { identities: SubjectIdentity[] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="identities-title" data-testid="subject-identities">
      <h2 id="identities-title">{t('subjects.detail.identities')}</h2>
      {identities.length === 0 ? (
        <p>{t('subjects.detail.noIdentities')}</p>
      ) : (
        <>
          {identities.some((i) => i.masked) ? (
            <p className="hint">{t('subjects.detail.maskedNote')}</p>
          ) : null}
          <TableWrap label={t('subjects.detail.identities')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('subjects.detail.kind')}</th>
                  <th scope="col">{t('subjects.detail.value')}</th>
                  <th scope="col">{t('subjects.detail.system')}</th>
                </tr>
              </thead>
              <tbody>
                {identities.map((i) => (
                  <tr key={i.id} data-testid="identity" data-kind={i.kind}>
                    <th scope="row">{t(`subjects.kinds.${i.kind}`)}</th>
                    <td className="identity-value">
                      {i.display}
                      {i.masked ? <span className="muted"> ({t('subjects.masked')})</span> : null}
                      <IdentityAge age={i.age} />
                    </td>
                    <td>{i.systemKey ?? t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  )
}
