import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStaffPage, type StaffPage } from './support/staff-page'

/**
 * Data subject requests in a real browser against the real server: a letter asking for access is recorded
 * through the staff intake form, its page shows the due date and the acknowledgement, a refusal the domain does
 * not allow is shown with its reason, the request is started and answered through the actions the API offers,
 * and the worklist lists it. Every page passes axe (no serious or critical violations) without CSP violations.
 * Each step can run on its own (issue 13): the owner is signed in once, and each step makes the requests it looks
 * at through the API (a letter of its own, or the worklist's pair made once for the steps that filter it).
 */
describe('data subject requests UI in headless Chromium', () => {
  let staff: StaffPage
  let page: Page
  let url = ''

  beforeAll(async () => {
    staff = await openStaffPage()
    page = staff.page
    url = staff.custos.url
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const status = () => page.getByTestId('request-status').getAttribute('data-status')
  const noSeriousViolations = (where: string) => staff.noSeriousViolations(where)

  interface Made {
    id: string
    reference: string
  }
  /** A letter asking for rights, recorded through the API as the intake form would; received today. */
  const recordLetter = async (name: string, types: string[] = ['access']): Promise<Made> => {
    const made = await staff.staffCall('POST', '/requests', {
      channel: 'letter',
      receivedAt: new Date().toISOString(),
      subject: { name, postalAddress: ['Kerkstraat 1', '2000 Antwerpen'] },
      types,
      language: 'nl',
      details: 'Graag een kopie van alle gegevens die u over mij bewaart.',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return { id: made.body.id, reference: made.body.reference }
  }
  /** Opens the page of a new letter asking for access, as it is once recorded. */
  const openNewLetter = async (): Promise<Made> => {
    const made = await recordLetter('Jan Peeters')
    await page.goto(`${url}/#/orgs/demo/requests/${made.id}`)
    await page.getByTestId('request-detail').waitFor()
    return made
  }
  /** The worklist's pair, made once for the steps that filter it: an answered access, an open erasure. */
  let worklist: Promise<{ answered: Made; open: Made }> | undefined
  const worklistPair = () => {
    worklist ??= (async () => {
      const answered = await recordLetter('Mark Verbruggen')
      for (const [action, body] of [
        ['start', { identityConfirmedBy: 'Handtekening komt overeen met ons klantendossier' }],
        ['complete', { details: { access: { delivery: 'enclosed' } } }],
      ] as const) {
        const done = await staff.staffCall('POST', `/requests/${answered.id}/actions/${action}`, body)
        expect(done.status, JSON.stringify(done.body)).toBe(200)
      }
      return { answered, open: await recordLetter('Sara Wouters', ['erasure']) }
    })()
    return worklist
  }
  const rowOf = (made: Made) =>
    page.locator(`[data-testid="request-row"][data-reference="${made.reference}"]`)
  /** The worklist as it opens, without the filters a step before chose (they live in the page, not the URL). */
  const openDashboard = async () => {
    const dashboard = `${url}/#/orgs/demo/requests`
    if (page.url() === dashboard) await page.reload()
    else await page.goto(dashboard)
    await page.getByTestId('requests-dashboard').waitFor()
  }

  it('opens the requests dashboard from the navigation', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Verzoeken', exact: true })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/requests$/)
    await page.getByTestId('requests-dashboard').waitFor()
    expect(await title()).toBe('Verzoeken van betrokkenen')
    expect(await page.getByTestId('no-urgent').isVisible()).toBe(true)
    expect(await page.getByTestId('public-form-link').getAttribute('href')).toBe(`${url}/p/demo/request`)
    await noSeriousViolations('requests dashboard')
  })

  it('records a letter asking for access through the intake form', async () => {
    await openDashboard()
    await page.getByTestId('new-request').click()
    await page.getByTestId('intake-form').waitFor()
    expect(await title()).toBe('Nieuw verzoek registreren')
    await noSeriousViolations('intake form')

    // Nothing chosen yet: the form says what is missing and sends nothing.
    await page.getByTestId('intake-submit').click()
    await page.getByText('Kies hoe het verzoek binnenkwam.').waitFor()

    await page.getByTestId('intake-channel-letter').check()
    expect(await page.getByTestId('intake-receivedAt').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.getByTestId('intake-name').fill('Jan Peeters')
    await page.getByTestId('intake-postalAddress').fill('Kerkstraat 1\n2000 Antwerpen')
    await page.getByTestId('intake-type-access').check()
    await page.getByTestId('intake-details').fill('Graag een kopie van alle gegevens die u over mij bewaart.')
    await noSeriousViolations('intake form (filled in, with an error shown)')
    await page.getByTestId('intake-submit').click()

    await page.waitForURL(/#\/orgs\/demo\/requests\/[0-9a-f-]{36}$/)
    await page.getByTestId('request-detail').waitFor()
    const heading = (await title()) ?? ''
    expect(heading).toMatch(/^Verzoek DSR-\d{4}-\d{4}$/)
    await page.getByText(`${heading} is geregistreerd.`).waitFor()
    expect(await status()).toBe('received')
  })

  it('shows the due date, the subject, the rights and the acknowledgement', async () => {
    const { reference } = await openNewLetter()
    expect(await status()).toBe('received')
    expect(await page.getByTestId('request-due').textContent()).toMatch(/\d{4}$/)
    expect(await page.getByTestId('request-countdown').textContent()).toMatch(/Op tijd.*nog \d+ werkdagen/)
    expect(await page.getByTestId('request-subject').textContent()).toContain('Kerkstraat 1')
    expect(await page.getByTestId('request-types').textContent()).toBe('Recht op inzage')
    const letters = page.getByTestId('letter')
    expect(await letters.count()).toBe(1)
    expect(await letters.first().getAttribute('data-kind')).toBe('acknowledgement')
    await letters.first().getByTestId('letter-toggle').click()
    const text = (await page.getByTestId('letter-text').textContent()) ?? ''
    expect(text).toContain(reference)
    expect(text).toContain('Jan Peeters')
    await noSeriousViolations('request detail (received)')
  })

  it('shows the reason when the domain refuses an action', async () => {
    await openNewLetter()
    await page.getByTestId('action-refuse').click()
    await page.getByTestId('action-form-refuse').waitFor()
    await page.getByTestId('action-ground').selectOption('identity_not_established')
    await page.getByTestId('action-reasons').fill('Wij konden uw identiteit niet vaststellen.')
    await page.getByTestId('action-submit').click()
    const problem = page.getByTestId('problem-message')
    await problem.waitFor()
    expect(await problem.getAttribute('data-code')).toBe('identity_not_requested')
    expect(await problem.textContent()).toContain('nooit om een identiteitsbevestiging vroeg')
    expect(await status()).toBe('received')
    await noSeriousViolations('refuse form with a refusal')
    await page.getByTestId('action-cancel').click()
    expect(await page.getByTestId('action-form-refuse').count()).toBe(0)
  })

  it('starts handling and answers the request; the answer letter is listed', async () => {
    await openNewLetter()
    await page.getByTestId('action-start').click()
    await page
      .getByTestId('action-identityConfirmedBy')
      .fill('Handtekening komt overeen met ons klantendossier')
    await page.getByTestId('action-submit').click()
    await page.locator('[data-testid="request-status"][data-status="in_progress"]').waitFor()
    await page.getByText('Uitgevoerd: Behandeling starten. Nieuwe status: In behandeling.').waitFor()

    await page.getByTestId('action-complete').click()
    await page.getByTestId('completion-access').waitFor()
    await noSeriousViolations('complete form')
    // Without saying how the copy is delivered, the form explains what an access answer needs.
    await page.getByTestId('action-submit').click()
    await page.getByText('Zeg hoe de betrokkene de kopie van de gegevens krijgt (inzage).').waitFor()
    await page.getByTestId('completion-access-delivery-enclosed').check()
    await page.getByTestId('completion-note').fill('U vindt de kopie als bijlage.')
    await page.getByTestId('action-submit').click()
    await page.locator('[data-testid="request-status"][data-status="completed"]').waitFor()

    const kinds = await page
      .getByTestId('letter')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))
    expect(kinds).toEqual(['acknowledgement', 'completed'])
    expect(await page.getByTestId('request-countdown').textContent()).toContain('Tijdig beantwoord')
    const events = await page
      .getByTestId('event')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))
    expect(events).toContain('request.started')
    expect(events).toContain('request.completed')
    expect(await page.getByTestId('action-close').isVisible()).toBe(true)
    await noSeriousViolations('request detail (completed)')
  })

  it('adds an internal note', async () => {
    await openNewLetter()
    await page.getByTestId('note-body').fill('Kopie per post verstuurd.')
    await page.getByTestId('note-submit').click()
    await page.getByTestId('note').getByText('Kopie per post verstuurd.').waitFor()
  })

  it('lists an answered request on the dashboard, and filters the worklist by status on the server', async () => {
    const { answered, open } = await worklistPair()
    await openDashboard()
    const row = rowOf(answered)
    await row.waitFor()
    expect(await row.textContent()).toContain('Mark Verbruggen')
    expect(await row.textContent()).toContain('Beantwoord')
    await noSeriousViolations('requests dashboard (with requests)')

    // Each filter shows one of the pair: the other row goes, the chosen one stays.
    await page.getByTestId('requests-filter-status').selectOption('open')
    await row.waitFor({ state: 'detached' })
    await rowOf(open).waitFor()
    expect(await row.count()).toBe(0)
    await page.getByTestId('requests-filter-status').selectOption('completed')
    await rowOf(open).waitFor({ state: 'detached' })
    await row.waitFor()
    expect(await rowOf(open).count()).toBe(0)
  })

  it('filters the worklist by right on the server', async () => {
    const { answered, open } = await worklistPair()
    await openDashboard()
    await rowOf(open).waitFor()
    await page.getByTestId('requests-filter-type').selectOption('erasure')
    await rowOf(answered).waitFor({ state: 'detached' })
    await rowOf(open).waitFor()
    expect(await rowOf(answered).count()).toBe(0)
    await page.getByTestId('requests-filter-type').selectOption('access')
    await rowOf(open).waitFor({ state: 'detached' })
    await rowOf(answered).waitFor()
    expect(await rowOf(open).count()).toBe(0)
    // No erasure of this file is ever answered: the worklist says nothing matches.
    await page.getByTestId('requests-filter-type').selectOption('erasure')
    await page.getByTestId('requests-filter-status').selectOption('completed')
    await page.getByText('Er zijn geen verzoeken die aan deze filters voldoen.').waitFor()
  })

  it('takes a request with an identity document through the public form, shown to staff', async () => {
    await page.goto(`${url}/p/demo/request?lang=nl`)
    await page.locator('input[type="file"]#idDocument').waitFor()
    expect(await page.getByText('uw foto en uw rijksregisternummer onleesbaar').isVisible()).toBe(true)
    await noSeriousViolations('public request form with the identity document field')
    await page.locator('#name').fill('Lotte Claes')
    await page.locator('#email').fill('lotte.claes@example.be')
    await page.locator('#type-access').check()
    // Not a picture, whatever its name: the form comes back and says so.
    await page.locator('#idDocument').setInputFiles({
      name: 'identiteitskaart.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>not an image</html>'),
    })
    await page.getByRole('button', { name: 'Verzoek indienen' }).click()
    await page.getByText('Dit bestand is geen PDF, JPEG of PNG.', { exact: false }).first().waitFor()
    expect(await page.locator('#name').inputValue()).toBe('Lotte Claes')
    await noSeriousViolations('public request form with a refused file')
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('0000000d4948445200000001000000010806000000', 'hex'),
    ])
    await page.locator('#idDocument').setInputFiles({ name: 'kaart.png', mimeType: 'image/png', buffer: png })
    await page.getByRole('button', { name: 'Verzoek indienen' }).click()
    await page.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor()

    await openDashboard()
    await page
      .locator('[data-testid="request-row"]', { hasText: 'Lotte Claes' })
      .getByTestId('request-link')
      .click()
    await page.getByTestId('request-attachments').waitFor()
    const attachment = page.getByTestId('attachment').filter({ hasText: 'Identiteitsdocument' })
    expect(await attachment.textContent()).toContain('identity-document.png')
    expect(await attachment.textContent()).toContain('wordt gewist na de beslissing')
    await noSeriousViolations('request detail with an identity document')
  })

  it('changes the request time limits in the settings, checked in the user’s language', async () => {
    await openDashboard()
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Instellingen', exact: true })
      .click()
    await page.getByTestId('request-settings-form').waitFor()
    expect(await page.getByTestId('request-settings-atRiskDays').inputValue()).toBe('5')
    expect(await page.getByTestId('request-settings-reminderDays').inputValue()).toBe('10, 3')
    await page.getByTestId('request-settings-atRiskDays').fill('0')
    await page.getByTestId('request-settings-save').click()
    await page.getByText('Kies een getal van 1 tot 20.').waitFor()
    await noSeriousViolations('request settings with an error')
    await page.getByTestId('request-settings-atRiskDays').fill('7')
    await page.getByTestId('request-settings-reminderDays').fill('3; 12')
    await page.getByTestId('request-settings-save').click()
    await page.getByTestId('request-settings').getByText('De wijzigingen zijn opgeslagen.').waitFor()
    expect(await page.getByTestId('request-settings-reminderDays').inputValue()).toBe('12, 3')
  })

  it('searches the subject index', async () => {
    await openDashboard()
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Betrokkenen', exact: true })
      .click()
    await page.getByTestId('subject-search-form').waitFor()
    expect(await title()).toBe('Betrokkenen')
    await page.getByTestId('subject-results').waitFor()
    await noSeriousViolations('subjects search')
    await page.getByTestId('subject-search').fill('jan@example.be')
    await page.getByTestId('subject-search-submit').click()
    await page.waitForURL(/#\/orgs\/demo\/subjects\?q=jan%40example\.be$/)
    await page.getByTestId('subject-results-count').getByText('0 betrokkenen gevonden').waitFor()
  })

  it('adds people by national register number; the subject page tells the age only as far as the number does', async () => {
    const people = [
      // Born 4 May 2020: a minor.
      [
        'Kind Janssens',
        '20.05.04-002.71',
        'minor',
        'Minderjarig (jonger dan 18) volgens het rijksregisternummer',
      ],
      // Day 35: the day counter ran out - born July 1985, an adult whatever the day.
      [
        'Lotte Claes',
        '85.07.35-001.07',
        'adult',
        'Meerderjarig (18 of ouder) volgens het rijksregisternummer',
      ],
      // The fictitious date 1900-00-01: nothing of the birth date is known.
      [
        'Onbekend Peeters',
        '00.00.01-001.66',
        'unknown',
        'Leeftijd onbekend: het rijksregisternummer geeft geen geboortedatum',
      ],
    ] as const
    for (const [name, number, status, text] of people) {
      await page.goto(`${url}/#/orgs/demo/subjects/new`)
      await page.getByTestId('subject-form').waitFor()
      await page.getByTestId('subject-name').fill(name)
      await page.getByTestId('subject-identity-1-kind').selectOption('national_number')
      await page.getByTestId('subject-identity-1-value').fill(number)
      await page.getByTestId('subject-submit').click()
      await page.getByTestId('subject-detail').waitFor()
      const identity = page.getByTestId('identity').filter({ hasText: number.slice(-2) })
      expect(await identity.getByTestId('identity-age').getAttribute('data-status')).toBe(status)
      expect(await identity.getByTestId('identity-age').textContent()).toBe(text)
      expect(await page.getByTestId('subject-identities').textContent()).not.toContain(number.slice(0, 8))
    }
    await noSeriousViolations('subject page with the age a national register number tells')
  })

  it('caused no CSP violations and no script errors', () => {
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
