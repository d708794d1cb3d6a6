import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface NoticeChangedParams {
  organizationName: string
  version: number
  effectiveDate: string
  changeSummary: string | null
  noticeUrl: string
  unsubscribeUrl: string
}

const DRAFTS: Record<Language, (p: NoticeChangedParams) => MailDraft> = {
  nl: (p) => ({
    subject: `${p.organizationName} wijzigt zijn privacyverklaring`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: [
      `${p.organizationName} heeft zijn privacyverklaring gewijzigd. De nieuwe versie (versie ${p.version}) ` +
        `geldt vanaf ${p.effectiveDate}.`,
      ...(p.changeSummary ? [`Wat er verandert: ${p.changeSummary}`] : []),
    ],
    action: { label: 'Nieuwe privacyverklaring lezen', url: p.noticeUrl },
    outro: [`U ontvangt dit bericht omdat u daarom vroeg. Uitschrijven kan hier: ${p.unsubscribeUrl}`],
  }),
  fr: (p) => ({
    subject: `${p.organizationName} modifie sa déclaration de confidentialité`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `${p.organizationName} a modifié sa déclaration de confidentialité. La nouvelle version (version ${p.version}) ` +
        `s’applique à partir du ${p.effectiveDate}.`,
      ...(p.changeSummary ? [`Ce qui change : ${p.changeSummary}`] : []),
    ],
    action: { label: 'Lire la nouvelle déclaration', url: p.noticeUrl },
    outro: [
      `Vous recevez ce message parce que vous l’avez demandé. Pour vous désinscrire : ${p.unsubscribeUrl}`,
    ],
  }),
  en: (p) => ({
    subject: `${p.organizationName} is changing its privacy notice`,
    greeting: 'Dear Sir or Madam,',
    intro: [
      `${p.organizationName} has changed its privacy notice. The new version (version ${p.version}) applies from ` +
        `${p.effectiveDate}.`,
      ...(p.changeSummary ? [`What changes: ${p.changeSummary}`] : []),
    ],
    action: { label: 'Read the new privacy notice', url: p.noticeUrl },
    outro: [`You receive this message because you asked for it. To unsubscribe: ${p.unsubscribeUrl}`],
  }),
}

export function renderNoticeChanged(
  language: Language,
  params: NoticeChangedParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
