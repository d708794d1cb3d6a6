import { describe, expect, it } from 'vitest'
import type { AuditEventRow } from '../../db/schema'
import { auditEventsToCsv, emptiedText, presentAuditEvent } from './presenter'

const row = (over: Partial<AuditEventRow> = {}): AuditEventRow => ({
  seq: 7,
  organization_id: 'org-1',
  actor_type: 'user',
  actor_id: 'user-1',
  actor_label: 'An Peeters',
  action: 'subject.created',
  target_type: 'subject',
  target_id: 'subject-1',
  request_id: null,
  occurred_at: new Date('2026-01-05T09:00:00Z'),
  summary: { name: 'Ann' },
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  emptied_at: null,
  emptied_seal: null,
  ...over,
})

/** Review m7 of bd0f2e5: an event the audit_log rule emptied says so, instead of passing for an event with nothing to say. */
describe('an emptied audit event', () => {
  // 23:30 UTC on 31 December is already 1 January in Brussels: the day shown is the Brussels day.
  const emptied = row({
    actor_id: null,
    actor_label: '',
    target_id: null,
    summary: {},
    emptied_at: new Date('2031-12-31T23:30:00Z'),
    emptied_seal: 'c'.repeat(64),
  })

  it('carries emptiedAt in the API; a whole event has null', () => {
    expect(presentAuditEvent(emptied).emptiedAt).toBe('2031-12-31T23:30:00.000Z')
    expect(presentAuditEvent(row()).emptiedAt).toBeNull()
  })

  it('is worded in nl/fr/en with the Brussels day as dd/mm/yyyy', () => {
    const at = emptied.emptied_at as Date
    expect(emptiedText(at, 'nl')).toBe('Gewist op 01/01/2032 volgens de bewaarregel voor het auditlogboek')
    expect(emptiedText(at, 'fr')).toBe(
      'Effacé le 01/01/2032 selon la règle de conservation du journal d’audit',
    )
    expect(emptiedText(at, 'en')).toBe('Cleared on 01/01/2032 under the retention rule for the audit log')
  })

  it('says so in the CSV export, in the given language, with its time in the emptiedAt column', () => {
    const lines = auditEventsToCsv([row(), emptied], 'nl')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    expect(lines[0]).toContain('emptiedAt')
    expect(lines[1]).toContain('An Peeters')
    expect(lines[1]).not.toContain('Gewist op')
    expect(lines[2]).toContain('Gewist op 01/01/2032 volgens de bewaarregel voor het auditlogboek')
    expect(lines[2]).toContain('2031-12-31T23:30:00.000Z')
  })
})
