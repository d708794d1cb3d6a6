import { useTranslation } from 'react-i18next'
import { ChoiceSelect } from '../form/ChoiceSelect'
import { KeySelect } from '../form/KeySelect'
import { LocalizedField } from '../form/LocalizedField'
import { Rows } from '../form/Rows'
import type { Recipient } from '../types'
import type { SectionProps } from './activityDraft'
import { TransferRows } from './TransferRows'

/** Art. 30(1)(d) and (e): who receives the data, and transfers outside the European Economic Area. */
export function RecipientsFieldset(props: SectionProps) {
  const { t } = useTranslation()
  const { draft, change, lookup, errors, data } = props
  const vendors = data.doc.vendors.map((v) => ({ key: v.key, label: v.name }))
  return (
    <fieldset className="fieldset section" data-testid="activity-recipients">
      <legend>{t('register.activity.recipientsSection')}</legend>
      <Rows<Recipient>
        path="recipients"
        legend={t('register.fields.recipients')}
        hint={t('register.activity.recipientsHint')}
        items={draft.recipients ?? []}
        onChange={(recipients) => change({ recipients })}
        newItem={() => ({ type: '' })}
        rowLegend={(i) => t('register.activity.recipientRow', { n: i + 1 })}
        addLabel={t('register.activity.addRecipient')}
        empty={t('register.activity.noRecipients')}
        errors={errors}
        testId="recipients"
        renderRow={(item, i, update) => {
          const p = (field: string) => `recipients.${i}.${field}`
          return (
            <>
              <div className="form-grid">
                <ChoiceSelect
                  path={p('type')}
                  label={t('register.fields.type')}
                  choices={lookup.recipientTypes}
                  value={item.type || undefined}
                  onChange={(type) => update({ type: type ?? '' })}
                  errors={errors}
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
                path={p('name')}
                label={t('register.fields.name')}
                value={item.name}
                onChange={(name) => update({ name })}
                errors={errors}
                optional
              />
              <LocalizedField
                path={p('description')}
                label={t('register.fields.description')}
                value={item.description}
                onChange={(description) => update({ description })}
                errors={errors}
                optional
              />
            </>
          )
        }}
      />
      <TransferRows {...props} />
    </fieldset>
  )
}
