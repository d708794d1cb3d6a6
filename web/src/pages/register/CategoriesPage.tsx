import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { TAXONOMY_SEGMENTS, type TaxonomySegment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { SensitivityBadges } from '../../components/register/activity/SensitivityBadges'
import { EntryTable } from '../../components/register/EntryTable'
import { entriesOf } from '../../components/register/entries'
import type { Choice } from '../../components/register/lookup'
import { type RegisterData, useRegisterData } from '../../components/register/useRegisterData'

const CHOICES = {
  'data-categories': 'dataCategories',
  'subject-categories': 'subjectCategories',
  purposes: 'purposes',
  'recipient-types': 'recipientTypes',
} as const satisfies Record<TaxonomySegment, string>

/** The organisation's own data categories, subject categories, purposes and recipient types. */
export function CategoriesPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  // Every taxonomy kind rests on the same actions: the data categories' response says what the caller may do.
  const register = useRegisterData(membership.slug, { segment: 'data-categories' })
  const [flash] = useFlash()
  return (
    <>
      <PageTitle>{t('register.categories.title')}</PageTitle>
      <p className="lead">{t('register.categories.intro')}</p>
      <Notice>{flash}</Notice>
      <ResourceView resource={register}>
        {(data) =>
          TAXONOMY_SEGMENTS.map((segment) => (
            <TaxonomySection key={segment} membership={membership} segment={segment} data={data} />
          ))
        }
      </ResourceView>
    </>
  )
}

interface SectionProps {
  membership: Membership
  segment: TaxonomySegment
  data: RegisterData
}

function TaxonomySection({ membership, segment, data }: SectionProps) {
  const { t } = useTranslation()
  const { slug } = membership
  const { lookup } = data
  const builtIn: Choice[] = lookup[CHOICES[segment]].filter((c) => !c.own)
  const headingId = `categories-${segment}`
  return (
    <section aria-labelledby={headingId} className="card" data-testid={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t(`register.kinds.${segment}`)}</h2>
        {data.can.create ? (
          <a
            href={registerHref(slug, { view: 'entry', segment, key: null })}
            className="button-secondary"
            data-testid={`add-${segment}`}
          >
            {t(`register.newTitles.${segment}`)}
          </a>
        ) : null}
      </div>
      <EntryTable
        label={t(`register.kinds.${segment}`)}
        testId={`${segment}-table`}
        entries={entriesOf(data.doc, segment)}
        nameHeader={t('register.fields.label')}
        name={(e) => lookup.text(e.label)}
        href={(e) => registerHref(slug, { view: 'entry', segment, key: e.key })}
        empty={t('register.categories.noneOwn')}
        columns={[
          { header: t('register.fields.description'), cell: (e) => lookup.text(e.description) || '—' },
          ...(segment === 'data-categories'
            ? [
                {
                  header: t('register.fields.flags'),
                  cell: (e: { key: string }) => <SensitivityBadges flags={lookup.flagsOf(e.key)} />,
                },
              ]
            : []),
        ]}
      />
      <details className="built-in">
        <summary>{t('register.categories.builtIn', { count: builtIn.length })}</summary>
        <ul className="built-in-list">
          {builtIn.map((c) => (
            <li key={c.key}>
              <strong>{c.label}</strong> <code className="muted">{c.key}</code>
              {c.flags ? <SensitivityBadges flags={c.flags} /> : null}
              {c.description ? <p className="hint">{c.description}</p> : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
