import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

const stolen = {
  title: 'Laptop with client files stolen',
  discoveredAt: '2026-01-09T21:00:00+01:00',
  awareAt: '2026-01-09T23:30:00+01:00',
  description: 'An unencrypted laptop with the bookkeeping files of clients was stolen from a car.',
  nature: ['confidentiality'],
  origin: 'lost_or_stolen_device',
  cause: 'external_malicious',
  systems: ['cloudbooks-app'],
  peopleApprox: 300,
  recordsApprox: 4200,
  encrypted: false,
  measuresTaken: 'The laptop was wiped remotely.',
}
const misdirected = {
  title: 'Payslip sent to the wrong employee',
  discoveredAt: '2026-02-03T10:00:00+01:00',
  awareAt: '2026-02-03T10:15:00+01:00',
  description: 'One payslip was e-mailed to a colleague with the same surname.',
  nature: ['confidentiality'],
  origin: 'wrong_recipient',
  cause: 'internal_accidental',
  systems: [],
  peopleApprox: 1,
  encrypted: false,
}

/** The register of breaches (Art. 33(5)) as a PDF for an inspection, read back with pdftotext, in nl, fr and en. */
describe('breach register export', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let auditor: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/breaches`
  const dir = mkdtempSync(join(tmpdir(), 'breach-register-'))

  const pdfText = (name: string, payload: Buffer) => {
    const file = join(dir, name)
    writeFileSync(file, payload)
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const m = await createMember(t.ctx, org, 'privacy_officer')
    const officer = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    // Before any breach: the register says there is none, rather than printing an empty page.
    const empty = await auditor('GET', `${api()}/export?format=pdf&lang=en`)
    expect(pdfText('empty.pdf', empty.rawPayload)).toContain('No breach has been recorded.')
    for (const facts of [stolen, misdirected]) {
      const res = await officer('POST', api(), facts)
      expect(res.statusCode, res.body).toBe(201)
    }
    const first = (await officer('GET', api())).json().items.at(-1)
    const assessed = await officer('POST', `${api()}/${first.id}/assessment`, {
      risk: 'high',
      reasoning: 'Identity data of 300 clients on an unencrypted device.',
      decidedBy: 'Els Peeters',
    })
    expect(assessed.statusCode, assessed.body).toBe(200)
  })

  afterAll(async () => {
    await app?.close()
    await t?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints every breach with every field, worded in nl, fr and en, named with the Brussels date', async () => {
    const words = {
      nl: [
        'Register van inbreuken in verband met persoonsgegevens',
        'art. 33, lid 5, AVG',
        'Kennisname',
        'verlies of diefstal van een toestel',
        'niet vastgelegd',
        'Genomen maatregelen',
      ],
      fr: [
        'Registre des violations de données à caractère personnel',
        'art. 33, § 5, RGPD',
        'Prise de connaissance',
        'non consigné',
        'Mesures prises',
      ],
      en: [
        'Register of personal data breaches',
        'Art. 33(5) GDPR',
        'Aware',
        'not recorded',
        'Measures taken',
      ],
    }
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const before = toBrusselsDate(new Date())
      const res = await auditor('GET', `${api()}/export?format=pdf&lang=${lang}`)
      const after = toBrusselsDate(new Date())
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('application/pdf')
      expect(
        [before, after].map((d) => `attachment; filename="breaches-${org.slug}-${lang}-${d}.pdf"`),
      ).toContain(res.headers['content-disposition'])
      const text = pdfText(`${lang}.pdf`, res.rawPayload)
      for (const w of words[lang]) expect(text, `${lang}: ${w}`).toContain(w)
      // Both breaches, with their references, times in Brussels time, figures and the decision.
      expect(text).toMatch(/B-2026-001 - Laptop with client files stolen/)
      expect(text).toMatch(/B-2026-002 - Payslip sent to the wrong employee/)
      expect(text).toContain('09/01/2026 23:30')
      expect(text).toContain('4200')
      expect(text).toContain('Els Peeters')
      expect(text).toContain('Boekhouding Peeters')
      // No key or English state leaks into the nl and fr registers.
      if (lang !== 'en') expect(text).not.toMatch(/\b(overdue|part1|lost_or_stolen_device)\b/)
    }
  })

  it('the XLSX carries the Brussels date too; an unknown format is refused with a problem', async () => {
    const res = await auditor('GET', `${api()}/export?lang=fr`)
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK')
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="breaches-${org.slug}-fr-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`),
    )
    expectProblem(await auditor('GET', `${api()}/export?format=docx`), 400)
  })
})
