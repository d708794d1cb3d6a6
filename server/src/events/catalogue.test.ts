import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EVENT_CATALOGUE, EVENT_TYPES, TEST_EVENT_TYPE } from './catalogue'

/** The event table of docs/api.md: the first column of each row, in backticks. */
function documentedEvents(): Map<string, string> {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'api.md'), 'utf8')
  const section = doc.slice(doc.indexOf('### Events'))
  const rows = new Map<string, string>()
  for (const line of section.split('\n').slice(1)) {
    if (line.startsWith('#')) break
    const m = /^\| `([a-z_.]+)` \|[^|]*\|(.*)\|$/.exec(line)
    if (m) rows.set(m[1] as string, m[2] as string)
  }
  return rows
}

describe('webhook event catalogue', () => {
  it('docs/api.md lists every event integrators can subscribe to, and no other', () => {
    const documented = documentedEvents()
    expect([...documented.keys()].sort()).toEqual([...EVENT_TYPES, TEST_EVENT_TYPE].sort())
  })
  it('the issue’s events exist: requests, notices, connector runs, consent withdrawn, breach recorded, sweep done', () => {
    for (const type of [
      'request.received',
      'request.verified',
      'request.due_soon',
      'request.overdue',
      'request.completed',
      'notice.published',
      'connector_run.finished',
      'connector_run.failed',
      'consent.withdrawn',
      'breach.recorded',
      'retention.sweep_completed',
    ])
      expect(EVENT_TYPES).toContain(type)
  })
  it('each documented data field is one the event sends', () => {
    const documented = documentedEvents()
    for (const type of EVENT_TYPES) {
      const fields = [...(documented.get(type) ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1])
      const sent = new Set<string>(['id', 'object', 'kind', ...EVENT_CATALOGUE[type].fields])
      expect(
        fields.filter((f) => !sent.has(f as string)),
        type,
      ).toEqual([])
    }
  })
})
