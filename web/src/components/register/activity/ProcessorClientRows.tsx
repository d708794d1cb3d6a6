import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import { TextField } from '../../form/TextField'
import { Rows } from '../form/Rows'
import type { ProcessorClient } from '../types'
import type { SectionProps } from './activityDraft'

/** Art. 30(2): the controllers the organisation processes data for, with the processing agreement. */
export function ProcessorClientRows({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Rows<ProcessorClient>
      path="processorFor"
      legend={t('register.fields.processorFor')}
      hint={t('register.activity.processorForHint')}
      items={draft.processorFor ?? []}
      onChange={(processorFor) => change({ processorFor })}
      newItem={() => ({ client: '' })}
      rowLegend={(i) => t('register.activity.clientRow', { n: i + 1 })}
      addLabel={t('register.activity.addClient')}
      errors={errors}
      renderRow={(item, i, update) => {
        const p = (field: string) => `processorFor.${i}.${field}`
        const agreement = item.agreement ?? { signed: false }
        return (
          <>
            <div className="form-grid">
              <TextField
                id={errors.idOf(p('client'))}
                label={t('register.fields.client')}
                value={item.client}
                onChange={(client) => update({ client })}
                error={errors.fieldError(p('client'))}
              />
              <TextField
                id={errors.idOf(p('contact'))}
                label={t('register.fields.contact')}
                optional
                value={item.contact ?? ''}
                onChange={(contact) => update({ contact })}
                error={errors.fieldError(p('contact'))}
              />
            </div>
            <CheckboxField
              id={errors.idOf(p('agreement.signed'))}
              label={t('register.activity.agreementSigned')}
              checked={agreement.signed}
              onChange={(signed) => update({ agreement: { ...agreement, signed } })}
              error={errors.fieldError(p('agreement.signed'))}
            />
            <div className="form-grid">
              <TextField
                id={errors.idOf(p('agreement.date'))}
                label={t('register.activity.agreementDate')}
                type="date"
                optional
                value={agreement.date ?? ''}
                onChange={(date) => update({ agreement: { ...agreement, date: date || undefined } })}
                error={errors.fieldError(p('agreement.date'))}
              />
              <TextField
                id={errors.idOf(p('agreement.documentUrl'))}
                label={t('register.fields.documentUrl')}
                type="url"
                optional
                value={agreement.documentUrl ?? ''}
                onChange={(documentUrl) =>
                  update({ agreement: { ...agreement, documentUrl: documentUrl || undefined } })
                }
                error={errors.fieldError(p('agreement.documentUrl'))}
              />
            </div>
          </>
        )
      }}
    />
  )
}
