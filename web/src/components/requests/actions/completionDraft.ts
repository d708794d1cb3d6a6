import type { CompletionDetails, ErasureGround, RequestType } from '../../../api/types'
import { lines } from '../requestApi'

export interface KeptDraft {
  key: number
  /** Data category keys of the register. */
  categories: string[]
  ground: ErasureGround | ''
  /** A retention rule key of the register, or ''. */
  retentionRule: string
  until: string
  explanation: string
}

/** The inputs of an answer, per right; only the rights of the request are sent. */
export interface CompletionDraft {
  accessDelivery: 'download' | 'enclosed' | ''
  accessUntil: string
  /** The activities the Art. 15 information covers; none: every active activity the organisation controls. */
  accessActivities: string[]
  noData: boolean
  portabilityDelivery: 'download' | 'enclosed' | 'transmitted' | ''
  transmittedTo: string
  portabilityUntil: string
  corrected: string
  /** Data category keys of the register. */
  erased: string[]
  kept: KeptDraft[]
  restrictionScope: string
  /** Activity keys of the register. */
  stopped: string[]
  /** Purpose keys of the register. */
  purposes: string[]
  recipients: string
  note: string
}

export const EMPTY_COMPLETION: CompletionDraft = {
  accessDelivery: '',
  accessUntil: '',
  accessActivities: [],
  noData: false,
  portabilityDelivery: '',
  transmittedTo: '',
  portabilityUntil: '',
  corrected: '',
  erased: [],
  kept: [],
  restrictionScope: '',
  stopped: [],
  purposes: [],
  recipients: '',
  note: '',
}

const text = (value: string) => (value.trim() ? value.trim() : undefined)
/** Rights whose answer records something (the others need no input). */
export const DETAILED_TYPES: readonly RequestType[] = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection_legitimate_interest',
  'withdraw_consent',
]

/** A problem key for what the answer to `types` lacks, before sending; null when complete. */
export function missingDetail(draft: CompletionDraft, types: readonly RequestType[]) {
  if (types.includes('access') && !draft.accessDelivery && !draft.noData)
    return 'access_details_required' as const
  if (types.includes('erasure') && draft.kept.some((k) => k.ground === '' || k.categories.length === 0))
    return 'kept_incomplete' as const
  if (
    types.includes('portability') &&
    draft.portabilityDelivery === 'transmitted' &&
    !draft.transmittedTo.trim()
  )
    return 'transmission_recipient_required' as const
  return null
}

/** The details of the answer for the rights granted. */
export function completionDetails(draft: CompletionDraft, types: readonly RequestType[]): CompletionDetails {
  const details: CompletionDetails = {}
  if (types.includes('access')) {
    const until = text(draft.accessUntil)
    details.access = {
      delivery: draft.accessDelivery || 'enclosed',
      ...(until ? { availableUntil: until } : {}),
      ...(draft.accessActivities.length > 0 && !draft.noData ? { activityKeys: draft.accessActivities } : {}),
      ...(draft.noData ? { noData: true } : {}),
    }
  }
  if (types.includes('portability') && draft.portabilityDelivery) {
    const until = text(draft.portabilityUntil)
    const to = text(draft.transmittedTo)
    details.portability = {
      delivery: draft.portabilityDelivery,
      ...(draft.portabilityDelivery === 'transmitted' && to ? { transmittedTo: to } : {}),
      ...(until && draft.portabilityDelivery === 'download' ? { availableUntil: until } : {}),
    }
  }
  if (types.includes('rectification')) details.rectification = { corrected: lines(draft.corrected) }
  if (types.includes('erasure')) {
    details.erasure = {
      erased: [...draft.erased],
      kept: draft.kept
        .filter((k) => k.ground !== '' && k.categories.length > 0)
        .map((k) => ({
          dataCategories: [...k.categories],
          ground: k.ground as ErasureGround,
          ...(text(k.retentionRule) ? { retentionRule: k.retentionRule.trim() } : {}),
          ...(text(k.until) ? { until: k.until } : {}),
          ...(text(k.explanation) ? { explanation: k.explanation.trim() } : {}),
        })),
    }
  }
  if (types.includes('restriction')) {
    const scope = text(draft.restrictionScope)
    details.restriction = scope ? { scope } : {}
  }
  if (types.includes('objection_legitimate_interest'))
    details.objectionLegitimateInterest = { stopped: [...draft.stopped] }
  if (types.includes('withdraw_consent')) details.withdrawConsent = { purposes: [...draft.purposes] }
  const recipients = lines(draft.recipients)
  if (recipients.length > 0) details.recipientsNotified = recipients
  const note = text(draft.note)
  if (note) details.note = note
  return details
}
