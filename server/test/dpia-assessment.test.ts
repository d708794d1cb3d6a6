import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sweepDpiaActions } from '../src/modules/dpia'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { near, type PdfWord, pdfPageColours, pdfWords } from './support/pdf-readback'
import { sampleRegister } from './support/register'

/** The sample register with a DPO designated and a call centre that scores minors on their national number. */
function callCentreRegister(name: string) {
  const base = sampleRegister(name)
  const bookkeeping = base.activities?.[0]
  if (!bookkeeping || !base.organization) throw new Error('sample register without activity')
  return registerDocumentSchema.parse({
    ...base,
    organization: { ...base.organization, dpo: { appointed: true, name: 'Els Peeters' } },
    activities: [
      bookkeeping,
      {
        ...bookkeeping,
        key: 'callcenter',
        name: { nl: 'Callcenter', fr: 'Centre d’appels', en: 'Call centre' },
        subjectCategories: ['clients', 'minors'],
        dataCategories: [
          { category: 'identification', source: 'subject' },
          { category: 'national_register_number', source: 'subject' },
        ],
        nationalNumberAuthorisation: 'KB 2020',
        automatedDecisions: { used: false, profiling: true },
      },
    ],
  })
}

/** A problem+json answer with this status and code. */
function refused(res: Parameters<typeof expectProblem>[0], status: number, code: string) {
  const body = expectProblem(res, status) as { code: string }
  expect(body.code).toBe(code)
  return body
}

const risk = (severity: number, likelihood: number, residual: [number, number] | null) => ({
  sources: ['An employee of the call centre', 'An attacker <script>'],
  threats: ['Look-up of a number without a call'],
  impacts: ['Identity fraud'],
  initial: { severity, likelihood },
  residual: residual ? { severity: residual[0], likelihood: residual[1] } : null,
})

