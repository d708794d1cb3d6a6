import type { NoticeSettings, NoticeSettingsBody } from '../../api/types'
import type { LocalizedText } from '../register/localized'

export type { NoticeSettings }

export const CHANNELS = ['in_person', 'phone', 'social_media', 'web_form'] as const
export type Channel = (typeof CHANNELS)[number]

export interface ChannelDraft {
  channel: Channel
  contact: string
  details: LocalizedText | undefined
}

/** The form's state: every answer, "not stated" included, as the inputs hold it. */
export interface NoticeSettingsDraft {
  sellsData: 'unstated' | 'never'
  transfers: 'unstated' | 'none' | 'some'
  requestEmail: string
  requestPostalAddress: boolean
  portal: boolean
  channels: ChannelDraft[]
  breachPromise: boolean
  breachHours: string
  sharesOnlyWithPermission: boolean
  thirdPartyLinks: boolean
  cookiePolicyUrl: string
  minors: boolean
  minimumAge: string
  minorsStatement: LocalizedText | undefined
  intro: LocalizedText | undefined
  /** Kept as they are: the cookie inventory is edited in the register file (or filled by a scan). */
  cookies: NoticeSettings['cookies']
  /** sellsData: true is kept as it was (the notice says nothing then). */
  sellsDataTrue: boolean
}

export function draftOf(s: NoticeSettings): NoticeSettingsDraft {
  return {
    sellsData: s.sellsData === false ? 'never' : 'unstated',
    sellsDataTrue: s.sellsData === true,
    transfers: s.transfersOutsideEea ?? 'unstated',
    requestEmail: s.requestEmail ?? '',
    requestPostalAddress: s.requestPostalAddress ?? true,
    portal: s.portal ?? true,
    channels: (s.requestChannels ?? []).map((c) => ({
      channel: c.channel as Channel,
      contact: c.contact ?? '',
      details: c.details,
    })),
    breachPromise: s.breachCommunication !== undefined,
    breachHours: s.breachCommunication?.withinHours?.toString() ?? '',
    sharesOnlyWithPermission: s.sharesOnlyWithPermission === true,
    thirdPartyLinks: s.thirdPartyLinks === true,
    cookiePolicyUrl: s.cookiePolicyUrl ?? '',
    minors: s.minors !== undefined,
    minimumAge: s.minors?.minimumAge?.toString() ?? '',
    minorsStatement: s.minors?.statement,
    intro: s.intro,
    cookies: s.cookies,
  }
}

/** A whole number as typed, else the text itself, so that the server names the field it refuses. */
function numberOf(text: string): number | string {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}

/**
 * The PUT body: only what the form states. A box left unticked is "not stated" (the field is left out), never
 * "false": the notice then says nothing instead of a claim nobody made.
 */
export function bodyOf(d: NoticeSettingsDraft): NoticeSettingsBody {
  const email = d.requestEmail.trim()
  const url = d.cookiePolicyUrl.trim()
  const hours = d.breachHours.trim()
  const age = d.minimumAge.trim()
  return {
    ...(d.sellsData === 'never' ? { sellsData: false } : d.sellsDataTrue ? { sellsData: true } : {}),
    ...(d.transfers === 'unstated' ? {} : { transfersOutsideEea: d.transfers }),
    ...(d.cookies !== undefined ? { cookies: d.cookies } : {}),
    ...(email ? { requestEmail: email } : {}),
    requestPostalAddress: d.requestPostalAddress,
    portal: d.portal,
    ...(d.channels.length > 0
      ? {
          requestChannels: d.channels.map((c) => ({
            channel: c.channel,
            ...(c.contact.trim() ? { contact: c.contact.trim() } : {}),
            ...(c.details !== undefined ? { details: c.details } : {}),
          })),
        }
      : {}),
    ...(d.breachPromise
      ? { breachCommunication: hours ? { withinHours: numberOf(hours) as number } : {} }
      : {}),
    ...(d.sharesOnlyWithPermission ? { sharesOnlyWithPermission: true } : {}),
    ...(d.thirdPartyLinks ? { thirdPartyLinks: true } : {}),
    ...(url ? { cookiePolicyUrl: url } : {}),
    ...(d.minors
      ? {
          minors: {
            ...(age ? { minimumAge: numberOf(age) as number } : {}),
            ...(d.minorsStatement !== undefined ? { statement: d.minorsStatement } : {}),
          },
        }
      : {}),
    ...(d.intro !== undefined ? { intro: d.intro } : {}),
  }
}
