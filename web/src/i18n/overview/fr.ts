import type { OverviewPageMessages } from './nl'

/** French texts of the overview's deadlines and next steps (issue 15, item 6). */
export const overviewPageFr: OverviewPageMessages = {
  requests: {
    title: 'Demandes ouvertes par échéance',
    open: 'Voir toutes les demandes',
    none: 'Aucune demande ouverte.',
    summary_one:
      '{{count}} demande ouverte, dont {{overdue}} en retard et {{atRisk}} avec un risque de retard.',
    summary_other:
      '{{count}} demandes ouvertes, dont {{overdue}} en retard et {{atRisk}} avec un risque de retard.',
    overdue_one: 'En retard ({{count}})',
    overdue_other: 'En retard ({{count}})',
    atRisk_one: 'Risque de retard ({{count}})',
    atRisk_other: 'Risque de retard ({{count}})',
    next: 'Prochaines échéances',
    due: 'au plus tard le {{date}}',
    more_one: 'et encore {{count}} demande dans la liste des demandes.',
    more_other: 'et encore {{count}} demandes dans la liste des demandes.',
  },
  steps: {
    title: 'Prochaines étapes',
    intro:
      'Constituez le registre dans cet ordre : une activité de traitement renvoie aux fournisseurs, systèmes, durées de conservation et mesures de sécurité que vous enregistrez d’abord.',
    names: {
      vendors: '1. Fournisseurs',
      systems: '2. Systèmes',
      'retention-rules': '3. Durées de conservation',
      measures: '4. Mesures de sécurité',
      activities: '5. Activités de traitement',
    },
    why: {
      vendors: 'Qui traite des données pour vous : comptable, hébergeur, éditeur de logiciel.',
      systems: 'Où se trouvent les données : logiciels, bases de données, dossiers papier.',
      'retention-rules': 'Combien de temps vous conservez les données, et sur quelle base légale.',
      measures: 'Comment vous protégez les données (art. 32 RGPD).',
      activities:
        'Ce que vous faites des données à caractère personnel, pourquoi et sur quelle base juridique (art. 30 RGPD).',
    },
    done_one: 'fait ({{count}} enregistré)',
    done_other: 'fait ({{count}} enregistrés)',
    notDone: 'pas encore fait',
    nextMarker: '(prochaine étape)',
    add: 'Ajouter',
    view: 'Consulter',
    addLabel: {
      vendors: 'Ajouter un fournisseur',
      systems: 'Ajouter un système',
      'retention-rules': 'Ajouter une durée de conservation',
      measures: 'Ajouter une mesure de sécurité',
      activities: 'Ajouter une activité de traitement',
    },
  },
}
