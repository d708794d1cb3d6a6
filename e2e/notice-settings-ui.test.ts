import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStaffPage, type StaffPage } from './support/staff-page'

/**
 * Issue 12: the notice settings page in a real browser against the real server. Nothing is claimed before it is
 * set; an invalid request channel is refused by the server and shown at its field; once saved, the preview states
 * exactly what was set; what the register check finds about the settings is shown with them. Labels in Dutch and
 * French; no serious accessibility violation.
 */
describe('notice settings page in headless Chromium', () => {
  let staff: StaffPage
  let page: Page
  let url: string
  let slug = ''

  // The owner is signed in once; each step opens the page and makes the state it checks (issue 13: steps run alone).
  beforeAll(async () => {
    staff = await openStaffPage()
    page = staff.page
    slug = staff.slug
    url = staff.custos.url
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
  })

  const noSeriousViolations = (where: string) => staff.noSeriousViolations(where)
  const previewHtml = () =>
    page.evaluate(async (s) => {
      const response = await fetch(`/api/v1/orgs/${s}/notice/preview?lang=nl`)
      return (await response.json()).html as string
    }, slug)
  const openSettings = async () => {
    await page.goto(`${url}#/orgs/${slug}/notice/settings`)
    await page.getByTestId('notice-settings-form').waitFor()
  }

  it('opens the page from the notice navigation, with nothing stated yet', async () => {
    await page.goto(`${url}#/orgs/${slug}/notice`)
    await page.getByTestId('notice-nav-settings').click()
    await page.waitForURL(/#\/orgs\/[^/]+\/notice\/settings$/)
    await page.getByTestId('notice-settings-form').waitFor()
    expect(await page.getByTestId('page-title').textContent()).toBe('Wat de verklaring zegt')
    expect(await page.getByTestId('notice-settings-sellsData-unstated').isChecked()).toBe(true)
    expect(await page.getByTestId('notice-settings-cookies').textContent()).toContain(
      'Geen cookie-inventaris',
    )
    expect(await previewHtml()).not.toContain('Wij verkopen uw gegevens niet.')
    await noSeriousViolations('notice settings, empty')
  })

  it('shows the field the server refuses: a phone channel without its number', async () => {
    await openSettings()
    await page.getByTestId('notice-settings-sellsData-never').check()
    await page.getByTestId('notice-settings-add-channel').click()
    await page.getByTestId('notice-settings-save').click()
    await page.getByTestId('error-summary').waitFor()
    const contact = page.getByTestId('notice-settings-channel-0-contact')
    expect(await contact.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByTestId('error-summary').textContent()).toContain('Contact (1)')
    await noSeriousViolations('notice settings, with an error')
    expect(await previewHtml()).not.toContain('Wij verkopen uw gegevens niet.')
  })

  it('saves, and the preview then states exactly what was set', async () => {
    await openSettings()
    await page.getByTestId('notice-settings-sellsData-never').check()
    if ((await page.getByTestId('notice-settings-channel-0-contact').count()) === 0)
      await page.getByTestId('notice-settings-add-channel').click()
    await page.getByTestId('notice-settings-channel-0-contact').fill('+32 2 123 45 67')
    await page.getByTestId('notice-settings-breachPromise').check()
    await page.getByTestId('notice-settings-breachHours').fill('48')
    await page.getByTestId('notice-settings-save').click()
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor()
    expect(await page.getByTestId('error-summary').count()).toBe(0)
    const html = await previewHtml()
    expect(html).toContain('Wij verkopen uw gegevens niet.')
    expect(html).toContain('+32 2 123 45 67')
    expect(html).toContain('48 uur')
    // Not set, so not said.
    expect(html).not.toContain('zonder uw toestemming')
    // Kept after a reload.
    await page.reload()
    await page.getByTestId('notice-settings-form').waitFor()
    expect(await page.getByTestId('notice-settings-sellsData-never').isChecked()).toBe(true)
    expect(await page.getByTestId('notice-settings-channel-0-contact').inputValue()).toBe('+32 2 123 45 67')
  })

  it('shows what the register check finds about the settings, and clears it once resolved', async () => {
    await openSettings()
    const findings = page.getByTestId('notice-settings-findings')
    expect(await findings.textContent()).toContain('De registercontrole vindt niets tegenstrijdigs')
    // The demo organisation has no website: links to other websites contradict the register.
    await page.getByTestId('notice-settings-thirdPartyLinks').check()
    await page.getByTestId('notice-settings-save').click()
    await findings.getByTestId('finding').waitFor()
    expect(await findings.textContent()).toContain('het register vermeldt geen website')
    expect(await findings.textContent()).toContain('notice.third-party-links-without-website')
    await noSeriousViolations('notice settings, with a finding')
    await page.getByTestId('notice-settings-thirdPartyLinks').uncheck()
    await page.getByTestId('notice-settings-save').click()
    await findings.getByText('De registercontrole vindt niets tegenstrijdigs').waitFor()
    expect(await findings.getByTestId('finding').count()).toBe(0)
  })

  it('is labelled in French for a French-speaking user, and axe-clean', async () => {
    await page.evaluate(async () => {
      const me = await (await fetch('/api/v1/me')).json()
      await fetch('/api/v1/me', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ preferredLanguage: 'fr' }),
      })
    })
    await openSettings()
    await page.reload()
    await page.getByTestId('notice-settings-form').waitFor()
    await page.getByRole('heading', { name: 'Ce que dit la déclaration' }).waitFor()
    expect(await page.getByText('Nous ne vendons jamais de données à caractère personnel').count()).toBe(1)
    expect(await page.getByTestId('notice-settings-findings').textContent()).toContain(
      'Le contrôle du registre ne trouve rien de contradictoire',
    )
    await noSeriousViolations('notice settings, French')
  })

  it('ran without CSP violations or script errors', () => {
    expect(staff.watched.pageErrors).toEqual([])
    expect(staff.watched.cspViolations).toEqual([])
  })
})
