import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface ProcessorReviewParams {
  organizationName: string
  vendorName: string
  /** dd/mm/yyyy */
  reviewDate: string
  url: string
}

const DRAFTS: Record<Language, (p: ProcessorReviewParams) => MailDraft> = {
  nl: (p) => ({
    subject: `Herziening van verwerker ${p.vendorName} (${p.organizationName})`,
    greeting: 'Beste,',
    intro: [
      `De herziening van verwerker ${p.vendorName} staat gepland op ${p.reviewDate}: overeenkomst, ` +
        'checklist artikel 28, doorgiften, certificeringen en risico.',
    ],
    action: { label: 'Verwerker openen', url: p.url },
    outro: ['Leg na de herziening de volgende herzieningsdatum vast.'],
  }),
  fr: (p) => ({
    subject: `Revue du sous-traitant ${p.vendorName} (${p.organizationName})`,
    greeting: 'Bonjour,',
    intro: [
      `La revue du sous-traitant ${p.vendorName} est prévue le ${p.reviewDate} : contrat, liste de l’article 28, ` +
        'transferts, certifications et risque.',
    ],
    action: { label: 'Ouvrir le sous-traitant', url: p.url },
    outro: ['Après la revue, fixez la date de la prochaine revue.'],
  }),
  en: (p) => ({
    subject: `Review of processor ${p.vendorName} (${p.organizationName})`,
    greeting: 'Hello,',
    intro: [
      `The review of processor ${p.vendorName} is due on ${p.reviewDate}: agreement, Article 28 checklist, ` +
        'transfers, certifications and risk.',
    ],
    action: { label: 'Open the processor', url: p.url },
    outro: ['After the review, set the next review date.'],
  }),
}

export function renderProcessorReview(
  language: Language,
  params: ProcessorReviewParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
