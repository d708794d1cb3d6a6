import { describe, expect, it } from 'vitest'
import type { RunView } from '../modules/connector-runs'
import { useCliLanguage } from './language'
import { describeRun } from './request-run-action'

/** A finished erasure run whose one collection kept rows under rules with and without an end date. */
const view = {
  id: 'r1',
  action: 'erase',
  dryRun: false,
  status: 'done',
  error: null,
  summary: {},
  steps: [
    {
      dataset: 'shop',
      system: 'webshop',
      status: 'done',
      error: null,
      result: {
        read: [{ collection: 'invoices', found: 5 }],
        changes: [
          {
            collection: 'invoices',
            updated: 0,
            deleted: 0,
            withheld: [
              { rows: 2, reason: { kind: 'retention', rule: 'accounting', until: '2031-03-01' } },
              {
                rows: 1,
                reason: { kind: 'retention', rule: 'tax', until: null, openEnd: 'statutory_period' },
              },
              {
                rows: 1,
                reason: { kind: 'retention', rule: 'warranty', until: null, openEnd: 'until_event' },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as RunView

describe('the CLI account of a run', () => {
  it('says "with no end date" for open-ended holds, never "until null"', async () => {
    const expected = {
      en: [
        '2 kept until 2031-03-01 (accounting)',
        '1 kept with no end date (tax: the statutory period)',
        '(warranty: until the event the rule names)',
      ],
      nl: [
        '2 bewaard tot 2031-03-01 (accounting)',
        '1 bewaard zonder einddatum (tax: de wettelijke bewaartermijn)',
        '(warranty: tot de gebeurtenis die de regel noemt)',
      ],
      fr: [
        '2 conservés jusqu’au 2031-03-01 (accounting)',
        '1 conservé sans date de fin (tax\u00a0: la durée légale)',
        '(warranty\u00a0: jusqu’à l’événement que nomme la règle)',
      ],
    } as const
    for (const language of ['en', 'nl', 'fr'] as const) {
      await useCliLanguage(language)
      const text = describeRun(view).join('\n')
      for (const part of expected[language]) expect(text).toContain(part)
      expect(text).not.toMatch(/null|undefined/)
    }
  })

  it('counts in the reader\'s language: one and more, never "(s)" or "(en)"', async () => {
    const dryRun = (found: number, toUpdate: number, toDelete: number, masked: number) =>
      ({
        ...view,
        dryRun: true,
        steps: [
          {
            dataset: 'shop',
            system: 'webshop',
            status: 'done',
            error: null,
            result: {
              read: [{ collection: 'invoices', found }],
              changes: [
                {
                  collection: 'invoices',
                  toUpdate,
                  toDelete,
                  withheld: [
                    { rows: masked, reason: { kind: 'referenced', by: 'orders' } },
                    { rows: masked, reason: { kind: 'reference_data' } },
                  ],
                },
              ],
            },
          },
        ],
      }) as unknown as RunView
    const expected = {
      en: [
        [
          dryRun(1, 1, 1, 1),
          'invoices: found 1, would update 1, would delete 1, 1 masked, not deleted: still referred to by orders, 1 shared reference data: never erased',
        ],
        [
          dryRun(3, 2, 0, 4),
          'invoices: found 3, would update 2, would delete 0, 4 masked, not deleted: still referred to by orders, 4 shared reference data: never erased',
        ],
      ],
      nl: [
        [
          dryRun(1, 1, 1, 1),
          'invoices: 1 gevonden, 1 zou gewijzigd worden, 1 zou verwijderd worden, 1 gemaskeerd, niet verwijderd: nog steeds gebruikt door orders, 1 gedeelde referentiegegevens: nooit gewist',
        ],
        [
          dryRun(3, 2, 0, 4),
          'invoices: 3 gevonden, 2 zouden gewijzigd worden, 0 zouden verwijderd worden, 4 gemaskeerd, niet verwijderd: nog steeds gebruikt door orders, 4 gedeelde referentiegegevens: nooit gewist',
        ],
      ],
      fr: [
        [
          dryRun(1, 1, 0, 1),
          'invoices: 1 trouvé, 1 serait modifié, 0 serait supprimé, 1 masqué, non supprimé : encore référencé par orders, 1 donnée de référence partagée : jamais effacée',
        ],
        [
          dryRun(3, 2, 5, 4),
          'invoices: 3 trouvés, 2 seraient modifiés, 5 seraient supprimés, 4 masqués, non supprimés : encore référencés par orders, 4 données de référence partagées : jamais effacées',
        ],
      ],
    } as const
    for (const language of ['en', 'nl', 'fr'] as const) {
      await useCliLanguage(language)
      for (const [run, line] of expected[language]) {
        const text = describeRun(run).join('\n')
        expect(text).toContain(line)
        expect(text).not.toMatch(/\((s|en|den)\)/)
      }
    }
  })
})
