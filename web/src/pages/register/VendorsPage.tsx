import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { registerHref } from '../../app/routes'
import { EntryTable } from '../../components/register/EntryTable'
import { ListPage } from '../../components/register/ListPage'

/** Suppliers that receive personal data (verwerkers / sous-traitants and others), with their agreements. */
export function VendorsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  const { slug } = membership
  return (
    <ListPage
      membership={membership}
      title={t('register.vendors.title')}
      intro={t('register.vendors.intro')}
      segment="vendors"
      addLabel={t('register.vendors.add')}
    >
      {({ doc, lookup }) => (
        <EntryTable
          label={t('register.vendors.title')}
          testId="vendors-table"
          entries={doc.vendors}
          nameHeader={t('register.fields.name')}
          name={(v) => v.name}
          href={(v) => registerHref(slug, { view: 'entry', segment: 'vendors', key: v.key })}
          empty={t('register.vendors.empty')}
          columns={[
            {
              header: t('register.fields.role'),
              cell: (v) => lookup.enumLabel('vendorRoles', v.role ?? 'processor'),
            },
            { header: t('register.fields.country'), cell: (v) => v.country ?? 'BE' },
            { header: t('register.fields.services'), cell: (v) => v.services ?? '—' },
            {
              header: t('register.fields.dpa'),
              cell: (v) =>
                v.dpa?.signed ? (
                  <span className="badge badge-active">
                    {v.dpa.date
                      ? t('register.vendors.signedOn', { date: date(v.dpa.date) })
                      : t('register.vendors.signed')}
                  </span>
                ) : (
                  <span className="badge badge-warning">{t('register.vendors.notSigned')}</span>
                ),
            },
          ]}
        />
      )}
    </ListPage>
  )
}
