import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface SubprocessorChangeParams {
  organizationName: string
  kind: 'add' | 'remove'
  vendorName: string
  vendorCountry: string
  services: string | null
  note: string | null
  /** The date it takes effect, dd/mm/yyyy. */
  effectiveDate: string
  windowDays: number
  pageUrl: string
  /** A client's name; null for a subscriber. */
  recipientName: string | null
  /** The client's signed objection link; null for a subscriber. */
  objectUrl: string | null
  /** A subscriber's unsubscribe link; null for a client. */
  unsubscribeUrl: string | null
}

const DRAFTS: Record<Language, (p: SubprocessorChangeParams) => MailDraft> = {
  nl: (p) => ({
    subject:
      p.kind === 'add'
        ? `${p.organizationName} wil een nieuwe subverwerker inschakelen: ${p.vendorName}`
        : `${p.organizationName} stopt met subverwerker ${p.vendorName}`,
    greeting: p.recipientName ? `Aan ${p.recipientName},` : 'Geachte heer, geachte mevrouw,',
    intro: [
      p.kind === 'add'
        ? `${p.organizationName} wil ${p.vendorName} (${p.vendorCountry})${p.services ? ` inschakelen voor: ${p.services}` : ' inschakelen als subverwerker'}. ` +
          `Deze wijziging gaat in op ${p.effectiveDate}.`
        : `${p.organizationName} doet vanaf ${p.effectiveDate} geen beroep meer op ${p.vendorName} (${p.vendorCountry}).`,
      ...(p.note ? [p.note] : []),
      ...(p.objectUrl
        ? [
            `U kunt binnen ${p.windowDays} dagen bezwaar maken tegen deze wijziging (artikel 28, lid 2, AVG), ` +
              'met uw redenen, via de knop hieronder.',
          ]
        : []),
    ],
    ...(p.objectUrl ? { action: { label: 'Bezwaar maken', url: p.objectUrl } } : {}),
    outro: [
      `De actuele lijst van subverwerkers: ${p.pageUrl}`,
      ...(p.unsubscribeUrl
        ? [`U ontvangt dit bericht omdat u daarom vroeg. Uitschrijven: ${p.unsubscribeUrl}`]
        : []),
    ],
  }),
  fr: (p) => ({
    subject:
      p.kind === 'add'
        ? `${p.organizationName} souhaite recourir à un nouveau sous-traitant ultérieur : ${p.vendorName}`
        : `${p.organizationName} cesse de recourir au sous-traitant ultérieur ${p.vendorName}`,
    greeting: p.recipientName ? `À l’attention de ${p.recipientName},` : 'Madame, Monsieur,',
    intro: [
      p.kind === 'add'
        ? `${p.organizationName} souhaite recourir à ${p.vendorName} (${p.vendorCountry})${p.services ? ` pour : ${p.services}` : ' comme sous-traitant ultérieur'}. ` +
          `Ce changement prend effet le ${p.effectiveDate}.`
        : `À partir du ${p.effectiveDate}, ${p.organizationName} ne recourt plus à ${p.vendorName} (${p.vendorCountry}).`,
      ...(p.note ? [p.note] : []),
      ...(p.objectUrl
        ? [
            `Vous pouvez vous opposer à ce changement dans un délai de ${p.windowDays} jours (article 28, ` +
              'paragraphe 2, du RGPD), en indiquant vos raisons, au moyen du bouton ci-dessous.',
          ]
        : []),
    ],
    ...(p.objectUrl ? { action: { label: 'Formuler une objection', url: p.objectUrl } } : {}),
    outro: [
      `La liste actuelle des sous-traitants ultérieurs : ${p.pageUrl}`,
      ...(p.unsubscribeUrl
        ? [
            `Vous recevez ce message parce que vous l’avez demandé. Pour vous désinscrire : ${p.unsubscribeUrl}`,
          ]
        : []),
    ],
  }),
  en: (p) => ({
    subject:
      p.kind === 'add'
        ? `${p.organizationName} intends to engage a new sub-processor: ${p.vendorName}`
        : `${p.organizationName} stops using sub-processor ${p.vendorName}`,
    greeting: p.recipientName ? `To ${p.recipientName},` : 'Dear Sir or Madam,',
    intro: [
      p.kind === 'add'
        ? `${p.organizationName} intends to engage ${p.vendorName} (${p.vendorCountry})${p.services ? ` for: ${p.services}` : ' as a sub-processor'}. ` +
          `This change takes effect on ${p.effectiveDate}.`
        : `From ${p.effectiveDate}, ${p.organizationName} no longer uses ${p.vendorName} (${p.vendorCountry}).`,
      ...(p.note ? [p.note] : []),
      ...(p.objectUrl
        ? [
            `You may object to this change within ${p.windowDays} days (Article 28(2) GDPR), with your reasons, ` +
              'through the button below.',
          ]
        : []),
    ],
    ...(p.objectUrl ? { action: { label: 'Object', url: p.objectUrl } } : {}),
    outro: [
      `The current list of sub-processors: ${p.pageUrl}`,
      ...(p.unsubscribeUrl
        ? [`You receive this message because you asked for it. To unsubscribe: ${p.unsubscribeUrl}`]
        : []),
    ],
  }),
}

export function renderSubprocessorChange(
  language: Language,
  params: SubprocessorChangeParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
