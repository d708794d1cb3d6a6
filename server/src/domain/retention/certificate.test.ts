import { describe, expect, it } from 'vitest'
import { type CertificateInput, destructionCertificate } from './certificate'
import { periodCertificate } from './period-certificate'

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

function proofText(input: CertificateInput, language: (typeof languages)[number]): string {
  const section = destructionCertificate(input, language).sections.find((s) =>
    s.fields.some((f) => f.value === input.proof.digest),
  )
  return (section?.paragraphs ?? []).join('\n')
}

describe('destruction certificate: the proof (decision 0114)', () => {
  const perBatch = { nl: 'één sleutelhash', fr: 'scellée par une empreinte', en: 'one keyed hash' }
  const perKey = { nl: 'van elk gewist', fr: 'de chaque enregistrement', en: 'The key of each record' }
  it.each(languages)(
    'a run with batches proven by one keyed hash says so, an earlier run keeps its text (%s)',
    (language) => {
      const batch = proofText({ ...base, proof: { ...base.proof, perBatch: true } }, language)
      expect(batch).toContain(perBatch[language])
      expect(batch).not.toContain(perKey[language])
      const keys = proofText(base, language)
      expect(keys).toContain(perKey[language])
      expect(keys).not.toContain(perBatch[language])
    },
  )

  // Review W2: the journal keeps every swept key, encrypted; no text may say the keys are not kept, nor promise a
  // check Custos offers no way to ask for, and a per-batch run's journal was written before the commit.
  const notKept = { nl: 'niet bewaard', fr: 'ne sont pas conservées', en: 'are not kept' }
  const keptEncrypted = {
    nl: 'alleen versleuteld bewaard',
    fr: 'conservées que chiffrées',
    en: 'kept only encrypted',
  }
  const beforeCommit = {
    nl: 'voordat die transactie werd bevestigd',
    fr: 'avant la validation de cette transaction',
    en: 'before that transaction was committed',
  }
  const beforeApplied = {
    nl: 'vóór hij werd uitgevoerd',
    fr: 'avant son exécution',
    en: 'before it was applied',
  }
  it.each(languages)(
    'says the keys are kept only encrypted, and when the journal was written (%s)',
    (language) => {
      for (const perBatchRun of [false, true]) {
        const input = { ...base, proof: { ...base.proof, perBatch: perBatchRun } }
        const proof = proofText(input, language)
        expect(proof).toContain(keptEncrypted[language])
        expect(proof).not.toContain(notKept[language])
        expect(proof).not.toMatch(/Custos (can thus check|kan .* nagaan in welke batch|peut ainsi vérifier)/)
        const how = method(input, language)
        expect(how).toContain(perBatchRun ? beforeCommit[language] : beforeApplied[language])
        expect(how).not.toContain(perBatchRun ? beforeApplied[language] : beforeCommit[language])
      }
    },
  )
})

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

function field(input: CertificateInput, language: (typeof languages)[number], label: string) {
  const fields = destructionCertificate(input, language).sections.flatMap((s) => s.fields)
  return fields.find((f) => f.label === label)?.value
}
const renewalLabel = {
  nl: 'Verlenging met toestemming',
  fr: 'Prolongation par consentement',
  en: 'Renewal by consent',
}
const eventRun = { ...base.run, subjectEvent: 'last_contact', cutoff: '2026-06-30', today: '2029-06-30' }

describe('destruction certificate: people whose consent renewed their period (decision 0062)', () => {
  it.each(languages)('names how many were left out and until when, never who (%s)', (language) => {
    const one = field(
      {
        ...base,
        run: {
          ...eventRun,
          renewedByConsent: {
            purpose: 'Newsletter',
            people: 1,
            firstUntil: '2029-11-01',
            lastUntil: '2029-11-01',
          },
        },
      },
      language,
      renewalLabel[language],
    )
    expect(one).toMatch(/^1 /)
    expect(one).toContain('01/11/2029')
    expect(one).toContain('Newsletter')
    const many = field(
      {
        ...base,
        run: {
          ...eventRun,
          renewedByConsent: {
            purpose: 'Newsletter',
            people: 12,
            firstUntil: '2029-11-01',
            lastUntil: '2030-03-05',
          },
        },
      },
      language,
      renewalLabel[language],
    )
    expect(many).toMatch(/^12 /)
    expect(many).toContain('01/11/2029')
    expect(many).toContain('05/03/2030')
  })

  it.each(languages)(
    'says no one was renewed when no consent did, and nothing without a purpose (%s)',
    (language) => {
      const none = field(
        {
          ...base,
          run: {
            ...eventRun,
            renewedByConsent: { purpose: 'Newsletter', people: 0, firstUntil: null, lastUntil: null },
          },
        },
        language,
        renewalLabel[language],
      )
      expect(none).toContain('Newsletter')
      expect(none).not.toMatch(/\d/)
      expect(field({ ...base, run: eventRun }, language, renewalLabel[language])).toBeUndefined()
    },
  )
})

