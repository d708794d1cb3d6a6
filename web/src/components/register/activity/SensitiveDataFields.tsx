import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../form/EnumSelect'
import { LocalizedField } from '../form/LocalizedField'
import { type SectionProps, sensitivityOf } from './activityDraft'

type Art9Condition = NonNullable<SectionProps['draft']['art9Condition']>

/** The extra legal grounds that special, criminal or national-number data need; shown only when relevant. */
export function SensitiveDataFields({ draft, change, lookup, errors }: SectionProps) {
  const { t } = useTranslation()
  const needs = sensitivityOf(draft, lookup)
  const special = needs.special || draft.art9Condition !== undefined || draft.art9Details !== undefined
  const criminal = needs.criminal || draft.criminalDataBasis !== undefined
  const nationalNumber = needs.nationalNumber || draft.nationalNumberAuthorisation !== undefined
  if (!special && !criminal && !nationalNumber) return null
  return (
    <fieldset className="fieldset fieldset-nested fieldset-warning" data-testid="sensitive-data">
      <legend>{t('register.activity.sensitiveSection')}</legend>
      <p className="hint">{t('register.activity.sensitiveHint')}</p>
      {special ? (
        <>
          <EnumSelect
            path="art9Condition"
            label={t('register.fields.art9Condition')}
            name="art9Conditions"
            value={draft.art9Condition}
            onChange={(v) => change({ art9Condition: v as Art9Condition | undefined })}
            lookup={lookup}
            errors={errors}
            optional
            testId="art9-condition"
          />
          <LocalizedField
            path="art9Details"
            label={t('register.fields.art9Details')}
            value={draft.art9Details}
            onChange={(art9Details) => change({ art9Details })}
            errors={errors}
            multiline
            optional
          />
        </>
      ) : null}
      {criminal ? (
        <LocalizedField
          path="criminalDataBasis"
          label={t('register.fields.criminalDataBasis')}
          hint={t('register.activity.criminalDataBasisHint')}
          value={draft.criminalDataBasis}
          onChange={(criminalDataBasis) => change({ criminalDataBasis })}
          errors={errors}
        />
      ) : null}
      {nationalNumber ? (
        <LocalizedField
          path="nationalNumberAuthorisation"
          label={t('register.fields.nationalNumberAuthorisation')}
          hint={t('register.activity.nationalNumberHint')}
          value={draft.nationalNumberAuthorisation}
          onChange={(nationalNumberAuthorisation) => change({ nationalNumberAuthorisation })}
          errors={errors}
        />
      ) : null}
    </fieldset>
  )
}
