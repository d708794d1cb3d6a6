import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../components/form/CheckboxField'
import { TextField } from '../../components/form/TextField'
import type { Lookup } from '../../components/register/lookup'
import type { RegisterDocument } from '../../components/register/types'
import type { FactsFieldsProps } from './breachFacts'

/** The register's systems and activities concerned (they fill in data, people, processors), numbers, countries. */
export function BreachScopeFields({
  form,
  set,
  toggle,
  id,
  register,
  lookup,
}: FactsFieldsProps & { register: RegisterDocument; lookup: Lookup }) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('breaches.form.scope')}</legend>
      <p className="hint">{t('breaches.form.scopeHint')}</p>
      {register.systems.length === 0 && register.activities.length === 0 ? (
        <p>{t('breaches.form.registerEmpty')}</p>
      ) : null}
      {register.systems.length > 0 ? (
        <fieldset>
          <legend>{t('breaches.form.systems')}</legend>
          {register.systems.map((s) => (
            <CheckboxField
              key={s.key}
              id={id(`system-${s.key}`)}
              label={lookup.nameOf.system(s.key)}
              checked={form.systems.includes(s.key)}
              onChange={toggle('systems', s.key)}
            />
          ))}
        </fieldset>
      ) : null}
      {register.activities.length > 0 ? (
        <fieldset>
          <legend>{t('breaches.form.activities')}</legend>
          {register.activities.map((a) => (
            <CheckboxField
              key={a.key}
              id={id(`activity-${a.key}`)}
              label={lookup.nameOf.activity(a.key)}
              checked={form.activities.includes(a.key)}
              onChange={toggle('activities', a.key)}
            />
          ))}
        </fieldset>
      ) : null}
      <TextField
        id={id('people')}
        type="number"
        min={0}
        label={t('breaches.peopleApprox')}
        value={form.peopleApprox}
        onChange={set('peopleApprox')}
        optional
      />
      <TextField
        id={id('records')}
        type="number"
        min={0}
        label={t('breaches.form.recordsApprox')}
        value={form.recordsApprox}
        onChange={set('recordsApprox')}
        optional
      />
      <TextField
        id={id('member-states')}
        label={t('breaches.form.otherMemberStates')}
        hint={t('breaches.form.otherMemberStatesHint')}
        value={form.otherMemberStates}
        onChange={set('otherMemberStates')}
        optional
      />
    </fieldset>
  )
}
