import type { samplesNl } from './nl'

/** French texts of the sample organisation (issue 15, item 2). */
export const samplesFr: typeof samplesNl = {
  offerTitle: 'Explorer une organisation d’exemple',
  offerIntro:
    'Essayez Custos sur une organisation d’exemple distincte, construite à partir de l’un des registres d’exemple : un registre des activités de traitement complet, six personnes fictives et trois demandes (une récente, une proche de l’échéance, une en retard). Votre propre organisation n’est pas touchée et vous pouvez supprimer l’exemple à tout moment.',
  example: 'Registre d’exemple',
  examples: {
    liberoo: 'Liberoo - bureau comptable',
    'the-invoice-managers': 'The Invoice Managers - gestion de factures et recouvrement',
    contactexpert: 'ContactExpert - centre d’appels',
  },
  create: 'Créer l’organisation d’exemple',
  creating: 'Création en cours…',
  banner:
    'Ceci est une organisation d’exemple avec des personnes et des demandes fictives. Ses courriels ne sont jamais envoyés et votre propre organisation ne partage rien avec elle.',
  delete: 'Supprimer l’exemple',
  deleteQuestion: 'Supprimer définitivement cette organisation d’exemple et toutes ses données ?',
  deleteConfirm: 'Oui, supprimer',
  deleting: 'Suppression en cours…',
  deleted: 'L’organisation d’exemple {{name}} a été supprimée.',
}
