import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { ChoiceSelect } from '../form/ChoiceSelect'
import { EnumSelect } from '../form/EnumSelect'
import { LocalizedField } from '../form/LocalizedField'
import { TextAreaField } from '../form/TextAreaField'
import type { LegalBasis, PurposeUse } from '../types'
import type { SectionProps } from './activityDraft'

interface Props extends SectionProps {
  item: PurposeUse
  index: number
  update: (change: Partial<PurposeUse>) => void
}

/** One purpose: what for, the legal basis, and what that basis asks to document. */
export function PurposeRow({ item, index, update, lookup, errors }: Props) {
  const { t } = useTranslation()
  const p = (field: string) => `purposes.${index}.${field}`
  const chosen = lookup.purposes.find((c) => c.key === item.purpose)
  const typical = chosen?.typicalLegalBasis
  const purposeHint = [
    chosen?.description,
    typical
      ? t('register.activity.typicalLegalBasis', { basis: lookup.enumLabel('legalBases', typical) })
      : null,
  ]
    .filter(Boolean)
    .join(' ')
  const basis = item.legalBasis
  return (
    <>
      <div className="form-grid">
        <ChoiceSelect
          path={p('purpose')}
          label={t('register.fields.purpose')}
          choices={lookup.purposes}
          value={item.purpose || undefined}
          onChange={(purpose) => update({ purpose: purpose ?? '' })}
          hint={purposeHint || undefined}
          errors={errors}
          testId={`purpose-${index}`}
        />
        <EnumSelect
          path={p('legalBasis')}
          label={t('register.fields.legalBasis')}
          name="legalBases"
          value={basis}
          onChange={(legalBasis) => update({ legalBasis: legalBasis as LegalBasis | undefined })}
          lookup={lookup}
          errors={errors}
          optional
          hint={t('register.activity.legalBasisHint')}
          testId={`legal-basis-${index}`}
        />
      </div>
      {basis === 'legitimate_interests' || item.legitimateInterest ? (
        <div className="conditional">
          <LocalizedField
            path={p('legitimateInterest.interest')}
            label={t('register.fields.interest')}
            hint={t('register.activity.interestHint')}
            value={item.legitimateInterest?.interest}
            onChange={(interest) =>
              update({
                legitimateInterest:
                  interest === undefined && !item.legitimateInterest?.balancingTest
                    ? undefined
                    : { ...item.legitimateInterest, interest: interest ?? '' },
              })
            }
            errors={errors}
            multiline
          />
          <LocalizedField
            path={p('legitimateInterest.balancingTest')}
            label={t('register.fields.balancingTest')}
            hint={t('register.activity.balancingTestHint')}
            value={item.legitimateInterest?.balancingTest}
            onChange={(balancingTest) =>
              update({
                legitimateInterest:
                  balancingTest === undefined && !item.legitimateInterest?.interest
                    ? undefined
                    : { interest: item.legitimateInterest?.interest ?? '', balancingTest },
              })
            }
            errors={errors}
            multiline
          />
        </div>
      ) : null}
      {basis === 'legal_obligation' || item.legalObligation ? (
        <div className="conditional">
          <LocalizedField
            path={p('legalObligation.law')}
            label={t('register.fields.law')}
            hint={t('register.activity.lawHint')}
            value={item.legalObligation?.law}
            onChange={(law) => update({ legalObligation: law ? { law } : undefined })}
            errors={errors}
          />
        </div>
      ) : null}
      {basis === 'consent' || item.consentWithdrawal ? (
        <div className="conditional">
          <LocalizedField
            path={p('consentWithdrawal')}
            label={t('register.fields.consentWithdrawal')}
            hint={t('register.activity.consentWithdrawalHint')}
            value={item.consentWithdrawal}
            onChange={(consentWithdrawal) => update({ consentWithdrawal })}
            errors={errors}
            multiline
          />
          <TextField
            id={errors.idOf(p('consentInGerman.label'))}
            label={t('register.fields.consentInGermanLabel')}
            hint={t('register.activity.consentInGermanHint')}
            optional
            lang="de"
            value={item.consentInGerman?.label ?? ''}
            onChange={(label) =>
              update({
                consentInGerman:
                  label.trim() === '' && !item.consentInGerman?.description
                    ? undefined
                    : { ...item.consentInGerman, label },
              })
            }
            error={errors.fieldError(p('consentInGerman.label'))}
            testId={`consent-german-label-${index}`}
          />
          <TextAreaField
            id={errors.idOf(p('consentInGerman.description'))}
            label={t('register.fields.consentInGermanDescription')}
            optional
            lang="de"
            value={item.consentInGerman?.description ?? ''}
            onChange={(description) =>
              update({
                consentInGerman:
                  description.trim() === '' && !item.consentInGerman?.label
                    ? undefined
                    : {
                        label: item.consentInGerman?.label ?? '',
                        ...(description.trim() === '' ? {} : { description }),
                      },
              })
            }
            error={errors.fieldError(p('consentInGerman.description'))}
            testId={`consent-german-description-${index}`}
          />
        </div>
      ) : null}
      <LocalizedField
        path={p('description')}
        label={t('register.fields.description')}
        value={item.description}
        onChange={(description) => update({ description })}
        errors={errors}
        multiline
        optional
      />
    </>
  )
}
