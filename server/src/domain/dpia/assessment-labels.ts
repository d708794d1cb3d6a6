import { frenchPunctuation } from '../french-typography'
import type { Labels } from '../register/localized'
import type { Evaluation, PrincipleKey } from './assessment'
import type { RiskKey, RiskLevel } from './risk'

/** The words of the assessment (CNIL PIA structure) in nl, fr and en: the API answer and the PDF report. */

export const PRINCIPLE_QUESTIONS: Record<PrincipleKey, Labels> = {
  purposes: {
    nl: 'Zijn de doeleinden welbepaald, uitdrukkelijk omschreven en gerechtvaardigd?',
    fr: frenchPunctuation('Les finalités sont-elles déterminées, explicites et légitimes ?'),
    en: 'Are the purposes specified, explicit and legitimate?',
  },
  legal_basis: {
    nl: 'Wat is de rechtsgrond van de verwerking?',
    fr: frenchPunctuation('Quel est le fondement juridique du traitement ?'),
    en: 'What is the legal basis of the processing?',
  },
  minimisation: {
    nl: 'Zijn de gegevens toereikend, ter zake dienend en beperkt tot wat noodzakelijk is?',
    fr: frenchPunctuation(
      'Les données sont-elles adéquates, pertinentes et limitées à ce qui est nécessaire ?',
    ),
    en: 'Are the data adequate, relevant and limited to what is necessary?',
  },
  accuracy: {
    nl: 'Zijn de gegevens juist en worden ze bijgewerkt?',
    fr: frenchPunctuation('Les données sont-elles exactes et tenues à jour ?'),
    en: 'Are the data accurate and kept up to date?',
  },
  retention: {
    nl: 'Zijn de bewaartermijnen bepaald en gerechtvaardigd?',
    fr: frenchPunctuation('Les durées de conservation sont-elles définies et justifiées ?'),
    en: 'Are the retention periods defined and justified?',
  },
  information: {
    nl: 'Hoe worden de betrokkenen geïnformeerd (art. 13 en 14)?',
    fr: frenchPunctuation('Comment les personnes concernées sont-elles informées (art. 13 et 14) ?'),
    en: 'How are the people concerned informed (Art. 13 and 14)?',
  },
  consent: {
    nl: 'Indien van toepassing: hoe wordt toestemming verkregen en ingetrokken?',
    fr: frenchPunctuation('Le cas échéant : comment le consentement est-il recueilli et retiré ?'),
    en: 'Where it applies: how is consent obtained and withdrawn?',
  },
  access_portability: {
    nl: 'Hoe oefenen de betrokkenen hun recht van inzage en op overdraagbaarheid uit?',
    fr: frenchPunctuation("Comment les personnes exercent-elles leurs droits d'accès et à la portabilité ?"),
    en: 'How do people exercise their rights of access and to data portability?',
  },
  rectification_erasure: {
    nl: 'Hoe oefenen de betrokkenen hun recht op rectificatie en gegevenswissing uit?',
    fr: frenchPunctuation(
      "Comment les personnes exercent-elles leurs droits de rectification et d'effacement ?",
    ),
    en: 'How do people exercise their rights to rectification and erasure?',
  },
  restriction_objection: {
    nl: 'Hoe oefenen de betrokkenen hun recht op beperking en bezwaar uit?',
    fr: frenchPunctuation(
      "Comment les personnes exercent-elles leurs droits à la limitation et d'opposition ?",
    ),
    en: 'How do people exercise their rights to restriction and to object?',
  },
  processors: {
    nl: 'Zijn de verwerkers en ontvangers bepaald en door een overeenkomst gebonden (art. 28)?',
    fr: frenchPunctuation(
      'Les sous-traitants et destinataires sont-ils identifiés et liés par un contrat (art. 28) ?',
    ),
    en: 'Are the processors and recipients identified and bound by an agreement (Art. 28)?',
  },
  transfers: {
    nl: 'Worden gegevens buiten de EER doorgegeven, en met welke waarborgen?',
    fr: frenchPunctuation("Des données sont-elles transférées hors de l'EEE, et avec quelles garanties ?"),
    en: 'Are data transferred outside the EEA, and with which safeguards?',
  },
}

export const RISK_LABELS: Record<RiskKey, Labels> = {
  illegitimate_access: {
    nl: 'Onrechtmatige toegang tot de gegevens',
    fr: 'Accès illégitime à des données',
    en: 'Illegitimate access to data',
  },
  unwanted_modification: {
    nl: 'Ongewenste wijziging van de gegevens',
    fr: 'Modification non désirée de données',
    en: 'Unwanted modification of data',
  },
  disappearance: {
    nl: 'Verdwijning van de gegevens',
    fr: 'Disparition de données',
    en: 'Disappearance of data',
  },
}

/** The CNIL four-level scale. */
export const LEVEL_LABELS: Record<Language3, readonly [string, string, string, string]> = {
  nl: ['Verwaarloosbaar', 'Beperkt', 'Aanzienlijk', 'Maximaal'],
  fr: ['Négligeable', 'Limitée', 'Importante', 'Maximale'],
  en: ['Negligible', 'Limited', 'Significant', 'Maximum'],
}
type Language3 = 'nl' | 'fr' | 'en'

export const RISK_LEVEL_LABELS: Record<RiskLevel, Labels> = {
  low: { nl: 'laag', fr: 'faible', en: 'low' },
  moderate: { nl: 'matig', fr: 'modéré', en: 'moderate' },
  high: { nl: 'hoog', fr: 'élevé', en: 'high' },
}

export const EVALUATION_LABELS: Record<Evaluation, Labels> = {
  acceptable: { nl: 'Aanvaardbaar', fr: 'Acceptable', en: 'Acceptable' },
  improvable: { nl: 'Voor verbetering vatbaar', fr: 'Améliorable', en: 'Improvable' },
  to_correct: { nl: 'Te corrigeren', fr: 'À corriger', en: 'To correct' },
}

export const STATUS_LABELS: Record<'draft' | 'validated' | 'refused', Labels> = {
  draft: { nl: 'Ontwerp', fr: 'Brouillon', en: 'Draft' },
  validated: { nl: 'Gevalideerd', fr: 'Validée', en: 'Validated' },
  refused: { nl: 'Geweigerd', fr: 'Refusée', en: 'Refused' },
}

export const MAP_LABELS: Record<Language3, { title: string; severity: string; likelihood: string }> = {
  nl: {
    title: 'Risicokaart: vóór (open) en na (gevuld) de geplande maatregelen',
    severity: 'Ernst',
    likelihood: 'Waarschijnlijkheid',
  },
  fr: {
    title: frenchPunctuation('Cartographie des risques : avant (vide) et après (plein) les mesures prévues'),
    severity: 'Gravité',
    likelihood: 'Vraisemblance',
  },
  en: {
    title: 'Risk map: before (hollow) and after (filled) the planned measures',
    severity: 'Severity',
    likelihood: 'Likelihood',
  },
}
