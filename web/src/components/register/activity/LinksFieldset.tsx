import { useTranslation } from 'react-i18next'
import { registerHref } from '../../../app/routes'
import { KeyCheckboxes } from '../form/KeyCheckboxes'
import type { SectionProps } from './activityDraft'
import { InlineCreate } from './InlineCreate'
import { RetentionField } from './RetentionField'

interface Props extends SectionProps {
  slug: string
  /** A system or retention rule was created from the form: the register is read again. */
  onRegisterChanged: () => void
}

/** The systems the data is kept in, the retention rules that apply, and the security measures (Art. 32). */
export function LinksFieldset(props: Props) {
  const { t } = useTranslation()
  const { draft, change, lookup, errors, data, slug, onRegisterChanged } = props
  const nothingYet = (page: 'systems' | 'measures') => (
    <p className="muted">
      {t('register.activity.nothingYet')}{' '}
      <a href={registerHref(slug, { view: page })}>{t(`register.nav.${page}`)}</a>
    </p>
  )
  return (
    <fieldset className="fieldset section" data-testid="activity-links">
      <legend>{t('register.activity.linksSection')}</legend>
      <KeyCheckboxes
        path="systems"
        legend={t('register.fields.systems')}
        hint={t('register.activity.systemsHint')}
        options={data.doc.systems.map((s) => ({
          key: s.key,
          label: s.name,
          description: s.type ? lookup.enumLabel('systemTypes', s.type) : undefined,
        }))}
        value={draft.systems ?? []}
        onChange={(systems) => change({ systems })}
        errors={errors}
        empty={nothingYet('systems')}
        nested
        testId="activity-systems"
      />
      <InlineCreate
        slug={slug}
        segment="systems"
        data={data}
        onCreated={(key) => {
          change({ systems: [...(draft.systems ?? []), key] })
          onRegisterChanged()
        }}
      />
      <RetentionField {...props} />
      <KeyCheckboxes
        path="measures"
        legend={t('register.fields.measures')}
        hint={t('register.activity.measuresHint')}
        options={data.doc.measures.map((m) => ({
          key: m.key,
          label: lookup.text(m.name) || m.key,
          description: t(`register.measureTypes.${m.type}`),
        }))}
        value={draft.measures ?? []}
        onChange={(measures) => change({ measures })}
        errors={errors}
        empty={nothingYet('measures')}
        nested
        testId="activity-measures"
      />
    </fieldset>
  )
}
