import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { EnumSelect } from '../form/EnumSelect'
import { KeyCheckboxes } from '../form/KeyCheckboxes'
import { KeySelect } from '../form/KeySelect'
import { LocalizedField } from '../form/LocalizedField'
import { Rows } from '../form/Rows'
import type { LocalizedText } from '../localized'
import type { RegisterSystem } from '../types'
import type { RegisterData } from '../useRegisterData'
import type { FieldsProps } from './EntryForm'

type SystemType = NonNullable<RegisterSystem['type']>

/** An IT system or filing system the data is kept in, where it is hosted and how it is protected. */
export function SystemFields({
  draft,
  change,
  errors,
  data,
}: FieldsProps<RegisterSystem> & { data: RegisterData }) {
  const { t } = useTranslation()
  const { lookup, doc } = data
  return (
    <fieldset className="fieldset section">
      <legend>{t('register.kinds.systems')}</legend>
      <div className="form-grid">
        <TextField
          id={errors.idOf('name')}
          label={t('register.fields.name')}
          value={draft.name}
          onChange={(name) => change({ name })}
          error={errors.fieldError('name')}
          testId="system-name"
        />
        <EnumSelect
          path="type"
          label={t('register.fields.type')}
          name="systemTypes"
          value={draft.type ?? 'saas'}
          onChange={(type) => change({ type: (type ?? 'saas') as SystemType })}
          lookup={lookup}
          errors={errors}
        />
      </div>
      <LocalizedField
        path="description"
        label={t('register.fields.description')}
        value={draft.description}
        onChange={(description) => change({ description })}
        errors={errors}
        multiline
        optional
      />
      <div className="form-grid">
        <KeySelect
          path="vendor"
          label={t('register.fields.vendor')}
          options={doc.vendors.map((v) => ({ key: v.key, label: v.name }))}
          value={draft.vendor}
          onChange={(vendor) => change({ vendor })}
          errors={errors}
        />
        <TextField
          id={errors.idOf('hostingCountry')}
          label={t('register.fields.hostingCountry')}
          hint={t('register.form.countryHint')}
          optional
          maxLength={2}
          value={draft.hostingCountry ?? ''}
          onChange={(v) => change({ hostingCountry: v.toUpperCase() || undefined })}
          error={errors.fieldError('hostingCountry')}
          className="field-short"
        />
      </div>
      <LocalizedField
        path="location"
        label={t('register.fields.location')}
        optional
        value={draft.location}
        onChange={(location) => change({ location })}
        errors={errors}
      />
      <Rows<{ text: LocalizedText }>
        path="certifications"
        legend={t('register.fields.certifications')}
        hint={t('register.form.certificationsHint')}
        items={(draft.certifications ?? []).map((text) => ({ text }))}
        onChange={(rows) => change({ certifications: rows.map((r) => r.text) })}
        newItem={() => ({ text: '' })}
        rowLegend={(i) => t('register.form.certificationRow', { n: i + 1 })}
        addLabel={t('register.form.addCertification')}
        empty={t('register.form.noCertifications')}
        errors={errors}
        testId="certifications"
        renderRow={(item, i, update) => (
          <LocalizedField
            path={`certifications.${i}`}
            label={t('register.fields.certifications')}
            value={item.text}
            onChange={(text) => update({ text: text ?? '' })}
            errors={errors}
            testId={`certification-${i}`}
          />
        )}
      />
      <KeyCheckboxes
        path="measures"
        legend={t('register.fields.measures')}
        options={doc.measures.map((m) => ({ key: m.key, label: lookup.text(m.name) || m.key }))}
        value={draft.measures ?? []}
        onChange={(measures) => change({ measures })}
        errors={errors}
        empty={<p className="muted">{t('register.measures.empty')}</p>}
        nested
      />
    </fieldset>
  )
}
