import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import { TextField } from '../../form/TextField'
import { ActionForm } from './ActionForm'
import { type ActionTarget, useAction } from './useAction'

const OTHER = '__other__'

/** Forward to the controller for whom the organisation processes the data (from the register, or named here). */
export function ForwardForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'forward_to_controller')
  const routes = target.request.processorRoutes
  const [route, setRoute] = useState(routes[0]?.activityKey ?? OTHER)
  const [client, setClient] = useState('')
  const [name, setName] = useState('')
  const [contact, setContact] = useState('')
  const other = route === OTHER
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        if (other && !name.trim()) return state.refuse(t('requests.problems.controller_required'))
        void state.submit(
          other
            ? { controller: { name: name.trim(), ...(contact.trim() ? { contact: contact.trim() } : {}) } }
            : { activityKey: route, ...(client.trim() ? { client: client.trim() } : {}) },
        )
      }}
    >
      {routes.length > 0 ? (
        <SelectField
          id="action-route"
          testId="action-route"
          label={t('requests.actions.route')}
          hint={t('requests.actions.routeHint')}
          value={route}
          onChange={setRoute}
        >
          {routes.map((r) => (
            <option key={r.activityKey} value={r.activityKey}>
              {t('requests.actions.routeOption', { activity: r.activityName, controller: r.controller.name })}
            </option>
          ))}
          <option value={OTHER}>{t('requests.actions.otherController')}</option>
        </SelectField>
      ) : (
        <p className="hint">{t('requests.actions.noRoutes')}</p>
      )}
      {other ? (
        <div className="form-grid">
          <TextField
            id="action-controller-name"
            testId="action-controller-name"
            label={t('requests.actions.controllerName')}
            required
            maxLength={500}
            value={name}
            onChange={setName}
          />
          <TextField
            id="action-controller-contact"
            label={t('requests.actions.controllerContact')}
            optional
            maxLength={500}
            value={contact}
            onChange={setContact}
          />
        </div>
      ) : (
        <TextField
          id="action-client"
          label={t('requests.actions.client')}
          hint={t('requests.actions.clientHint')}
          optional
          maxLength={500}
          value={client}
          onChange={setClient}
        />
      )}
    </ActionForm>
  )
}
