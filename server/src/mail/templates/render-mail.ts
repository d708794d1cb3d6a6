import type { Language, MailLanguage } from '../../db/schema'
import { type ActionDigestParams, renderActionDigest } from './action-digest'
import { type BreachLetterParams, renderBreachLetter } from './breach-letter'
import { type BreachReminderParams, renderBreachReminder } from './breach-reminder'
import { type ConsentParentalParams, renderConsentParental } from './consent-parental'
import { type ConsentPreferencesParams, renderConsentPreferences } from './consent-preferences'
import type { MailContent, MailSignature } from './layout'
import { type MailTestParams, renderMailTest } from './mail-test'
import { type MemberInvitationParams, renderMemberInvitation } from './member-invitation'
import { type NoticeChangedParams, renderNoticeChanged } from './notice-changed'
import { type NoticeSubscriptionParams, renderNoticeSubscription } from './notice-subscription'
import { type PasswordResetParams, renderPasswordReset } from './password-reset'
import { type ProcessorReviewParams, renderProcessorReview } from './processor-review'
import { type RequestForwardedParams, renderRequestForwarded } from './request-forwarded'
import { type RequestLetterParams, renderRequestLetter } from './request-letter'
import { type RequestReminderParams, renderRequestReminder } from './request-reminder'
import { type RequestVerificationParams, renderRequestVerification } from './request-verification'
import { renderSecondFactorEnabled, type SecondFactorEnabledParams } from './second-factor-enabled'
import { renderSubprocessorChange, type SubprocessorChangeParams } from './subprocessor-change'
import {
  renderSubprocessorSubscription,
  type SubprocessorSubscriptionParams,
} from './subprocessor-subscription'

export type { MailContent, MailSignature } from './layout'

/** Every mail template and the parameters it needs. */
export interface MailTemplateParams {
  'password-reset': PasswordResetParams
  'member-invitation': MemberInvitationParams
  'second-factor-enabled': SecondFactorEnabledParams
  'notice-subscription': NoticeSubscriptionParams
  'notice-changed': NoticeChangedParams
  'request-verification': RequestVerificationParams
  'request-letter': RequestLetterParams
  'request-reminder': RequestReminderParams
  'request-forwarded': RequestForwardedParams
  'subprocessor-change': SubprocessorChangeParams
  'subprocessor-subscription': SubprocessorSubscriptionParams
  'processor-review': ProcessorReviewParams
  'consent-preferences': ConsentPreferencesParams
  'consent-parental': ConsentParentalParams
  'breach-reminder': BreachReminderParams
  'breach-letter': BreachLetterParams
  'mail-test': MailTestParams
  'action-digest': ActionDigestParams
}

export type MailTemplate = keyof MailTemplateParams

/** A template together with its parameters, discriminated by `template`. */
export type MailTemplateData = {
  [K in MailTemplate]: { template: K; params: MailTemplateParams[K] }
}[MailTemplate]

/**
 * Each template's renderer. Those built on the common layout take the organisation's signature; the letters
 * (request and breach letters) carry their own, composed by their domain.
 */
const RENDERERS: {
  [K in MailTemplate]: (
    language: Language,
    params: MailTemplateParams[K],
    signature?: MailSignature,
  ) => MailContent
} = {
  'password-reset': renderPasswordReset,
  'member-invitation': renderMemberInvitation,
  'second-factor-enabled': renderSecondFactorEnabled,
  'notice-subscription': renderNoticeSubscription,
  'notice-changed': renderNoticeChanged,
  'request-verification': renderRequestVerification,
  'request-letter': renderRequestLetter,
  'request-reminder': renderRequestReminder,
  'request-forwarded': renderRequestForwarded,
  'subprocessor-change': renderSubprocessorChange,
  'subprocessor-subscription': renderSubprocessorSubscription,
  'processor-review': renderProcessorReview,
  'consent-preferences': renderConsentPreferences,
  'consent-parental': renderConsentParental,
  'breach-reminder': renderBreachReminder,
  'breach-letter': renderBreachLetter,
  'mail-test': renderMailTest,
  'action-digest': renderActionDigest,
}

export const MAIL_TEMPLATES = Object.keys(RENDERERS) as MailTemplate[]

/**
 * Renders a template in a language. German exists only for the parent's confirmation mail (the public consent pages
 * offer de); asking any other template in German is a programming error, not an English mail labelled German.
 */
export function renderMail<K extends MailTemplate>(
  template: K,
  language: MailLanguage,
  params: MailTemplateParams[K],
  signature?: MailSignature,
): MailContent {
  if (language === 'de') {
    if (template !== 'consent-parental') throw new Error(`The ${template} mail is not written in German`)
    return renderConsentParental('de', params as ConsentParentalParams, signature)
  }
  const render: (
    language: Language,
    params: MailTemplateParams[K],
    signature?: MailSignature,
  ) => MailContent = RENDERERS[template]
  return render(language, params, signature)
}
