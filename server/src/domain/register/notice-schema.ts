import { z } from 'zod'
import { localizedText } from './localized'
import { countryCode, shortText, url } from './schema-fields'

export const COOKIE_PURPOSES = ['strictly_necessary', 'functional', 'analytics', 'marketing'] as const

/** One cookie or similar technique the website sets (ePrivacy Directive, Art. 5(3)), entered by hand or scanned. */
export const cookieSchema = z.strictObject({
  name: shortText.describe('the name of the cookie or technique, e.g. _ga'),
  provider: shortText.optional().describe('who sets it, e.g. the organisation or "Google"'),
  purpose: z.enum(COOKIE_PURPOSES).describe('what it is for; only strictly_necessary needs no consent'),
  duration: localizedText.optional().describe('e.g. "13 months", "session"'),
  party: z
    .enum(['first', 'third'])
    .default('first')
    .describe("first: set by the organisation's own site; third: by another party"),
  country: countryCode.optional().describe('where a third party receives the data'),
})

/**
 * Ways to exercise one's rights beyond e-mail, post and the portal, as the notice lists them. The names are the
 * request intake's channels (domain/requests REQUEST_CHANNELS), so that staff can record a request from each.
 */
export const NOTICE_REQUEST_CHANNELS = ['in_person', 'phone', 'social_media', 'web_form'] as const

export const requestChannelSchema = z
  .strictObject({
    channel: z.enum(NOTICE_REQUEST_CHANNELS).describe('the way to exercise rights'),
    contact: shortText
      .optional()
      .describe(
        'the phone number, the contact page address, the social-media account, or the office address (in_person without it: the registered address)',
      ),
    details: localizedText.optional().describe('e.g. opening hours'),
  })
  .refine((c) => c.channel === 'in_person' || c.contact !== undefined, {
    message: 'A phone number, page address or account is needed for this channel',
    path: ['contact'],
  })

/** What the privacy notice says beyond the processing itself: channels, cookies, minors (Art. 12-14). */
export const noticeSection = z.strictObject({
  sellsData: z
    .boolean()
    .optional()
    .describe('false: the notice states that personal data are never sold; absent: the notice says nothing'),
  transfersOutsideEea: z
    .enum(['none', 'some'])
    .optional()
    .describe(
      'none: no personal data leave the EEA (checked against systems, vendors and transfers); some: the transfers recorded in the activities; absent: not stated',
    ),
  cookies: z
    .array(cookieSchema)
    .optional()
    .describe('the cookie inventory of the website; absent: unknown (no cookie claims), empty: no cookies'),
  requestEmail: z
    .email()
    .optional()
    .describe('where subjects send requests; default: the DPO or contact e-mail'),
  requestPostalAddress: z.boolean().default(true).describe('requests by post to the registered address'),
  requestChannels: z
    .array(requestChannelSchema)
    .optional()
    .describe(
      'further ways to exercise rights: at the office, by phone, through social media, a contact page',
    ),
  breachCommunication: z
    .strictObject({
      withinHours: z.number().int().min(1).max(720).optional().describe('e.g. 72'),
    })
    .optional()
    .describe(
      'present: the notice promises to inform subjects personally when a breach is likely to affect them (beyond the high-risk duty of Art. 34); absent: only the legal duty is stated',
    ),
  sharesOnlyWithPermission: z
    .boolean()
    .optional()
    .describe(
      'true: beyond the recipients in the register, data are shared with nobody without permission unless a law obliges; absent: not stated',
    ),
  thirdPartyLinks: z
    .boolean()
    .optional()
    .describe('true: the website links to other sites, whose own privacy policies apply; absent: not stated'),
  portal: z.boolean().default(true).describe('link to the Custos request portal /p/{slug}/request'),
  cookiePolicyUrl: url.optional().describe('the address of a separate cookie policy, if there is one'),
  minors: z
    .strictObject({
      minimumAge: z
        .number()
        .int()
        .min(0)
        .max(18)
        .default(13)
        .describe('the minimum age (default 13: the age of digital consent in Belgium, Law of 30 July 2018)'),
      statement: localizedText
        .optional()
        .describe("the organisation's own wording of the statement, per language"),
    })
    .optional()
    .describe(
      'the age below which the organisation does not knowingly collect data without parental consent',
    ),
  intro: localizedText.optional().describe("an optional opening paragraph in the organisation's own words"),
})
