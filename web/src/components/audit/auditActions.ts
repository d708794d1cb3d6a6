import type { TFunction } from 'i18next'
import { nl } from '../../i18n/nl'
import { requestsNl } from '../../i18n/requests/nl'

type Catalogue = typeof nl.audit
type Namespace = keyof Catalogue['actions']
type RequestEventKind = keyof typeof requestsNl.events.kinds
type RegisterKind = keyof Catalogue['registerChange']['kinds']

const REGISTER_KINDS = Object.keys(nl.audit.registerChange.kinds) as RegisterKind[]
const REGISTER_CHANGES = ['created', 'updated', 'deleted'] as const
const REGISTER_CHANGE = /^register\.(\w+)\.(created|updated|deleted)$/

/**
 * Every action the interface has a label for, in the order of its catalogue: the audit log's own actions, the
 * request events (request.*) and each register entry change. The audit-log label test checks that this covers
 * every action the server records.
 */
export function auditActionList(): string[] {
  const own = (Object.keys(nl.audit.actions) as Namespace[]).flatMap((ns) =>
    Object.keys(nl.audit.actions[ns]).map((name) => `${ns}.${name}`),
  )
  const requests = Object.keys(requestsNl.events.kinds).map((kind) => `request.${kind}`)
  const register = REGISTER_KINDS.flatMap((kind) =>
    REGISTER_CHANGES.map((change) => `register.${kind}.${change}`),
  )
  return [...own, ...requests, ...register]
}

function ownLabel(t: TFunction, action: string): string | undefined {
  const [ns, name, extra] = action.split('.')
  if (extra !== undefined || !ns || !name || !(ns in nl.audit.actions)) return undefined
  const group = nl.audit.actions[ns as Namespace] as Record<string, string>
  return name in group ? t(`audit.actions.${ns}.${name}` as 'audit.actions.user.created') : undefined
}

/** "register.activity.updated" -> "Verwerkingsactiviteit gewijzigd" */
function registerChangeLabel(t: TFunction, action: string): string | undefined {
  const match = REGISTER_CHANGE.exec(action)
  const kind = REGISTER_KINDS.find((k) => k === match?.[1])
  const change = match?.[2] as (typeof REGISTER_CHANGES)[number] | undefined
  if (!kind || !change) return undefined
  return t(`audit.registerChange.${change}`, { what: t(`audit.registerChange.kinds.${kind}`) })
}

function requestEventLabel(t: TFunction, action: string): string | undefined {
  const kind = action.replace(/^request\./, '')
  if (kind === action || !(kind in requestsNl.events.kinds)) return undefined
  return t(`requests.events.kinds.${kind as RequestEventKind}`)
}

/** The label of an audit action in the user's language; an action this version does not know keeps its code. */
export function actionLabel(t: TFunction, action: string): string {
  return ownLabel(t, action) ?? requestEventLabel(t, action) ?? registerChangeLabel(t, action) ?? action
}

/** Whether the interface has a label of its own for the action (not its code). */
export function hasActionLabel(action: string): boolean {
  return auditActionList().includes(action)
}
