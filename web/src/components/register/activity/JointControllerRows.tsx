import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { LocalizedField } from '../form/LocalizedField'
import { Rows } from '../form/Rows'
import type { JointController } from '../types'
import type { SectionProps } from './activityDraft'

/** Art. 26: the other controllers and the arrangement between them. */
export function JointControllerRows({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Rows<JointController>
      path="jointControllers"
      legend={t('register.fields.jointControllers')}
      hint={t('register.activity.jointControllersHint')}
      items={draft.jointControllers ?? []}
      onChange={(jointControllers) => change({ jointControllers })}
      newItem={() => ({ name: '' })}
      rowLegend={(i) => t('register.activity.jointControllerRow', { n: i + 1 })}
      addLabel={t('register.activity.addJointController')}
      errors={errors}
      renderRow={(item, i, update) => {
        const p = (field: string) => `jointControllers.${i}.${field}`
        return (
          <>
            <div className="form-grid">
              <TextField
                id={errors.idOf(p('name'))}
                label={t('register.fields.name')}
                value={item.name}
                onChange={(name) => update({ name })}
                error={errors.fieldError(p('name'))}
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
            <LocalizedField
              path={p('arrangement')}
              label={t('register.fields.arrangement')}
              hint={t('register.activity.arrangementHint')}
              value={item.arrangement}
              onChange={(arrangement) => update({ arrangement })}
              errors={errors}
              multiline
              optional
            />
          </>
        )
      }}
    />
  )
}