describe('DPIA assessment (CNIL structure)', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  const dir = mkdtempSync(join(tmpdir(), 'custos-dpia-'))
  const api = () => `/api/v1/orgs/${org.slug}`
  const base = () => `${api()}/dpia/assessments/callcenter`
  const pending = async () => {
    const res = await owner('GET', `${api()}/action-plan?status=pending`)
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().items as { source: string; sourceKey: string; title: { en: string } }[])
      .map((a) => `${a.source}:${a.sourceKey}`)
      .sort()
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Callcenter BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    await importRegister(t.ctx, systemActor('test'), org, callCentreRegister('Callcenter BV'), {
      mode: 'merge',
      dryRun: false,
    })
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await app.close()
    await t.close()
  })

  it('shows the register’s context and answers before anything is saved', async () => {
    const res = await owner('GET', `${base()}?lang=en`)
    expect(res.statusCode, res.body).toBe(200)
    const a = res.json()
    expect(a).toMatchObject({
      version: null,
      status: 'none',
      dpoDesignated: true,
      validationRefusal: 'risks_incomplete',
    })
    expect(a.context.dataCategories.join(' ')).toMatch(/national/i)
    expect(a.context.systems).toEqual(['CloudBooks (BE)'])
    expect(a.context.retention).toEqual(['Accounting: 7 years'])
    expect(a.context.existingMeasures).toEqual([
      { key: 'mfa', name: 'Multi-factor authentication', type: 'technical' },
    ])
    const byKey = Object.fromEntries(
      (a.principles as { key: string; registerAnswer: string[] }[]).map((p) => [p.key, p.registerAnswer]),
    )
    expect(byKey.legal_basis?.[0]).toMatch(/legal obligation/i)
    expect(byKey.retention).toEqual(['Accounting: 7 years'])
    expect(byKey.accuracy).toEqual([])
    expect(a.riskMap).toEqual([])
    expect(a.principles[0].question).toMatch(/purposes/)
    const fr = (await owner('GET', `${base()}?lang=fr`)).json()
    expect(fr.risks[0].label).toBe('Accès illégitime à des données')
  })

  it('saves versions, turns planned measures into actions, refuses validation without risks or DPO opinion, flags Art. 36', async () => {
    refused(await auditor('PUT', base(), {}), 403, 'forbidden')
    const first = await owner('PUT', `${base()}?lang=en`, {
      context: { overview: 'Inbound calls of customers, scored for priority.' },
      principles: { purposes: { answer: 'Priority of calls only.', evaluation: 'acceptable' } },
      risks: { illegitimate_access: risk(4, 3, [3, 2]) },
      plannedMeasures: [
        {
          title: 'Mask national numbers in the call screen',
          risks: ['illegitimate_access'],
          due: '2027-03-01',
        },
      ],
    })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ version: 1, status: 'draft', validationRefusal: 'risks_incomplete' })
    expect(first.json().content.plannedMeasures[0].key).toBe('m1')
    expect(await pending()).toContain('dpia.measure:callcenter/m1')
    refused(
      await owner('POST', `${base()}/decision`, { decision: 'validated', reason: 'Looks fine' }),
      409,
      'risks_incomplete',
    )

    const full = {
      context: { overview: 'Inbound calls of customers, scored for priority.' },
      risks: {
        illegitimate_access: risk(4, 3, [3, 2]),
        unwanted_modification: risk(2, 2, null),
        disappearance: risk(3, 4, [3, 3]),
      },
      plannedMeasures: [
        { key: 'm1', title: 'Mask national numbers in the call screen', risks: ['illegitimate_access'] },
      ],
    }
    const second = await owner('PUT', `${base()}?lang=en`, full)
    expect(second.statusCode, second.body).toBe(200)
    const a = second.json()
    expect(a.version).toBe(1)
    expect(a.riskMap).toEqual([
      expect.objectContaining({
        risk: 'illegitimate_access',
        initial: expect.objectContaining({ severity: 4, likelihood: 3, level: 'high' }),
        residual: expect.objectContaining({ severity: 3, likelihood: 2, level: 'moderate' }),
      }),
      expect.objectContaining({
        risk: 'unwanted_modification',
        residual: expect.objectContaining({ severity: 2, likelihood: 2, level: 'low' }),
        residualEstimated: false,
      }),
      expect.objectContaining({
        risk: 'disappearance',
        residual: expect.objectContaining({ severity: 3, likelihood: 3, level: 'high' }),
      }),
    ])
    expect(a.priorConsultation).toBe(true)
    expect(a.validationRefusal).toBe('dpo_opinion_required')
    expect(a.riskMapSvg).toMatch(/^<svg /)
    expect(a.riskMapSvg).toContain('data-risk="disappearance"')
    refused(
      await owner('POST', `${base()}/decision`, { decision: 'validated', reason: 'Looks fine' }),
      409,
      'dpo_opinion_required',
    )

    const withOpinion = await owner('PUT', base(), {
      ...full,
      risks: { ...full.risks, disappearance: risk(3, 4, [2, 2]) },
      dpoOpinion: 'Favourable, provided the masking is in place before go-live.',
      peopleViews: 'Works council consulted on 2026-11-20: no objection.',
    })
    expect(withOpinion.json()).toMatchObject({ priorConsultation: false, validationRefusal: null })
    await sweepDpiaActions(t.ctx, org) // no confirmed screening: no assessment_due action either way
    const validated = await owner('POST', `${base()}/decision?lang=en`, {
      decision: 'validated',
      reason: 'Residual risks acceptable.',
    })
    expect(validated.statusCode, validated.body).toBe(200)
    expect(validated.json()).toMatchObject({
      version: 1,
      status: 'validated',
      decisionReason: 'Residual risks acceptable.',
    })
    refused(
      await owner('POST', `${base()}/decision`, { decision: 'refused', reason: 'Too late' }),
      409,
      'dpia_already_decided',
    )
    const screenings = (await owner('GET', `${api()}/dpia/screenings/callcenter`)).json()
    expect(screenings.assessed).toBe(true)

    // A change after validation is a new version; the measure taken out closes its action.
    const v2 = await owner('PUT', `${base()}?lang=en`, {
      ...full,
      risks: { ...full.risks, disappearance: risk(3, 4, [2, 2]) },
      dpoOpinion: 'Favourable, provided the masking is in place before go-live.',
      plannedMeasures: [{ title: 'Daily off-site backup of the call notes', risks: ['disappearance'] }],
    })
    expect(v2.json()).toMatchObject({ version: 2, status: 'draft' })
    expect(v2.json().content.plannedMeasures[0].key).toBe('m2')
    expect(v2.json().versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual(
      [
        [2, 'draft'],
        [1, 'validated'],
      ],
    )
    expect(v2.json().versions[0].changes).toEqual(expect.arrayContaining(['peopleViews', 'plannedMeasures']))
    const actions = await pending()
    expect(actions).toContain('dpia.measure:callcenter/m2')
    expect(actions).not.toContain('dpia.measure:callcenter/m1')
    const old = (await owner('GET', `${base()}?version=1`)).json()
    expect(old).toMatchObject({ version: 1, status: 'validated' })
    refused(await owner('GET', `${base()}?version=9`), 404, 'not_found')
  })

  it('prints the PDF report in nl, fr and en', async () => {
    const words = {
      nl: [
        'Gegevensbeschermingseffectbeoordeling',
        'Voorafgaande raadpleging',
        'ernst: Maximaal',
        'Risicokaart: vóór (open) en na (gevuld) de geplande maatregelen',
        'Legende: A = Onrechtmatige toegang tot de gegevens',
        '(M: restrisico nog niet ingeschat)',
        'Na de geplande maatregelen: niet ingeschat',
      ],
      fr: [
        'Analyse d’impact',
        'Consultation préalable',
        'Accès illégitime',
        'Cartographie des risques : avant (vide) et après (plein) les mesures prévues',
        'Légende : A = Accès illégitime',
        '(M : risque résiduel pas encore estimé)',
        'Après les mesures prévues : non estimé',
      ],
      en: [
        'Data protection impact assessment',
        'Prior consultation',
        'Mask national numbers',
        'Risk map: before (hollow) and after (filled) the planned measures',
        'Legend: A = Illegitimate access',
        '(M: residual risk not yet estimated)',
        'After the planned measures: not estimated',
      ],
    } as const
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const pdf = await owner('GET', `${base()}/report.pdf?lang=${lang}&version=1`)
      expect(pdf.statusCode, pdf.body).toBe(200)
      expect(pdf.headers['content-type']).toBe('application/pdf')
      const file = join(dir, `${lang}.pdf`)
      writeFileSync(file, pdf.rawPayload)
      const raw = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      const text = raw.replace(/\s+/g, ' ')
      for (const w of words[lang]) expect(text).toContain(w)
      if (lang === 'fr') {
        // French typography: a space before every colon, ours as well as the ones joining a label to its value
        // (pdftotext gives the no-break space back as a plain one; the unit test checks which space it is).
        expect(raw).toContain('Après les mesures prévues : gravité : Importante, vraisemblance : Limitée')
        expect(raw).not.toMatch(/[^\s\d/]:\s/u)
      }
      expect(text).toContain('Favourable, provided the masking')
      expect(text).toContain('An attacker <script>')
    }
  })

  it('draws the risk map into the PDF as a chart: the three risks in their cells before and after the measures', async () => {
    const file = join(dir, 'map.pdf')
    const pdf = await owner('GET', `${base()}/report.pdf?lang=en&version=1`)
    expect(pdf.statusCode, pdf.body).toBe(200)
    writeFileSync(file, pdf.rawPayload)
    const words = pdfWords(file)
    // The chart is drawn at the left margin (56 pt): likelihood n's column is centred at 56 + 70 + (n - 0.5) * 60.
    const column = (n: number) => 126 + (n - 0.5) * 60
    const centreX = (w: PdfWord) => (w.xMin + w.xMax) / 2
    const axis = (['Negligible', 'Limited', 'Significant', 'Maximum'] as const).map((label, i) => {
      const found = words.filter((w) => w.text === label && Math.abs(centreX(w) - column(i + 1)) < 2)
      expect(found, label).toHaveLength(1)
      return found[0] as PdfWord
    })
    const page = axis[0]?.page ?? 0
    // The level labels under the chart sit on one line 254 pt below the top of the cells.
    const baseline = Math.max(...axis.map((w) => w.yMax)) - 2
    const top = baseline - 254
    const cellOfPoint = (x: number, y: number) => [
      4 - Math.floor((y - top) / 60),
      Math.floor((x - 126) / 60) + 1,
    ]
    const marks = words.filter(
      (w) =>
        w.page === page &&
        ['A', 'M', 'D'].includes(w.text) &&
        centreX(w) > 126 &&
        centreX(w) < 366 &&
        w.yMin > top &&
        w.yMax < top + 240,
    )
    const placed = marks
      .map((w) => `${w.text}:${cellOfPoint(centreX(w), (w.yMin + w.yMax) / 2).join('x')}`)
      .sort()
    // version 1 as validated (severity x likelihood): A 4x3 -> 3x2, M 2x2 (residual not estimated: no marker
    // after the measures), D 3x4 -> 2x2
    expect(placed).toEqual(['A:3x2', 'A:4x3', 'D:2x2', 'D:3x4', 'M:2x2'])

    const colour = pdfPageColours(file, page)
    const cell = (s: number, l: number) => ({ x: 126 + (l - 1) * 60, y: top + (4 - s) * 60 })
    const corner = (s: number, l: number) => colour(cell(s, l).x + 4, cell(s, l).y + 4)
    expect(near(corner(4, 4), '#f4c7c3'), 'high').toBe(true)
    expect(near(corner(4, 1), '#fce8b2'), 'moderate').toBe(true)
    expect(near(corner(1, 1), '#d9ead3'), 'low').toBe(true)
    // Illegitimate access (the first column of a cell): hollow before, filled after the measures.
    const marker = (s: number, l: number, when: 'before' | 'after') =>
      colour(cell(s, l).x + 30 - 19 - 6, cell(s, l).y + 30 + (when === 'before' ? -10 : 10))
    expect(near(marker(4, 3, 'before'), '#ffffff'), 'hollow before').toBe(true)
    expect(near(marker(3, 2, 'after'), '#333333'), 'filled after').toBe(true)
  })

  it('exports as JSON and imports it as a new draft of another activity', async () => {
    const exported = await owner('GET', `${base()}/export?version=1`)
    expect(exported.statusCode, exported.body).toBe(200)
    expect(exported.json()).toMatchObject({ format: 'custos.dpia/v1', version: 1, status: 'validated' })
    const imported = await owner(
      'POST',
      `${api()}/dpia/assessments/bookkeeping/import?lang=en`,
      exported.json(),
    )
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json()).toMatchObject({
      dryRun: false,
      version: 1,
      activityKey: 'bookkeeping',
      fromActivityKey: 'callcenter',
      fromStatus: 'validated',
      decisionInFile: true,
    })
    const saved = (await owner('GET', `${api()}/dpia/assessments/bookkeeping?lang=en`)).json()
    expect(saved).toMatchObject({ version: 1, status: 'draft' })
    expect(saved.content.dpoOpinion).toBe('Favourable, provided the masking is in place before go-live.')
    refused(
      await owner('POST', `${api()}/dpia/assessments/bookkeeping/import`, {
        format: 'cnil-pia',
        content: {},
      }),
      422,
      'dpia_import_invalid',
    )
    const file = exported.json() as { content: Record<string, unknown> }
    const bad = await owner('POST', `${api()}/dpia/assessments/bookkeeping/import`, {
      ...file,
      content: { ...file.content, risks: { disappearance: risk(7, 1, null) } },
    })
    refused(bad, 422, 'dpia_import_invalid')
    expect(JSON.stringify(bad.json())).toContain('body.content.risks.disappearance.initial.severity')
    refused(await owner('GET', `${api()}/dpia/assessments/nope`), 404, 'not_found')
  })

  it('keeps the PDF signed at the decision unchanged when the register changes later', async () => {
    const decided = (await owner('GET', `${base()}?version=1`)).json()
    expect(decided.signedPdf).toMatchObject({ language: org.defaultLanguage })
    const sha256 = decided.signedPdf.sha256 as string
    expect(sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(decided.versions.map((v: { signedPdf: unknown }) => v.signedPdf === null)).toEqual([true, false])
    const first = await auditor('GET', `${base()}/signed.pdf?version=1`)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.headers['content-type']).toBe('application/pdf')
    expect(first.headers['x-custos-sha256']).toBe(sha256)
    expect(createHash('sha256').update(first.rawPayload).digest('hex')).toBe(sha256)
    const file = join(dir, 'signed.pdf')
    writeFileSync(file, first.rawPayload)
    const read = () => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const signedText = read()
    expect(signedText).toContain('Callcenter')
    expect(signedText).toContain('Residual risks acceptable.')
    // The decision's date is the Brussels day, written dd/mm/yyyy like every other date of the report.
    const brusselsDay = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(decided.decidedAt))
    expect(signedText).toMatch(new RegExp(` op ${brusselsDay.replaceAll('/', '\\/')}\\b`))
    expect(signedText).not.toMatch(/ op \d{4}-\d{2}-\d{2}/)
    // Who decided, when and the hash are in the audit chain's event of the validation.
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('action', '=', 'dpia.assessment_validated')
      .execute()
    expect(events).toHaveLength(1)
    expect(events[0]?.summary).toMatchObject({ activity: 'callcenter', version: 1, pdfSha256: sha256 })

    // The register changes: the live report follows it, the signed PDF does not.
    const renamed = callCentreRegister('Callcenter BV')
    const activity = renamed.activities.find((a) => a.key === 'callcenter')
    if (!activity) throw new Error('no call centre')
    activity.name = { nl: 'Callcenter Noord', fr: 'Centre d’appels Nord', en: 'Call centre North' }
    await importRegister(t.ctx, systemActor('test'), org, renamed, { mode: 'merge', dryRun: false })
    const live = await owner('GET', `${base()}/report.pdf?version=1&lang=${org.defaultLanguage}`)
    writeFileSync(file, live.rawPayload)
    expect(read()).toContain('Noord')
    const again = await owner('GET', `${base()}/signed.pdf?version=1`)
    expect(again.statusCode, again.body).toBe(200)
    expect(Buffer.compare(again.rawPayload, first.rawPayload)).toBe(0)
    writeFileSync(file, again.rawPayload)
    expect(read()).not.toContain('Noord')
    // Without a version: the newest one decided. A draft has no signed PDF.
    const newest = await owner('GET', `${base()}/signed.pdf`)
    expect(Buffer.compare(newest.rawPayload, first.rawPayload)).toBe(0)
    refused(await owner('GET', `${base()}/signed.pdf?version=2`), 404, 'not_found')
  })

  it('compares two versions field by field: what the later one changed, worded in the language asked', async () => {
    const res = await auditor('GET', `${base()}/diff?lang=en`)
    expect(res.statusCode, res.body).toBe(200)
    const diff = res.json()
    expect(diff).toMatchObject({
      activityKey: 'callcenter',
      from: { version: 1, status: 'validated', statusLabel: 'Validated' },
      to: { version: 2, status: 'draft', statusLabel: 'Draft' },
    })
    expect(diff.changes).toEqual([
      {
        path: 'plannedMeasures.m1',
        section: 'measures',
        label: 'Planned measure',
        before: 'Mask national numbers in the call screen (priority medium; Illegitimate access to data)',
        after: null,
        words: null,
      },
      {
        path: 'plannedMeasures.m2',
        section: 'measures',
        label: 'Planned measure',
        before: null,
        after: 'Daily off-site backup of the call notes (priority medium; Disappearance of data)',
        words: null,
      },
      {
        path: 'peopleViews',
        section: 'validation',
        label: 'Views of the people concerned',
        before: 'Works council consulted on 2026-11-20: no objection.',
        after: null,
        words: null,
      },
    ])
    const nl = (await owner('GET', `${base()}/diff?from=1&to=2&lang=nl`)).json()
    expect(nl.changes.map((c: { label: string }) => c.label)).toEqual([
      'Geplande maatregel',
      'Geplande maatregel',
      'Standpunt van de betrokkenen',
    ])
    const field = refused(
      await owner('GET', `${base()}/diff?from=2&to=1`),
      422,
      'invalid_input',
    ) as unknown as {
      errors: { path: string }[]
    }
    expect(field.errors.map((e) => e.path)).toEqual(['querystring.from'])
    refused(await owner('GET', `${base()}/diff?from=1&to=9`), 404, 'not_found')
    refused(await owner('GET', `${api()}/dpia/assessments/bookkeeping/diff`), 404, 'not_found')
  })

  it('refuses a decided PDF whose stored bytes were altered with decided_pdf_corrupt, recorded in the audit log', async () => {
    const row = await t.ctx.db
      .selectFrom('dpia_assessments')
      .select(['id', 'signed_pdf_encrypted', 'signed_pdf_sha256'])
      .where('organization_id', '=', org.id)
      .where('activity_key', '=', 'callcenter')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow()
    const corruptEvents = () =>
      t.ctx.db
        .selectFrom('audit_events')
        .select(['summary'])
        .where('action', '=', 'dpia.decided_pdf_corrupt')
        .orderBy('seq')
        .execute()
    expect(await corruptEvents()).toHaveLength(0)
    // Other bytes sealed the same way: they decrypt, but their SHA-256 is not the one recorded.
    const altered = Buffer.from('%PDF-1.7 not what was decided')
    await t.ctx.db
      .updateTable('dpia_assessments')
      .set({
        signed_pdf_encrypted: t.ctx.encryption.encrypt(
          altered.toString('base64'),
          `dpia-signed-pdf:${row.id}`,
        ),
      })
      .where('id', '=', row.id)
      .execute()
    const mismatch = await auditor('GET', `${base()}/signed.pdf?version=1`)
    const problem = refused(mismatch, 500, 'decided_pdf_corrupt') as { params?: Record<string, unknown> }
    expect(problem.params).toMatchObject({ activityKey: 'callcenter', version: 1, reason: 'hash_mismatch' })
    expect(mismatch.body).not.toContain('not what was decided')
    // The stored ciphertext itself damaged: it does not decrypt.
    const damaged = `${row.signed_pdf_encrypted?.slice(0, -8)}AAAAAAAA`
    await t.ctx.db
      .updateTable('dpia_assessments')
      .set({ signed_pdf_encrypted: damaged })
      .where('id', '=', row.id)
      .execute()
    const unreadable = await owner('GET', `${base()}/signed.pdf?version=1`)
    expect(
      (refused(unreadable, 500, 'decided_pdf_corrupt') as { params?: Record<string, unknown> }).params,
    ).toMatchObject({ reason: 'unreadable' })
    const events = await corruptEvents()
    expect(events.map((e) => e.summary)).toEqual([
      expect.objectContaining({
        activity: 'callcenter',
        version: 1,
        reason: 'hash_mismatch',
        recordedSha256: row.signed_pdf_sha256,
        foundSha256: createHash('sha256').update(altered).digest('hex'),
      }),
      expect.objectContaining({ version: 1, reason: 'unreadable', foundSha256: null }),
    ])
    // The other versions' lists never read the sealed PDF: the assessment still loads.
    const page = await owner('GET', base())
    expect(page.statusCode, page.body).toBe(200)
  })
})
