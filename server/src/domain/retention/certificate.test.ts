import { describe, expect, it } from 'vitest'
import { type CertificateInput, destructionCertificate } from './certificate'

const base: CertificateInput = {
  organisation: { name: 'Bakkerij Peeters', enterpriseNumber: '0123.456.749', address: null },
  rule: undefined,
  ruleKey: 'customers',
  run: {
    id: 'run-1',
    kind: 'rule',
    dataset: 'shop',
    system: 'Webshop',
    collection: 'customer',
    action: 'delete',
    cutoff: '2023-01-01',
    subjectEvent: null,
    today: '2026-01-01',
    deleted: 3,
    masked: 0,
    maskedInsteadOfDeleted: 0,
    batches: 1,
    approvedBy: 'An',
    startedBy: 'retention sweeps',
    startedAt: new Date('2026-01-01T02:00:00Z'),
    endedAt: new Date('2026-01-01T02:01:00Z'),
  },
  proof: { seq: 1, hash: 'h', keys: 3, digest: 'd' },
  issuedAt: new Date('2026-01-02T10:00:00Z'),
}

const languages = ['nl', 'fr', 'en'] as const
const dateQuery = { nl: 'query op hun datum', fr: 'requête sur leur date', en: 'query on their date' }
const subjectIndex = { nl: 'personenindex', fr: 'index des personnes', en: 'subject index' }
const keptRecords = { nl: 'per sleutel had bewaard', fr: 'clé par clé', en: 'key by key' }

function method(input: CertificateInput, language: (typeof languages)[number]): string {
  const section = destructionCertificate(input, language).sections.at(-1)
  return (section?.paragraphs ?? []).join('\n')
}

describe('destruction certificate: how the records were chosen', () => {
  it.each(languages)(
    'a sweep on a date field says the records were selected by their date (%s)',
    (language) => {
      const text = method(base, language)
      expect(text).toContain(dateQuery[language])
      expect(text).not.toContain(subjectIndex[language])
    },
  )

  it.each(languages)('a sweep counted from people’s events never claims a date query (%s)', (language) => {
    const text = method({ ...base, run: { ...base.run, subjectEvent: 'last_contact' } }, language)
    expect(text).toContain(subjectIndex[language])
    expect(text).not.toContain(dateQuery[language])
  })

  it.each(languages)('rows kept by an erasure and released later are named as such (%s)', (language) => {
    const text = method({ ...base, run: { ...base.run, kind: 'ended_holds', cutoff: null } }, language)
    expect(text).toContain(keptRecords[language])
    expect(text).not.toContain(dateQuery[language])
  })
})
