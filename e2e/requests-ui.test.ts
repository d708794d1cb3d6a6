import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * Data subject requests in a real browser against the real server: a letter asking for access is recorded
 * through the staff intake form, its page shows the due date and the acknowledgement, a refusal the domain does
 * not allow is shown with its reason, the request is started and answered through the actions the API offers,
 * and the worklist lists it. Every page passes axe (no serious or critical violations) without CSP violations.
 */
describe('data subject requests UI in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let reference = ''

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE' })
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const status = () => page.getByTestId('request-status').getAttribute('data-status')
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  it('opens the requests dashboard from the navigation', async () => {
    await signInAsDemoOwner(page, custos)
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Verzoeken', exact: true })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/requests$/)
    await page.getByTestId('requests-dashboard').waitFor()
    expect(await title()).toBe('Verzoeken van betrokkenen')
    expect(await page.getByTestId('no-urgent').isVisible()).toBe(true)
    expect(await page.getByTestId('public-form-link').getAttribute('href')).toBe(
      `${custos.url}/p/demo/request`,
    )
    await noSeriousViolations('requests dashboard (empty)')
  })

  it('records a letter asking for access through the intake form', async () => {
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
    reference = heading.replace('Verzoek ', '')
    await page.getByText(`Verzoek ${reference} is geregistreerd.`).waitFor()
  })

  it('shows the due date, the subject, the rights and the acknowledgement', async () => {
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
    await page.getByTestId('note-body').fill('Kopie per post verstuurd.')
    await page.getByTestId('note-submit').click()
    await page.getByTestId('note').getByText('Kopie per post verstuurd.').waitFor()
  })

  it('lists the request on the dashboard', async () => {
    await page.getByTestId('requests-nav-list').click()
    await page.getByTestId('requests-dashboard').waitFor()
    const row = page.locator(`[data-testid="request-row"][data-reference="${reference}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain('Jan Peeters')
    expect(await row.textContent()).toContain('Beantwoord')
    await noSeriousViolations('requests dashboard (one request)')

    await page.getByTestId('requests-filter-status').selectOption('open')
    await page.getByText('Er zijn geen verzoeken die aan deze filters voldoen.').waitFor()
    await page.getByTestId('requests-filter-status').selectOption('completed')
    await row.waitFor()
  })

  it('filters the worklist by right on the server', async () => {
    const row = page.locator(`[data-testid="request-row"][data-reference="${reference}"]`)
    await page.getByTestId('requests-filter-status').selectOption('')
    await page.getByTestId('requests-filter-type').selectOption('erasure')
    await page.getByText('Er zijn geen verzoeken die aan deze filters voldoen.').waitFor()
    await page.getByTestId('requests-filter-type').selectOption('access')
    await row.waitFor()
    await page.getByTestId('requests-filter-type').selectOption('')
  })

  it('takes a request with an identity document through the public form, shown to staff', async () => {
    await page.goto(`${custos.url}/p/demo/request?lang=nl`)
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

    await page.goto(`${custos.url}/#/orgs/demo/requests`)
    await page.getByTestId('requests-dashboard').waitFor()
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
      await page.goto(`${custos.url}/#/orgs/demo/subjects/new`)
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
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
