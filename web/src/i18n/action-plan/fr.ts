import type { actionPlanEn } from './en'

/** Textes français (Belgique) du plan d’action (issue 21). */
export const actionPlanFr: typeof actionPlanEn = {
  title: 'Plan d’action',
  intro:
    'Ce qui doit être fait, par qui et pour quand. Les actions ouvertes par une cause (une demande en retard, une AIPD à réaliser, une mesure prévue) se ferment d’elles-mêmes dès que la cause disparaît.',
  exportCsv: 'Télécharger en CSV (les actions affichées)',
  filter: 'Afficher',
  filters: { pending: 'En cours', closed: 'Clôturées', all: 'Toutes' },
  action: 'Action',
  cause: 'Cause',
  manual: 'Ajoutée à la main',
  automatic: 'Automatique',
  owner: 'Responsable',
  noOwner: 'Personne',
  priority: 'Priorité',
  effort: 'Effort (jours)',
  due: 'Pour le',
  status: 'Statut',
  open: 'Voir la cause',
  none: 'Aucune action.',
  priorities: { low: 'Basse', medium: 'Moyenne', high: 'Haute', critical: 'Critique' },
  statuses: { open: 'Ouverte', in_progress: 'En cours', done: 'Terminée', cancelled: 'Annulée' },
  closedCauseGone: 'clôturée : la cause a disparu',
  add: 'Ajouter une action',
  titleField: 'Ce qui doit être fait',
  create: 'Ajouter',
  created: 'Action ajoutée.',
  changed: 'Action modifiée.',
}