describe('destruction certificate of a sweep through an HTTP endpoint or a task (decision 0094)', () => {
  const notReported = {
    nl: 'Aantal niet meegedeeld door het systeem',
    fr: 'Nombre non communiqué par le système',
    en: 'Count not reported by the system',
  }
  const byHand = {
    nl: 'Aantal niet meegedeeld: met de hand uitgevoerd door een persoon, zie de taak',
    fr: 'Nombre non communiqué\u00a0: purge exécutée manuellement par une personne, voir la tâche',
    en: 'Count not reported: done by hand by a person, see the task',
  }
  const zeroRun = { ...base.run, deleted: 0, masked: 0, batches: 0 }
  const proof = { ...base.proof, keys: 0 }
  const fields = (input: CertificateInput, language: (typeof languages)[number]) =>
    destructionCertificate(input, language).sections.flatMap((s) => s.fields)

  it.each(languages)('a count the system did not report is said so, never 0 (%s)', (language) => {
    const input = { ...base, proof, run: { ...zeroRun, via: 'http_endpoint' as const, countReported: false } }
    const values = fields(input, language).map((f) => f.value)
    expect(values).toContain(notReported[language])
    expect(values).not.toContain('0')
    expect(method(input, language)).not.toContain(dateQuery[language])
  })

  it.each(languages)('a task done by hand names who closed it and the task, never 0 (%s)', (language) => {
    const input = {
      ...base,
      proof,
      run: { ...zeroRun, via: 'task' as const, countReported: false, taskId: 'task-7', completedBy: 'An' },
    }
    const values = fields(input, language).map((f) => f.value)
    expect(values).toContain(byHand[language])
    expect(values).toContain('An')
    expect(values).toContain('task-7')
    expect(values).not.toContain('0')
    expect(method(input, language)).not.toContain(dateQuery[language])
  })

  it.each(languages)('a count the system reported is printed as it (%s)', (language) => {
    const input = {
      ...base,
      proof,
      run: { ...zeroRun, deleted: 42, via: 'http_endpoint' as const, countReported: true },
    }
    expect(fields(input, language).map((f) => f.value)).toContain('42')
  })

  it.each(languages)(
    'a reported count is printed on the line of the rule action only, never a 0 for the other (%s)',
    (language) => {
      const labels = {
        deleted: { nl: 'Gewiste records', fr: 'Enregistrements supprimés', en: 'Records deleted' },
        masked: { nl: 'Gemaskeerde records', fr: 'Enregistrements masqués', en: 'Records masked' },
      }
      const http = { ...zeroRun, via: 'http_endpoint' as const, countReported: true }
      const deleted = fields({ ...base, proof, run: { ...http, deleted: 42, action: 'delete' } }, language)
      expect(deleted.filter((f) => f.label === labels.deleted[language]).map((f) => f.value)).toEqual(['42'])
      expect(deleted.map((f) => f.label)).not.toContain(labels.masked[language])
      const masked = fields({ ...base, proof, run: { ...http, masked: 42, action: 'mask' } }, language)
      expect(masked.filter((f) => f.label === labels.masked[language]).map((f) => f.value)).toEqual(['42'])
      expect(masked.map((f) => f.label)).not.toContain(labels.deleted[language])
      // A run through SQL counted both itself: both lines stay.
      const sql = fields({ ...base, run: { ...base.run, deleted: 42, masked: 0 } }, language).map(
        (f) => f.label,
      )
      expect(sql).toContain(labels.deleted[language])
      expect(sql).toContain(labels.masked[language])
    },
  )
})

describe('destruction certificate: French typography (review m13)', () => {
  it('puts the no-break spaces of French before : ; ? ! and inside « », as the other French documents', () => {
    const input: CertificateInput = {
      ...base,
      run: {
        ...base.run,
        renewedByConsent: {
          purpose: 'newsletter',
          people: 2,
          firstUntil: '2027-01-01',
          lastUntil: '2028-01-01',
        },
      },
    }
    const c = destructionCertificate(input, 'fr')
    const text = [
      c.title,
      c.intro,
      ...c.sections.flatMap((s) => [
        s.heading,
        ...(s.paragraphs ?? []),
        ...s.fields.flatMap((f) => [f.label, f.value]),
      ]),
    ].join('\n')
    expect(text).toContain('\u00a0:')
    expect(text).toContain('\u202f;')
    expect(text).toContain('«\u00a0')
    expect(text).not.toMatch(/ [:;?!»]/)
    expect(text).not.toMatch(/« /)
    for (const language of ['nl', 'en'] as const) {
      const other = destructionCertificate(input, language)
      expect(JSON.stringify(other)).not.toContain('\\u202f')
      expect(JSON.stringify(other)).not.toMatch(/\u202f/)
    }
  })
})

describe('certificates: French spacing only over what Custos words (review W1)', () => {
  const organisation = { name: 'Yahoo!', enterpriseNumber: 'BE 0123:456', address: 'Rue du Midi 1 ; boîte 2' }

  it('leaves the organisation name, address, rule name, legal basis and endpoint exactly as written', () => {
    const c = destructionCertificate(
      {
        ...base,
        organisation,
        run: { ...base.run, via: 'http_endpoint' as const, endpoint: 'DELETE api.example/erase?id=1 !' },
      },
      'fr',
    )
    const values = c.sections.flatMap((s) => s.fields.map((f) => f.value))
    expect(values).toContain('Yahoo!')
    expect(values).toContain('BE 0123:456')
    expect(values).toContain('Rue du Midi 1 ; boîte 2')
    expect(values).toContain('DELETE api.example/erase?id=1 !')
    expect(c.intro).toContain('Yahoo!')
    expect(c.intro).not.toContain('Yahoo\u202f!')
    // Custos's own words keep their French spacing.
    expect(c.sections.flatMap((s) => s.fields.map((f) => f.label)).join('\n')).not.toMatch(/ [:;?!]/)
  })

  it('does the same on the certificate for a period', () => {
    const c = periodCertificate(
      {
        organisation,
        runs: [],
        from: '2026-01-01',
        to: '2026-12-31',
        issuedAt: new Date('2026-12-07T12:00:00Z'),
      },
      'fr',
    )
    const values = c.sections.flatMap((s) => s.fields.map((f) => f.value))
    expect(values).toContain('Yahoo!')
    expect(values).toContain('Rue du Midi 1 ; boîte 2')
    expect(c.intro).toContain('Yahoo!')
  })
})
