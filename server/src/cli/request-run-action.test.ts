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
        '2 conservé(s) jusqu’au 2031-03-01 (accounting)',
        '1 conservé(s) sans date de fin (tax\u00a0: la durée légale)',
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
})
