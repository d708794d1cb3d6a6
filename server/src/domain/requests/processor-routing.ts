import type { LocalizedText } from '../register/localized'
import type { RegisterDocument } from '../register/schema'
import type { ControllerContact } from './request'

/** A client for whom the organisation processes data as processor, per the register (Art. 30(2)). */
export interface ProcessorRoute {
  readonly activityKey: string
  readonly activityName: LocalizedText
  readonly controller: ControllerContact
  /** The processing agreement is signed (Art. 28(3)); without one, tell the privacy officer. */
  readonly agreementSigned: boolean
}

/**
 * Where a request about processor activities must go: the controllers of those activities (all active processor
 * activities when no keys are given). The organisation forwards the request and assists (Art. 28(3)(e)); the
 * controller answers it.
 */
export function processorRoutes(doc: RegisterDocument, activityKeys?: readonly string[]): ProcessorRoute[] {
  return doc.activities
    .filter((activity) => activity.role === 'processor')
    .filter((activity) => (activityKeys ? activityKeys.includes(activity.key) : activity.status === 'active'))
    .flatMap((activity) =>
      activity.processorFor.map((client) => ({
        activityKey: activity.key,
        activityName: activity.name,
        controller: client.contact
          ? { name: client.client, contact: client.contact }
          : { name: client.client },
        agreementSigned: client.agreement?.signed ?? false,
      })),
    )
}
