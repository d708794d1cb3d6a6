import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { registerHref } from '../../app/routes'
import { EntryTable } from '../../components/register/EntryTable'
import { ListPage } from '../../components/register/ListPage'

/** The IT systems and filing systems where personal data is kept. */
export function SystemsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  return (
    <ListPage
      membership={membership}
      title={t('register.systems.title')}
      intro={t('register.systems.intro')}
      segment="systems"
      addLabel={t('register.systems.add')}
    >
      {({ doc, lookup }) => (
        <EntryTable
          label={t('register.systems.title')}
          testId="systems-table"
          entries={doc.systems}
          nameHeader={t('register.fields.name')}
          name={(s) => s.name}
          href={(s) => registerHref(slug, { view: 'entry', segment: 'systems', key: s.key })}
          empty={t('register.systems.empty')}
          columns={[
            {
              header: t('register.fields.type'),
              cell: (s) => lookup.enumLabel('systemTypes', s.type ?? 'saas'),
            },
            {
              header: t('register.fields.vendor'),
              cell: (s) => (s.vendor ? lookup.nameOf.vendor(s.vendor) : '—'),
            },
            { header: t('register.fields.hostingCountry'), cell: (s) => s.hostingCountry ?? '—' },
            {
              header: t('register.fields.measures'),
              cell: (s) => (s.measures ?? []).map(lookup.nameOf.measure).join(', ') || '—',
            },
          ]}
        />
      )}
    </ListPage>
  )
}
