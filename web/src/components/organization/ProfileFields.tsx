import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../form/CheckboxField'
import { LanguageCheckboxes } from '../form/LanguageCheckboxes'
import { LanguageSelect } from '../form/LanguageSelect'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import { LEGAL_FORMS, type ProfileDraft } from './profileDraft'

interface Props {
  idPrefix: string
  draft: ProfileDraft
  onChange: (change: Partial<ProfileDraft>) => void
  fieldError: (field: string) => string | undefined
  /** Extra fields shown right after the name (e.g. the short name of a new organisation). */
  afterName?: ReactNode
  /** First-run set-up: legal name and form, address and privacy contact are required, not optional. */
  complete?: boolean
}

/** The fields of the organisation profile, grouped as identity, address, contact and languages. */
export function ProfileFields({ idPrefix, draft, onChange, fieldError, afterName, complete = false }: Props) {
  const { t } = useTranslation()
  const text = (field: keyof ProfileDraft & string) => ({
    id: `${idPrefix}-${field}`,
    value: String(draft[field]),
    onChange: (value: string) => onChange({ [field]: value }),
    error: fieldError(field),
  })
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('organization.identity')}</legend>
        <div className="form-grid">
          <TextField
            {...text('name')}
            label={t('organization.name')}
            required
            maxLength={200}
            autoComplete="organization"
          />
          {afterName}
          <TextField
            {...text('legalName')}
            label={t('organization.legalName')}
            optional={!complete}
            required={complete}
            maxLength={200}
          />
          <SelectField
            id={`${idPrefix}-legalForm`}
            label={t('setup.legalForm')}
            value={draft.legalForm}
            onChange={(legalForm) => onChange({ legalForm })}
            error={fieldError('legalForm')}
          >
            <option value="">-</option>
            {LEGAL_FORMS.map((form) => (
              <option key={form} value={form}>
                {t(`setup.legalForms.${form}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            {...text('enterpriseNumber')}
            label={t('organization.enterpriseNumber')}
            hint={t('organization.enterpriseNumberHint')}
            optional
            inputMode="numeric"
            maxLength={20}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organization.address')}</legend>
        <div className="form-grid">
          <TextField
            {...text('street')}
            label={t('organization.street')}
            optional={!complete}
            required={complete}
            autoComplete="street-address"
          />
          <TextField
            {...text('postalCode')}
            label={t('organization.postalCode')}
            optional={!complete}
            required={complete}
            autoComplete="postal-code"
            className="field-short"
          />
          <TextField
            {...text('city')}
            label={t('organization.city')}
            optional={!complete}
            required={complete}
            autoComplete="address-level2"
          />
          <TextField
            {...text('country')}
            label={t('organization.country')}
            hint={t('organization.countryHint')}
            maxLength={2}
            autoComplete="country"
            className="field-short"
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organization.contact')}</legend>
        <div className="form-grid">
          <TextField {...text('contactEmail')} label={t('organization.contactEmail')} type="email" optional />
          <TextField
            {...text('privacyContactName')}
            label={t('organization.privacyContactName')}
            optional={!complete}
            required={complete}
          />
          <TextField
            {...text('privacyContactEmail')}
            label={t('organization.privacyContactEmail')}
            type="email"
            optional={!complete}
            required={complete}
          />
        </div>
        <CheckboxField
          id={`${idPrefix}-dpoAppointed`}
          label={t('organization.dpoAppointed')}
          checked={draft.dpoAppointed}
          onChange={(dpoAppointed) => onChange({ dpoAppointed })}
          error={fieldError('dpoAppointed')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organization.languageSection')}</legend>
        <LanguageSelect
          id={`${idPrefix}-defaultLanguage`}
          label={t('organization.defaultLanguage')}
          value={draft.defaultLanguage}
          onChange={(defaultLanguage) => onChange({ defaultLanguage })}
          error={fieldError('defaultLanguage')}
        />
        <LanguageCheckboxes
          idPrefix={`${idPrefix}-languages`}
          legend={t('organization.languages')}
          value={draft.languages}
          onChange={(languages) => onChange({ languages })}
          error={fieldError('languages')}
        />
      </fieldset>
    </>
  )
}
