import type { Language } from '../../db/schema'
import type { MailContent } from './layout'
import { type MemberInvitationParams, renderMemberInvitation } from './member-invitation'
import { type NoticeChangedParams, renderNoticeChanged } from './notice-changed'
import { type NoticeSubscriptionParams, renderNoticeSubscription } from './notice-subscription'
import { type PasswordResetParams, renderPasswordReset } from './password-reset'
import { renderSecondFactorEnabled, type SecondFactorEnabledParams } from './second-factor-enabled'

export type { MailContent } from './layout'

/** Every mail template and the parameters it needs. */
export interface MailTemplateParams {
  'password-reset': PasswordResetParams
  'member-invitation': MemberInvitationParams
  'second-factor-enabled': SecondFactorEnabledParams
  'notice-subscription': NoticeSubscriptionParams
  'notice-changed': NoticeChangedParams
}

export type MailTemplate = keyof MailTemplateParams

/** A template together with its parameters, discriminated by `template`. */
export type MailTemplateData = {
  [K in MailTemplate]: { template: K; params: MailTemplateParams[K] }
}[MailTemplate]

const RENDERERS: { [K in MailTemplate]: (language: Language, params: MailTemplateParams[K]) => MailContent } =
  {
    'password-reset': renderPasswordReset,
    'member-invitation': renderMemberInvitation,
    'second-factor-enabled': renderSecondFactorEnabled,
    'notice-subscription': renderNoticeSubscription,
    'notice-changed': renderNoticeChanged,
  }

export const MAIL_TEMPLATES = Object.keys(RENDERERS) as MailTemplate[]

export function renderMail<K extends MailTemplate>(
  template: K,
  language: Language,
  params: MailTemplateParams[K],
): MailContent {
  const render: (language: Language, params: MailTemplateParams[K]) => MailContent = RENDERERS[template]
  return render(language, params)
}
