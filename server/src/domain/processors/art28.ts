import type { Labels } from '../register/localized'

/** The points of Art. 28(3) GDPR a processing agreement must stipulate. */
export const CLAUSE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const
export type ClauseLetter = (typeof CLAUSE_LETTERS)[number]

export const CLAUSES: Record<ClauseLetter, Labels> = {
  a: {
    nl: 'verwerkt alleen op gedocumenteerde instructies, ook voor doorgiften',
    fr: 'ne traite que sur instruction documentée, y compris pour les transferts',
    en: 'processes only on documented instructions, including for transfers',
  },
  b: {
    nl: 'personeel is tot vertrouwelijkheid verplicht',
    fr: 'le personnel est tenu à la confidentialité',
    en: 'staff are committed to confidentiality',
  },
  c: {
    nl: 'neemt de beveiligingsmaatregelen van artikel 32',
    fr: 'prend les mesures de sécurité de l’article 32',
    en: 'takes the security measures of Article 32',
  },
  d: {
    nl: 'subverwerkers alleen met voorafgaande toestemming, verplichtingen doorgegeven',
    fr: 'sous-traitants ultérieurs uniquement avec autorisation préalable, obligations répercutées',
    en: 'sub-processors only with prior authorisation, obligations flowed down',
  },
  e: {
    nl: 'helpt bij verzoeken van betrokkenen',
    fr: 'aide à répondre aux demandes des personnes concernées',
    en: 'helps with data subject requests',
  },
  f: {
    nl: 'helpt bij de artikelen 32 tot 36 (beveiliging, datalekken, DPIA)',
    fr: 'aide pour les articles 32 à 36 (sécurité, violations, AIPD)',
    en: 'helps with Articles 32 to 36 (security, breaches, DPIA)',
  },
  g: {
    nl: 'wist of bezorgt de gegevens terug aan het einde, naar keuze van de verwerkingsverantwoordelijke',
    fr: 'supprime ou renvoie les données à la fin, au choix du responsable du traitement',
    en: 'deletes or returns the data at the end, at the controller’s choice',
  },
  h: {
    nl: 'stelt alle informatie ter beschikking, laat audits toe en waarschuwt bij een onwettige instructie',
    fr: 'met à disposition toutes les informations, permet les audits et alerte en cas d’instruction illicite',
    en: 'makes all information available, allows audits and warns of an unlawful instruction',
  },
}

export type ClauseChecklist = Partial<
  Record<ClauseLetter, { present: boolean; location?: string | undefined }>
>

/** The letters a checklist does not mark present. */
export function missingClauses(checklist: ClauseChecklist): ClauseLetter[] {
  return CLAUSE_LETTERS.filter((l) => checklist[l]?.present !== true)
}

/** The 2021/914 standard contractual clauses modules. */
export const SCC_MODULES: Record<1 | 2 | 3 | 4, Labels> = {
  1: {
    nl: 'module 1: verantwoordelijke naar verantwoordelijke',
    fr: 'module 1 : responsable à responsable',
    en: 'module 1: controller to controller',
  },
  2: {
    nl: 'module 2: verantwoordelijke naar verwerker',
    fr: 'module 2 : responsable à sous-traitant',
    en: 'module 2: controller to processor',
  },
  3: {
    nl: 'module 3: verwerker naar verwerker',
    fr: 'module 3 : sous-traitant à sous-traitant',
    en: 'module 3: processor to processor',
  },
  4: {
    nl: 'module 4: verwerker naar verantwoordelijke',
    fr: 'module 4 : sous-traitant à responsable',
    en: 'module 4: processor to controller',
  },
}
