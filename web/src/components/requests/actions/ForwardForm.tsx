import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import { TextField } from '../../form/TextField'
import { ActionForm } from './ActionForm'
import {
  CLIENT_ROUTE as CLIENT,
  initialClientActivity,
  initialForwardRoute,
  NO_ROUTE,
  OTHER_CONTROLLER as OTHER,
} from './forwardRoute'
import { type ActionTarget, useAction } from './useAction'

/**
 * Forward to the controller for whom the organisation processes the data: a client of the Processors page (the
 * ones the request seems to concern first, with why), an activity of the register, or a controller named here.
 */
export function ForwardForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'forward_to_controller')
  const routes = target.request.processorRoutes
  const clients = [...target.request.processorClients].sort(
    (a, b) => Number(b.suggestedBecause.length > 0) - Number(a.suggestedBecause.length > 0),
  )
  const [route, setRoute] = useState(() => initialForwardRoute(clients, routes))
  const [client, setClient] = useState('')
  const [name, setName] = useState('')
  const [contact, setContact] = useState('')
  const other = route === OTHER
  const chosenClient = route.startsWith(CLIENT)
    ? clients.find((c) => c.id === route.slice(CLIENT.length))
    : undefined
  // The activity done for the chosen client that the request concerns (named in the mail and the history).
  const [activity, setActivity] = useState(() => (chosenClient ? initialClientActivity(chosenClient) : ''))
  const chooseRoute = (next: string) => {
    setRoute(next)
    const c = next.startsWith(CLIENT) ? clients.find((x) => x.id === next.slice(CLIENT.length)) : undefined
    setActivity(c ? initialClientActivity(c) : '')
  }
  const label = (c: (typeof clients)[number]) =>
    c.status === 'ended'
      ? t('requests.actions.clientEnded', { client: c.name })
      : c.suggestedBecause.length > 0
        ? t('requests.actions.clientSuggested', {
            client: c.name,
            because: c.suggestedBecause.map((r) => r.name).join(', '),
          })
        : t('requests.actions.clientOption', { client: c.name })
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        if (route === NO_ROUTE) return state.refuse(t('requests.actions.chooseControllerFirst'))
        if (other && !name.trim()) return state.refuse(t('requests.problems.controller_required'))
        void state.submit(
          chosenClient
            ? { clientId: chosenClient.id, ...(activity ? { activityKey: activity } : {}) }
            : other
              ? { controller: { name: name.trim(), ...(contact.trim() ? { contact: contact.trim() } : {}) } }
              : { activityKey: route, ...(client.trim() ? { client: client.trim() } : {}) },
        )
      }}
    >
      {routes.length > 0 || clients.length > 0 ? (
        <SelectField
          id="action-route"
          testId="action-route"
          label={t('requests.actions.route')}
          hint={
            chosenClient
              ? t('requests.actions.clientRouteHint', { client: chosenClient.name })
              : t('requests.actions.routeHint')
          }
          value={route}
          onChange={chooseRoute}
        >
          {route === NO_ROUTE ? (
            <option value={NO_ROUTE}>{t('requests.actions.chooseController')}</option>
          ) : null}
          {clients.length > 0 ? (
            <optgroup label={t('requests.actions.clientsGroup')}>
              {clients.map((c) => (
                <option key={c.id} value={`${CLIENT}${c.id}`}>
                  {label(c)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {routes.length > 0 ? (
            <optgroup label={t('requests.actions.routesGroup')}>
              {routes.map((r) => (
                <option key={r.activityKey} value={r.activityKey}>
                  {t('requests.actions.routeOption', {
                    activity: r.activityName,
                    controller: r.controller.name,
                  })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value={OTHER}>{t('requests.actions.otherController')}</option>
        </SelectField>
      ) : (
        <p className="hint">{t('requests.actions.noRoutes')}</p>
      )}
      {chosenClient && chosenClient.activities.length > 1 ? (
        <SelectField
          id="action-client-activity"
          testId="action-client-activity"
          label={t('requests.actions.clientActivity')}
          hint={t('requests.actions.clientActivityHint', { client: chosenClient.name })}
          value={activity}
          onChange={setActivity}
        >
          <option value="">{t('requests.actions.clientActivityNone')}</option>
          {chosenClient.activities.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </SelectField>
      ) : null}
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
      ) : chosenClient || route === NO_ROUTE ? null : (
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
