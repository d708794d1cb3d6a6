import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import { preferenceToken } from '../src/modules/consent/links'
import { consentSubjectOf } from '../src/modules/consent/service'
import type { Organization } from '../src/modules/organizations'
import { consentOrganisation } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import type { asToken, asUser } from './support/http'
import { receivedText, startTestSmtpServer, type TestSmtpServer } from './support/smtp'

const PURPOSE = 'service_improvement'
const TEXT = 'Ja, ik wil de speltips van Speelgoed NV per e-mail ontvangen.'
const TEXT_2 = 'Ja, ik wil de speltips en de nieuwsbrief van Speelgoed NV per e-mail ontvangen.'
const HOUR = 3_600_000

/**
 * Review V9 of session 15 (decision 0093, migration 0090): a child's choice older than the purpose's current status
 * is history only - no request, no mail to the parent; a superseded link's page names its actual cause (a new
 * request, a later choice) and, for a child erased since, says only that the link no longer applies; the erasure's
 * audit event counts the pending requests it closed.
 */
describe('consent: a superseded parental request is told as it happened', () => {
  let smtp: TestSmtpServer
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let webshop: ReturnType<typeof asToken>
  const api = () => `/api/v1/orgs/${org.slug}`

  const ask = (child: string, parent: string, more: Record<string, unknown> = {}) =>
    webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: PURPOSE,
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'app',
      method: 'accept',
      ...more,
      age: { group: 'under_13', askParent: { relationship: 'parent', email: parent } },
    })
  const refuse = (child: string, occurredAt: Date) =>
    webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: PURPOSE,
      state: 'refused',
      language: 'nl',
      channel: 'app',
      method: 'reject',
      occurredAt: occurredAt.toISOString(),
      age: { group: 'under_13' },
    })
  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }
  const linksTo = (address: string) =>
    smtp.received
      .filter((m) => m.to.includes(address))
      .map((m) => /http:\/\/custos\.test(\/p\/[^\s>)\]]+)/.exec(receivedText(m.raw))?.[1] as string)
  const statesOf = async (child: string) => {
    const res = await owner('POST', `${api()}/consent/proof`, { identity: { kind: 'email', value: child } })
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().events as { state: string; seq: number; purpose: string }[])
      .filter((e) => e.purpose === PURPOSE)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => e.state)
  }
  const statusOf = async (child: string) => {
    const res = await webshop('POST', `${api()}/consent/status`, {
      identity: { kind: 'email', value: child },
    })
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().purposes as { purpose: string; state: string; eventId: string }[]).find(
      (p) => p.purpose === PURPOSE,
    )
  }
  const englishLabel = async () => {
    const purposes = await webshop('GET', `${api()}/consent/purposes`)
    expect(purposes.statusCode, purposes.body).toBe(200)
    const label = (purposes.json().items as { key: string; label: Record<string, string> }[]).find(
      (p) => p.key === PURPOSE,
    )?.label.en
    expect(label).toBeTruthy()
    return label as string
  }
  const requestsOf = (masked: string) =>
    t.ctx.db
      .selectFrom('consent_parental_requests')
      .select(['status', 'closed_because'])
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', masked)
      .orderBy('requested_at')
      .execute()

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    const made = await consentOrganisation(t, app, 'Speelgoed NV', [{ purpose: PURPOSE, children: true }])
    org = made.org
    owner = made.owner
    webshop = made.app
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
  })

  it('V9: an ask older than the current status is kept as history - no request, no mail; the answer names the record that stands', async () => {
    const child = 'laat.kind@example.be'
    const parent = 'laat.ouder@example.be'
    const refused = await refuse(child, new Date(Date.now() - HOUR))
    expect(refused.statusCode, refused.body).toBe(201)
    const late = await ask(child, parent, { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString() })
    expect(late.statusCode, late.body).toBe(201)
    const body = late.json()
    expect(body.state).toBe('pending_parental')
    expect(body.parentConfirmation).toBeUndefined()
    expect(body.supersededBy).toEqual({ eventId: refused.json().id, occurredAt: refused.json().occurredAt })
    await deliverAll()
    expect(linksTo(parent)).toEqual([])
    expect(await requestsOf('l•••@example.be')).toEqual([])
    expect(await statesOf(child)).toEqual(['refused', 'pending_parental'])
    expect(await statusOf(child)).toMatchObject({ state: 'refused', eventId: refused.json().id })
  })

  it('V9: an older ask with another text leaves the open request (mailed, current) as it is', async () => {
    const child = 'open.kind@example.be'
    const parent = 'open.ouder@example.be'
    const first = await ask(child, parent)
    expect(first.statusCode, first.body).toBe(201)
    const older = await ask(child, parent, {
      text: TEXT_2,
      occurredAt: new Date(Date.now() - HOUR).toISOString(),
    })
    expect(older.statusCode, older.body).toBe(201)
    expect(older.json().supersededBy).toEqual({
      eventId: first.json().id,
      occurredAt: first.json().occurredAt,
    })
    await deliverAll()
    expect(linksTo(parent)).toHaveLength(1)
    expect(await requestsOf('o•••@example.be')).toEqual([{ status: 'pending', closed_because: null }])
    const page = await app.inject({ method: 'GET', url: linksTo(parent)[0] as string })
    expect(page.body).toContain('bevestig deze toestemming')
  })

  it('a link replaced by a new request says so; one overtaken by the child’s refusal says a later choice stands', async () => {
    const child = 'twee.kind@example.be'
    const parent = 'twee.ouder@example.be'
    expect((await ask(child, parent)).statusCode).toBe(201)
    expect((await ask(child, parent, { text: TEXT_2 })).statusCode).toBe(201)
    expect((await refuse(child, new Date())).statusCode).toBe(201)
    await deliverAll()
    const [replaced, overtaken] = linksTo(parent)
    const first = await app.inject({ method: 'GET', url: replaced as string })
    expect(first.body).toContain('voor hetzelfde doel werd intussen een nieuwe vraag om bevestiging gesteld')
    expect(first.body).not.toContain('weigering of intrekking door het kind')
    const second = await app.inject({ method: 'GET', url: `${overtaken}`.replace('lang=nl', 'lang=fr') })
    expect(second.body).toContain('un choix ultérieur a été enregistré entre-temps pour la même finalité')
    expect(second.body).not.toContain('nouvelle demande de confirmation')
    const answered = await app.inject({
      method: 'POST',
      remoteAddress: '192.0.2.90',
      url: `/p/${org.slug}/parental`,
      payload: new URLSearchParams({
        t: new URL(overtaken as string, 'http://x').searchParams.get('t') as string,
        lang: 'en',
        decision: 'confirm',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(answered.body).toContain('a later choice has since been recorded for the same purpose')
    expect(await requestsOf('t•••@example.be')).toEqual([
      { status: 'superseded', closed_because: 'replaced' },
      { status: 'superseded', closed_because: 'later_choice' },
    ])
    expect(await statesOf(child)).toEqual(['pending_parental', 'pending_parental', 'refused'])
  })

  it('an erased child’s link says only that it no longer applies; the erasure’s audit event counts the request it closed', async () => {
    const child = 'weg.kind@example.be'
    const parent = 'weg.ouder@example.be'
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Weg Kind',
      identities: [{ kind: 'email', value: child }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const other = await owner('POST', `${api()}/subjects`, {
      name: 'Ander Kind',
      identities: [{ kind: 'email', value: 'ander.kind@example.be' }],
    })
    expect((await ask(child, parent)).statusCode).toBe(201)
    await deliverAll()
    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    expect((await owner('DELETE', `${api()}/subjects/${other.json().id}`)).statusCode).toBe(204)
    const [link] = linksTo(parent)
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      const page = await app.inject({ method: 'GET', url: `${link}`.replace('lang=nl', `lang=${lang}`) })
      expect(page.statusCode).toBe(200)
      expect(page.body).not.toContain('w•••@example.be')
      expect(page.body).not.toContain('speltips')
      expect(page.body).not.toContain('<form')
    }
    const page = await app.inject({ method: 'GET', url: link as string })
    expect(page.body).toContain('Deze link geldt niet meer. Er werd niets mee geregistreerd.')
    expect(page.body).not.toContain('latere keuze')
    expect(await requestsOf('w•••@example.be')).toEqual([
      { status: 'superseded', closed_because: 'person_erased' },
    ])
    const erasures = await t.ctx.db
      .selectFrom('audit_events')
      .select(['target_id', 'summary'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'subject.erased')
      .execute()
    const summaryOf = (id: string) =>
      erasures.find((e) => e.target_id === id)?.summary as Record<string, unknown>
    expect(summaryOf(subject.json().id)).toMatchObject({ parentalRequestsClosed: 1 })
    expect(summaryOf(other.json().id)).not.toHaveProperty('parentalRequestsClosed')
  })

  it('a child answering in German: the parent’s mail is German (the page is), and the outbox lists it as de', async () => {
    const parent = 'mutter.schmitz@example.be'
    const res = await ask('lena.kind@example.be', parent, {
      language: 'de',
      text: 'Ja, ich möchte die Spieltipps von Speelgoed NV per E-Mail erhalten.',
    })
    expect(res.statusCode, res.body).toBe(201)
    await deliverAll()
    const [mail] = smtp.received.filter((m) => m.to.includes(parent))
    expect(mail?.subject).toMatch(/^.+ bittet um Ihre Einwilligung für Ihr Kind$/)
    const text = receivedText(mail?.raw ?? '')
    expect(text).toContain('Sehr geehrte Damen und Herren,')
    expect(text).toMatch(/Ein Kind \(l•••@example\.be\) hat gegenüber .+ in Folgendes eingewilligt/)
    const ends = (
      await t.ctx.db
        .selectFrom('consent_parental_requests')
        .select('link_expires_at')
        .where('organization_id', '=', org.id)
        .where('identity_masked', '=', 'l•••@example.be')
        .where('language', '=', 'de')
        .executeTakeFirstOrThrow()
    ).link_expires_at
    const day = new Intl.DateTimeFormat('de-BE', {
      timeZone: 'Europe/Brussels',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(ends)
    expect(text).toContain(`verfällt nach 7 Tagen, mit Ablauf des ${day}`)
    expect(text).toContain('Mit freundlichen Grüßen')
    expect(text).not.toMatch(/Dear parent|Kind regards|The link/)
    // The register has no German name for the purpose: its English one, said to be so - never a made-up German one.
    const english = await englishLabel()
    expect(text.replace(/\s+/g, ' ')).toContain(
      `eingewilligt: ${english} (kein deutscher Text hinterlegt, hier auf Englisch).`,
    )
    const path = /http:\/\/custos\.test(\/p\/[^\s>)\]]+)/.exec(text)?.[1] as string
    expect(path).toContain('lang=de')
    const page = await app.inject({ method: 'GET', url: path })
    expect(page.body).toContain('Einwilligung für Ihr Kind')
    expect(page.body).toContain(`<span lang="en">${english}</span>`)
    // A purpose of Custos's catalogue: its English text is Custos's, not the organisation's (review W6).
    expect(page.body).toContain(
      'Für diesen Zweck ist kein deutscher Text hinterlegt; er wird auf Englisch gezeigt.',
    )
    expect(page.body).not.toContain('wie die Organisation ihn verfasst hat')
    const outbox = await owner('GET', `${api()}/outbox`)
    expect(outbox.statusCode, outbox.body).toBe(200)
    expect(outbox.json().items).toContainEqual(
      expect.objectContaining({ template: 'consent-parental', language: 'de' }),
    )
  })

  it('the purpose in German: the organisation’s own German name and description once its register has them', async () => {
    const url = `${api()}/register/activities/act-service-improvement`
    const activity = await owner('GET', url)
    expect(activity.statusCode, activity.body).toBe(200)
    const data = activity.json().data as { purposes: Record<string, unknown>[] }
    const german = {
      label: 'Verbesserung unserer Spiele',
      description: 'Wir nutzen die Antworten Ihres Kindes, um unsere Spiele zu verbessern.',
    }
    const empty = await owner('PUT', url, {
      ...data,
      purposes: [{ ...data.purposes[0], consentInGerman: { label: ' ' } }],
    })
    expect(empty.statusCode, empty.body).toBe(400)
    expect(empty.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.purposes.0.consentInGerman.label' })]),
    )
    const saved = await owner('PUT', url, {
      ...data,
      purposes: [{ ...data.purposes[0], consentInGerman: german }],
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const purposes = await webshop('GET', `${api()}/consent/purposes`)
    expect(purposes.json().items).toContainEqual(expect.objectContaining({ key: PURPOSE, german }))

    const parent = 'vater.schmitz@example.be'
    const res = await ask('jonas.kind@example.be', parent, {
      language: 'de',
      text: 'Ja, ich möchte die Spieltipps von Speelgoed NV per E-Mail erhalten.',
    })
    expect(res.statusCode, res.body).toBe(201)
    await deliverAll()
    const [mail] = smtp.received.filter((m) => m.to.includes(parent))
    const text = receivedText(mail?.raw ?? '').replace(/\s+/g, ' ')
    expect(text).toContain('in Folgendes eingewilligt: Verbesserung unserer Spiele.')
    expect(text).not.toContain('kein deutscher Text')
    expect(text).not.toContain(await englishLabel())
    const path = /http:\/\/custos\.test(\/p\/[^\s>)\]]+)/.exec(receivedText(mail?.raw ?? ''))?.[1] as string
    const page = await app.inject({ method: 'GET', url: path })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`${german.label} - ${german.description}`)
    expect(page.body).not.toContain('keinen deutschen Text')
    // The German preference centre names it so too.
    const child = consentSubjectOf(t.ctx.encryption, {
      identity: { kind: 'email', value: 'jonas.kind@example.be' },
    })
    const prefs = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/preferences/manage?t=${preferenceToken(t.ctx.encryption, org.id, child)}&lang=de`,
    })
    expect(prefs.statusCode).toBe(200)
    expect(prefs.body).toContain(german.label)
    expect(prefs.body).toContain(german.description)
    expect(prefs.body).not.toContain('keinen deutschen Text')
    // The Dutch page is unchanged: the register's own Dutch name.
    const dutch = await app.inject({ method: 'GET', url: path.replace('lang=de', 'lang=nl') })
    expect(dutch.body).not.toContain(german.label)
  })
})
