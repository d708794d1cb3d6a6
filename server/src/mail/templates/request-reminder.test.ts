import { describe, expect, it } from 'vitest'
import { type RequestReminderParams, renderRequestReminder } from './request-reminder'

const params = (kind: RequestReminderParams['kind'], days: number): RequestReminderParams => ({
  organizationName: 'Peeters BV',
  reference: 'DSR-2026-0001',
  kind,
  dueDate: '05/01/2026',
  days,
  requestUrl: 'https://custos.example/requests/1',
})

describe('request reminder wording', () => {
  it('counts days in the language of the reader, never "dag(en)"', () => {
    expect(renderRequestReminder('nl', params('overdue', 1)).text).toContain('(1 dag geleden)')
    expect(renderRequestReminder('nl', params('overdue', 4)).text).toContain('(4 dagen geleden)')
    expect(renderRequestReminder('nl', params('before_due', 1)).text).toContain('nog 1 werkdag.')
    expect(renderRequestReminder('fr', params('overdue', 1)).text).toContain('(il y a 1 jour)')
    expect(renderRequestReminder('fr', params('before_due', 3)).text).toContain('encore 3 jours ouvrables.')
    expect(renderRequestReminder('en', params('overdue', 2)).text).toContain('(2 days ago)')
    expect(renderRequestReminder('en', params('before_due', 1)).text).toContain('1 working day left.')
    for (const language of ['nl', 'fr', 'en'] as const) {
      expect(renderRequestReminder(language, params('overdue', 2)).text).not.toMatch(/\((en|s)\)/)
    }
  })
})
