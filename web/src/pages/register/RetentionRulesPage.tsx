import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { registerHref } from '../../app/routes'
import { CataloguePicker } from '../../components/register/CataloguePicker'
import { retentionRuleOf } from '../../components/register/catalogueEntries'
import { EntryTable } from '../../components/register/EntryTable'
import { formatDuration } from '../../components/register/format'
import { ListPage } from '../../components/register/ListPage'
import { textIn } from '../../components/register/localized'

/** Retention periods (bewaartermijnen), with the common Belgian periods ready to add. */
export function RetentionRulesPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  return (
    <ListPage
      membership={membership}
      title={t('register.retention.title')}
      intro={t('register.retention.intro')}
      segment="retention-rules"
      addLabel={t('register.retention.add')}
      catalogueHeadingId="catalogue-retention-rules"
    >
      {({ doc, lookup, catalogue, can }) => (
        <>
          <EntryTable
            label={t('register.retention.title')}
            testId="retention-table"
            entries={doc.retentionRules}
            nameHeader={t('register.fields.name')}
            name={(r) => lookup.text(r.name)}
            href={(r) => registerHref(slug, { view: 'entry', segment: 'retention-rules', key: r.key })}
            empty={t('register.retention.empty')}
            columns={[
              {
                header: t('register.fields.duration'),
                cell: (r) => formatDuration(r.duration, lookup.language),
                className: 'nowrap',
              },
              {
                header: t('register.fields.trigger'),
                cell: (r) => lookup.enumLabel('retentionTriggers', r.trigger),
              },
              {
                header: t('register.fields.action'),
                cell: (r) => lookup.enumLabel('retentionActions', r.action ?? 'delete'),
              },
              {
                header: t('register.fields.statutoryReference'),
                cell: (r) => textIn(r.statutoryReference, lookup.language) ?? '—',
              },
            ]}
          />
          <CataloguePicker
            slug={slug}
            segment="retention-rules"
            title={t('register.retention.catalogueTitle')}
            intro={t('register.retention.catalogueIntro')}
            canWrite={can.create}
            items={catalogue.retentionPeriods.map((p) => {
              const rule = retentionRuleOf(p)
              return {
                key: p.key,
                name: p.labels[lookup.language],
                details: [
                  formatDuration(rule.duration, lookup.language),
                  textIn(rule.statutoryReference, lookup.language),
                ]
                  .filter(Boolean)
                  .join(' · '),
                description: p.descriptions?.[lookup.language],
                entry: rule,
                addedAs: doc.retentionRules.find((r) => r.fromCatalogue === p.key)?.key ?? null,
              }
            })}
          />
        </>
      )}
    </ListPage>
  )
}
