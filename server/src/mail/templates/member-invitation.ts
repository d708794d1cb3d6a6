import type { Language, Role } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'
import { roleLabel } from './role-labels'

export interface MemberInvitationParams {
  inviterName: string
  organizationName: string
  role: Role
  link: string
}

const DRAFTS: Record<Language, (p: MemberInvitationParams, role: string) => MailDraft> = {
  nl: (p, role) => ({
    subject: `Uitnodiging om deel te nemen aan ${p.organizationName} in Custos`,
    greeting: 'Goedendag,',
    intro: [
      `${p.inviterName} nodigt u uit om deel te nemen aan ${p.organizationName} in Custos, ` +
        `met de rol ${role}. Custos ondersteunt uw organisatie bij het beheer van privacyverzoeken en ` +
        'de naleving van de GDPR.',
      'Via onderstaande link aanvaardt u de uitnodiging.',
    ],
    action: { label: 'Uitnodiging aanvaarden', url: p.link },
    outro: ['Verwachtte u deze uitnodiging niet? Dan mag u deze e-mail negeren.'],
  }),
  fr: (p, role) => ({
    subject: `Invitation à rejoindre ${p.organizationName} sur Custos`,
    greeting: 'Bonjour,',
    intro: [
      `${p.inviterName} vous invite à rejoindre ${p.organizationName} sur Custos en tant que ` +
        `«\u00a0${role}\u00a0». Custos accompagne votre organisation dans le traitement des demandes ` +
        'relatives à la vie privée et le respect du RGPD.',
      'Le lien ci-dessous vous permet d’accepter l’invitation.',
    ],
    action: { label: 'Accepter l’invitation', url: p.link },
    outro: ['Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.'],
  }),
  en: (p, role) => ({
    subject: `Invitation to join ${p.organizationName} on Custos`,
    greeting: 'Hello,',
    intro: [
      `${p.inviterName} has invited you to join ${p.organizationName} on Custos as ${role}. ` +
        'Custos helps your organisation handle privacy requests and comply with the GDPR.',
      'Use the link below to accept the invitation.',
    ],
    action: { label: 'Accept the invitation', url: p.link },
    outro: ['If you were not expecting this invitation, you can safely ignore this email.'],
  }),
}

export function renderMemberInvitation(
  language: Language,
  params: MemberInvitationParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params, roleLabel(params.role, language)), signature)
}
