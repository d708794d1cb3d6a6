import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { EnumRadios } from '../form/EnumRadios'
import { EnumSelect } from '../form/EnumSelect'
import { KeySelect } from '../form/KeySelect'
import { LocalizedField } from '../form/LocalizedField'
import type { SectionProps } from './activityDraft'
import { JointControllerRows } from './JointControllerRows'
import { ProcessorClientRows } from './ProcessorClientRows'

interface Props extends SectionProps {
  /** Creating: the key can still be chosen (it is suggested from the name until edited). */
  isNew: boolean
  onKey: (key: string) => void
  onName: (name: SectionProps['draft']['name']) => void
}

/** Key, name, description, role (with joint controllers or clients), status and dates. */
export function GeneralFieldset(props: Props) {
  const { t } = useTranslation()
  const { draft, change, lookup, errors, data, isNew } = props
  const role = draft.role ?? 'controller'
  const otherActivities = data.doc.activities
    .filter((a) => a.key !== draft.key)
    .map((a) => ({ key: a.key, label: lookup.text(a.name) || a.key }))
  return (
    <fieldset className="fieldset section" data-testid="activity-general">
      <legend>{t('register.activity.general')}</legend>
      <LocalizedField
        path="name"
        label={t('register.fields.name')}
        hint={t('register.activity.nameHint')}
        value={draft.name}
        onChange={props.onName}
        errors={errors}
        testId="activity-name"
      />
      {isNew ? (
        <TextField
          id={errors.idOf('key')}
          label={t('register.fields.key')}
          hint={t('register.form.keyHint')}
          value={draft.key}
          onChange={props.onKey}
          error={errors.fieldError('key')}
          className="field-medium"
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          testId="activity-key"
        />
      ) : null}
      <LocalizedField
        path="description"
        label={t('register.fields.description')}
        value={draft.description}
        onChange={(description) => change({ description })}
        errors={errors}
        multiline
        optional
      />
      <EnumRadios
        path="role"
        legend={t('register.fields.role')}
        name="activityRoles"
        value={role}
        onChange={(value) => change({ role: value as typeof role })}
        lookup={lookup}
        errors={errors}
        testId="activity-role"
      />
      {role === 'joint_controller' || (draft.jointControllers ?? []).length > 0 ? (
        <JointControllerRows {...props} />
      ) : null}
      {role === 'processor' || (draft.processorFor ?? []).length > 0 ? (
        <ProcessorClientRows {...props} />
      ) : null}
      <div className="form-grid">
        <EnumSelect
          path="status"
          label={t('register.fields.status')}
          name="activityStatuses"
          value={draft.status ?? 'active'}
          onChange={(status) => change({ status: (status ?? 'active') as NonNullable<typeof draft.status> })}
          lookup={lookup}
          errors={errors}
          testId="activity-status"
        />
        <TextField
          id={errors.idOf('startDate')}
          label={t('register.fields.startDate')}
          type="date"
          optional
          value={draft.startDate ?? ''}
          onChange={(v) => change({ startDate: v || undefined })}
          error={errors.fieldError('startDate')}
        />
        <TextField
          id={errors.idOf('endDate')}
          label={t('register.fields.endDate')}
          type="date"
          optional
          value={draft.endDate ?? ''}
          onChange={(v) => change({ endDate: v || undefined })}
          error={errors.fieldError('endDate')}
        />
      </div>
      {draft.status === 'ended' || draft.replacedBy ? (
        <KeySelect
          path="replacedBy"
          label={t('register.fields.replacedBy')}
          hint={t('register.activity.replacedByHint')}
          options={otherActivities}
          value={draft.replacedBy}
          onChange={(replacedBy) => change({ replacedBy })}
          errors={errors}
        />
      ) : null}
    </fieldset>
  )
}
