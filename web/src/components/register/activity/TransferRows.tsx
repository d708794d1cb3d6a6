import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { EnumSelect } from '../form/EnumSelect'
import { KeySelect } from '../form/KeySelect'
import { LocalizedField } from '../form/LocalizedField'
import { Rows } from '../form/Rows'
import type { Transfer } from '../types'
import type { SectionProps } from './activityDraft'

type Safeguard = NonNullable<Transfer['safeguard']>

/** Chapter V: each transfer to a third country, with its safeguard and where subjects get a copy. */
export function TransferRows({ draft, change, lookup, errors, data }: SectionProps) {
  const { t } = useTranslation()
  const vendors = data.doc.vendors.map((v) => ({ key: v.key, label: v.name }))
  return (
    <Rows<Transfer>
      path="transfers"
      legend={t('register.fields.transfers')}
      hint={t('register.activity.transfersHint')}
      items={draft.transfers ?? []}
      onChange={(transfers) => change({ transfers })}
      newItem={() => ({ recipient: '' })}
      rowLegend={(i) => t('register.activity.transferRow', { n: i + 1 })}
      addLabel={t('register.activity.addTransfer')}
      empty={t('register.activity.noTransfers')}
      errors={errors}
      testId="transfers"
      renderRow={(item, i, update) => {
        const p = (field: string) => `transfers.${i}.${field}`
        return (
          <>
            <div className="form-grid">
              <TextField
                id={errors.idOf(p('country'))}
                label={t('register.fields.country')}
                hint={t('register.activity.transferCountryHint')}
                optional
                value={item.country ?? ''}
                onChange={(country) => update({ country: country.toUpperCase() || undefined })}
                error={errors.fieldError(p('country'))}
                maxLength={2}
                autoComplete="off"
                className="field-short"
              />
              <KeySelect
                path={p('vendor')}
                label={t('register.fields.vendor')}
                options={vendors}
                value={item.vendor}
                onChange={(vendor) => update({ vendor })}
                errors={errors}
              />
            </div>
            <LocalizedField
              path={p('recipient')}
              label={t('register.fields.recipient')}
              value={item.recipient}
              onChange={(recipient) => update({ recipient: recipient ?? '' })}
              errors={errors}
              testId="transfer-recipient"
            />
            <EnumSelect
              path={p('safeguard')}
              label={t('register.fields.safeguard')}
              name="transferSafeguards"
              value={item.safeguard}
              onChange={(v) => update({ safeguard: v as Safeguard | undefined })}
              lookup={lookup}
              errors={errors}
              optional
            />
            <LocalizedField
              path={p('safeguardDetails')}
              label={t('register.fields.safeguardDetails')}
              value={item.safeguardDetails}
              onChange={(safeguardDetails) => update({ safeguardDetails })}
              errors={errors}
              multiline
              optional
            />
            <LocalizedField
              path={p('copyAvailableAt')}
              label={t('register.fields.copyAvailableAt')}
              hint={t('register.activity.copyAvailableAtHint')}
              value={item.copyAvailableAt}
              onChange={(copyAvailableAt) => update({ copyAvailableAt })}
              errors={errors}
              optional
            />
          </>
        )
      }}
    />
  )
}
