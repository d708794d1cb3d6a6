import type { Labels } from '../localized'
import type { ReferenceTarget } from '../references'

interface KindWords {
  /** With the definite article: "het doeleinde", "la finalité", "the purpose". */
  the: Labels
  plural: Labels
}

/** How the linter names each kind of register entry. */
export const KIND_WORDS: Readonly<Record<ReferenceTarget, KindWords>> = {
  purpose: {
    the: { nl: 'het doeleinde', fr: 'la finalité', en: 'the purpose' },
    plural: { nl: 'doeleinden', fr: 'finalités', en: 'purposes' },
  },
  data_category: {
    the: { nl: 'de gegevenscategorie', fr: 'la catégorie de données', en: 'the data category' },
    plural: { nl: 'gegevenscategorieën', fr: 'catégories de données', en: 'data categories' },
  },
  subject_category: {
    the: {
      nl: 'de categorie van betrokkenen',
      fr: 'la catégorie de personnes concernées',
      en: 'the category of data subjects',
    },
    plural: {
      nl: 'categorieën van betrokkenen',
      fr: 'catégories de personnes concernées',
      en: 'categories of data subjects',
    },
  },
  recipient_type: {
    the: {
      nl: 'de categorie van ontvangers',
      fr: 'la catégorie de destinataires',
      en: 'the recipient category',
    },
    plural: {
      nl: 'categorieën van ontvangers',
      fr: 'catégories de destinataires',
      en: 'recipient categories',
    },
  },
  system: {
    the: { nl: 'het systeem', fr: 'le système', en: 'the system' },
    plural: { nl: 'systemen', fr: 'systèmes', en: 'systems' },
  },
  vendor: {
    the: { nl: 'de leverancier', fr: 'le fournisseur', en: 'the vendor' },
    plural: { nl: 'leveranciers', fr: 'fournisseurs', en: 'vendors' },
  },
  retention_rule: {
    the: { nl: 'de bewaarregel', fr: 'la règle de conservation', en: 'the retention rule' },
    plural: { nl: 'bewaarregels', fr: 'règles de conservation', en: 'retention rules' },
  },
  measure: {
    the: { nl: 'de beveiligingsmaatregel', fr: 'la mesure de sécurité', en: 'the security measure' },
    plural: { nl: 'beveiligingsmaatregelen', fr: 'mesures de sécurité', en: 'security measures' },
  },
  activity: {
    the: { nl: 'de verwerkingsactiviteit', fr: "l'activité de traitement", en: 'the processing activity' },
    plural: { nl: 'verwerkingsactiviteiten', fr: 'activités de traitement', en: 'processing activities' },
  },
}

/** French "à" + article: "au système", "à la finalité", "à l'activité". */
export function frenchTo(the: string): string {
  return the.startsWith('le ') ? `au ${the.slice(3)}` : `à ${the}`
}

/** The taxonomy kinds: known from the built-in catalogue or the organisation's own entries. */
export const TAXONOMY_KINDS: ReadonlySet<ReferenceTarget> = new Set([
  'purpose',
  'data_category',
  'subject_category',
  'recipient_type',
])
