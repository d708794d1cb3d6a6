import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import { TextField } from '../../form/TextField'
import { EnumRadios } from '../form/EnumRadios'
import type { Vendor } from '../types'
import type { RegisterData } from '../useRegisterData'
import type { FieldsProps } from './EntryForm'

type VendorRole = NonNullable<Vendor['role']>

/** A supplier that receives personal data: identity, role under the GDPR and the data processing agreement. */
export function VendorFields({ draft, change, errors, data }: FieldsProps<Vendor> & { data: RegisterData }) {
  const { t } = useTranslation()
  const dpa = draft.dpa ?? { signed: false }
  const text = (field: 'enterpriseNumber' | 'vatNumber' | 'services', label: string, hint?: string) => (
    <TextField
      id={errors.idOf(field)}
      label={label}
      hint={hint}
      optional
      value={draft[field] ?? ''}
      onChange={(v) => change({ [field]: v || undefined })}
      error={errors.fieldError(field)}
    />
  )
  return (
    <>
      <fieldset className="fieldset section">
        <legend>{t('register.kinds.vendors')}</legend>
        <div className="form-grid">
          <TextField
            id={errors.idOf('name')}
            label={t('register.fields.name')}
            value={draft.name}
            onChange={(name) => change({ name })}
            error={errors.fieldError('name')}
            testId="vendor-name"
          />
          <TextField
            id={errors.idOf('country')}
            label={t('register.fields.country')}
            hint={t('register.form.countryHint')}
            maxLength={2}
            value={draft.country ?? 'BE'}
            onChange={(v) => change({ country: v.toUpperCase() })}
            error={errors.fieldError('country')}
            className="field-short"
          />
          {text(
            'enterpriseNumber',
            t('register.fields.enterpriseNumber'),
            t('organization.enterpriseNumberHint'),
          )}
          {text('vatNumber', t('register.fields.vatNumber'))}
        </div>
        {text('services', t('register.fields.services'), t('register.vendors.servicesHint'))}
        <EnumRadios
          path="role"
          legend={t('register.fields.role')}
          name="vendorRoles"
          value={draft.role ?? 'processor'}
          onChange={(role) => change({ role: role as VendorRole })}
          lookup={data.lookup}
          errors={errors}
        />
      </fieldset>
      <fieldset className="fieldset section">
        <legend>{t('register.fields.dpa')}</legend>
        <p className="hint">{t('register.vendors.dpaHint')}</p>
        <CheckboxField
          id={errors.idOf('dpa.signed')}
          label={t('register.vendors.dpaSigned')}
          checked={dpa.signed}
          onChange={(signed) => change({ dpa: { ...dpa, signed } })}
          error={errors.fieldError('dpa.signed')}
        />
        <div className="form-grid">
          <TextField
            id={errors.idOf('dpa.date')}
            label={t('register.activity.agreementDate')}
            type="date"
            optional
            value={dpa.date ?? ''}
            onChange={(date) => change({ dpa: { ...dpa, date: date || undefined } })}
            error={errors.fieldError('dpa.date')}
          />
          <TextField
            id={errors.idOf('dpa.documentUrl')}
            label={t('register.fields.documentUrl')}
            type="url"
            optional
            value={dpa.documentUrl ?? ''}
            onChange={(documentUrl) => change({ dpa: { ...dpa, documentUrl: documentUrl || undefined } })}
            error={errors.fieldError('dpa.documentUrl')}
          />
        </div>
      </fieldset>
    </>
  )
}
