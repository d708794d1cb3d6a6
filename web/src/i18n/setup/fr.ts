import type { setupNl } from './nl'

/** Textes français de l’installation initiale et de l’organisation d’exemple. */
export const setupFr: typeof setupNl = {
  title: 'Configurer Custos',
  intro:
    'Bienvenue. Créez votre propre compte et votre organisation. Ces données figurent dans votre déclaration de confidentialité et dans les lettres aux personnes concernées ; vous pourrez les modifier plus tard dans Paramètres.',
  codeSection: 'Code d’installation',
  code: 'Code d’installation',
  codeHint:
    '`custos start` affiche ce code dans la console ; il se trouve aussi dans le fichier setup-code du dossier de données de Custos (par défaut ./data/setup-code). Il ne fonctionne qu’une fois.',
  accountSection: 'Votre compte',
  displayName: 'Votre nom',
  email: 'Votre adresse e-mail',
  password: 'Mot de passe',
  confirm: 'Répétez le mot de passe',
  language: 'Langue de l’interface',
  organizationSection: 'Votre organisation',
  legalForm: 'Forme juridique',
  legalForms: {
    bv: 'Société à responsabilité limitée (SRL)',
    nv: 'Société anonyme (SA)',
    cv: 'Société coopérative (SC)',
    vof: 'Société en nom collectif (SNC)',
    commv: 'Société en commandite (SComm)',
    vzw: 'Association sans but lucratif (ASBL)',
    ivzw: 'Association internationale sans but lucratif (AISBL)',
    foundation: 'Fondation',
    sole_trader: 'Entreprise individuelle',
    public_body: 'Autorité publique',
    other: 'Autre',
  },
  required: 'obligatoire',
  submit: 'Créer le compte et l’organisation',
  submitting: 'Création en cours…',
  slugTitle: 'Nom court et adresses publiques',
  slugIntro:
    'Vos pages publiques utilisent le nom court dans leur adresse, par exemple {{address}}. Si vous le modifiez, les anciennes adresses redirigent vers les nouvelles ; aucune autre organisation ne peut reprendre l’ancien nom.',
  slugSubmit: 'Modifier le nom court',
}
