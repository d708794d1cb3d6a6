import { describe, expect, it } from 'vitest'
import type { SweepOutcome } from '../modules/retention'
import { useCliLanguage } from './language'
import { describeRetention } from './retention-action'

/** A completed sweep of the accounting rule over the invoices, with a hold on a person and a sample. */
const outcome = {
  rule: 'accounting_records',
  dataset: 'chinook',
  system: 'chinook_db',
  collection: 'invoice',
  action: 'delete',
  dateField: 'invoice_date',
  cutoff: '2019-12-06',
  blocked: null,
  due: 12,
  sampleKeys: ['1', '2'],
  holds: [{ id: 'h1', scope: 'subject', reason: 'Dispute 2026/7', endsOn: null }],
  approved: { by: 'Ann', at: new Date('2026-12-01T10:00:00Z'), rows: 12 },
  ceiling: null,
  outcome: 'completed',
  run: { id: 'r1', rows_deleted: 3, rows_masked: 9, rows_shared: 9 },
} as unknown as SweepOutcome

describe('the CLI account of a retention sweep', () => {
  it('speaks nl, fr and en', async () => {
    const expected = {
      en: 'accounting_records chinook/invoice (delete): completed; 12 due (dated before 2019-12-06); deleted 3, masked 9 (of which 9 still referred to), run r1; sample keys 1, 2; approved by Ann; hold on a person: Dispute 2026/7 until lifted',
      nl: 'accounting_records chinook/invoice (wissen): voltooid; 12 vervallen (gedateerd vóór 2019-12-06); 3 gewist, 9 gemaskeerd (waarvan 9 waarnaar nog verwezen wordt), opruiming r1; voorbeeldsleutels 1, 2; goedgekeurd door Ann; blokkering op persoon: Dispute 2026/7 tot opheffing',
      fr: 'accounting_records chinook/invoice (supprimer)\u00a0: terminée; 12 échues (datées d’avant le 2019-12-06); 3 supprimées, 9 masquées (dont 9 encore référencées), purge r1; clés d’exemple 1, 2; approuvée par Ann; gel sur une personne\u00a0: Dispute 2026/7 jusqu’à levée',
    } as const
    for (const language of ['en', 'nl', 'fr'] as const) {
      await useCliLanguage(language)
      expect(describeRetention(outcome)).toBe(expected[language])
    }
    await useCliLanguage('nl')
    expect(
      describeRetention({ ...outcome, outcome: 'blocked', blocked: 'no_date_field', due: null, run: null }),
    ).toContain('niet opgeruimd; de dataset noemt geen datum voor de collectie')
    for (const [language, text] of [
      ['en', '4 due (2 people; last contact before 2023-12-06)'],
      ['nl', '4 vervallen (2 personen; laatste contact vóór 2023-12-06)'],
      ['fr', '4 échues (2 personnes\u00a0; dernier contact avant le 2023-12-06)'],
    ] as const) {
      await useCliLanguage(language)
      const byEvent = {
        ...outcome,
        subjectEvent: 'last_contact' as const,
        subjects: 2,
        due: 4,
        cutoff: '2023-12-06',
      }
      expect(describeRetention(byEvent)).toContain(text)
    }
  })

  it('says what a sweep of an HTTP or manual system will do: call the endpoint or create a task (decision 0094)', async () => {
    const plan = { ...outcome, due: null, run: null } as unknown as SweepOutcome
    const http = {
      ...plan,
      via: 'http_endpoint',
      endpoint: 'DELETE api.example.be/v1/invoices',
    } as SweepOutcome
    const task = { ...plan, via: 'task', endpoint: null, outcome: 'waiting' } as SweepOutcome
    for (const [language, call, waiting] of [
      [
        'en',
        'will call DELETE api.example.be/v1/invoices with the cutoff date',
        'waiting: a task for a person',
      ],
      ['nl', 'roept DELETE api.example.be/v1/invoices aan met de einddatum', 'wacht op een persoon'],
      [
        'fr',
        'appellera DELETE api.example.be/v1/invoices avec la date limite',
        'en attente d’une personne\u00a0:',
      ],
    ] as const) {
      await useCliLanguage(language)
      expect(describeRetention(http)).toContain(call)
      expect(describeRetention(task)).toContain(waiting)
    }
  })

  it('counts one and more by the language\'s plural rules, never "(s)"', async () => {
    const one = {
      ...outcome,
      due: 1,
      subjectEvent: 'last_contact' as const,
      subjects: 1,
      cutoff: '2023-12-06',
      run: { id: 'r2', rows_deleted: 1, rows_masked: 0, rows_shared: 0 },
    } as unknown as SweepOutcome
    const expected = {
      en: '1 due (1 person; last contact before 2023-12-06); deleted 1, masked 0 (of which 0 still referred to), run r2',
      nl: '1 vervallen (1 persoon; laatste contact vóór 2023-12-06); 1 gewist, 0 gemaskeerd (waarvan 0 waarnaar nog verwezen wordt), opruiming r2',
      fr: '1 échue (1 personne\u00a0; dernier contact avant le 2023-12-06); 1 supprimée, 0 masquée (dont 0 encore référencée), purge r2',
    } as const
    for (const language of ['en', 'nl', 'fr'] as const) {
      await useCliLanguage(language)
      expect(describeRetention(one)).toContain(expected[language])
      expect(
        describeRetention({ ...one, cutoff: '2023-12-06', subjectEvent: null } as SweepOutcome),
      ).not.toMatch(/\((s|en)\)|e\(s\)/)
    }
    await useCliLanguage('fr')
    expect(describeRetention({ ...one, subjectEvent: null } as SweepOutcome)).toContain(
      '1 échue (datée d’avant le 2023-12-06)',
    )
  })
})
