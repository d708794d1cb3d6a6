import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { registerHref } from '../../app/routes'
import { CataloguePicker } from '../../components/register/CataloguePicker'
import { measureOf } from '../../components/register/catalogueEntries'
import { EntryTable } from '../../components/register/EntryTable'
import { ListPage } from '../../components/register/ListPage'

/** Technical and organisational security measures (Art. 32), with a catalogue of common ones. */
export function MeasuresPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  return (
    <ListPage
      membership={membership}
      title={t('register.measures.title')}
      intro={t('register.measures.intro')}
      segment="measures"
      addLabel={t('register.measures.add')}
      catalogueHeadingId="catalogue-measures-technical"
    >
      {({ doc, lookup, catalogue, can }) => (
        <>
          <EntryTable
            label={t('register.measures.title')}
            testId="measures-table"
            entries={doc.measures}
            nameHeader={t('register.fields.name')}
            name={(m) => lookup.text(m.name)}
            href={(m) => registerHref(slug, { view: 'entry', segment: 'measures', key: m.key })}
            empty={t('register.measures.empty')}
            columns={[
              { header: t('register.fields.type'), cell: (m) => t(`register.measureTypes.${m.type}`) },
              { header: t('register.fields.description'), cell: (m) => lookup.text(m.description) || '—' },
            ]}
          />
          {(['technical', 'organisational'] as const).map((type) => (
            <CataloguePicker
              key={type}
              id={`measures-${type}`}
              slug={slug}
              segment="measures"
              title={t(`register.measures.catalogueTitle.${type}`)}
              intro={t('register.measures.catalogueIntro')}
              canWrite={can.create}
              items={catalogue.securityMeasures
                .filter((m) => m.type === type)
                .map((m) => {
                  const entry = measureOf(m)
                  return {
                    key: m.key,
                    name: m.labels[lookup.language],
                    details: t(`register.measureTypes.${m.type}`),
                    description: m.descriptions?.[lookup.language],
                    entry,
                    addedAs: doc.measures.find((x) => x.fromCatalogue === m.key)?.key ?? null,
                  }
                })}
            />
          ))}
        </>
      )}
    </ListPage>
  )
}
