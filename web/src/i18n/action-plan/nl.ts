import type { actionPlanEn } from './en'

/** Dutch (Belgium) texts of the action plan (issue 21). */
export const actionPlanNl: typeof actionPlanEn = {
  title: 'Actieplan',
  intro:
    'Wat moet gebeuren, door wie en tegen wanneer. Acties die een oorzaak opende (een verzoek over de termijn, een uit te voeren DPIA, een geplande maatregel) sluiten vanzelf zodra de oorzaak weg is.',
  exportCsv: 'Downloaden als CSV (de getoonde acties)',
  filter: 'Tonen',
  filters: { pending: 'Lopend', closed: 'Afgesloten', all: 'Alle' },
  action: 'Actie',
  cause: 'Oorzaak',
  manual: 'Met de hand toegevoegd',
  automatic: 'Automatisch',
  owner: 'Verantwoordelijke',
  noOwner: 'Niemand',
  priority: 'Prioriteit',
  effort: 'Inspanning (dagen)',
  due: 'Tegen',
  status: 'Status',
  open: 'Naar de oorzaak',
  none: 'Geen acties.',
  priorities: { low: 'Laag', medium: 'Gemiddeld', high: 'Hoog', critical: 'Kritiek' },
  statuses: { open: 'Open', in_progress: 'Bezig', done: 'Klaar', cancelled: 'Geannuleerd' },
  closedCauseGone: 'afgesloten: de oorzaak is weg',
  add: 'Actie toevoegen',
  titleField: 'Wat moet gebeuren',
  create: 'Toevoegen',
  created: 'Actie toegevoegd.',
  changed: 'Actie gewijzigd.',
}
