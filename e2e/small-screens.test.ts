import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** Screenshots for a person to look at (the test does not compare them). */
const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? join(tmpdir(), 'custos-small-screens')

/** The organisation's main pages, as the side navigation and the sub-navigations lead to them. */
const MAIN_PAGES = [
  'overview',
  'register/activities',
  'register/systems',
  'register/vendors',
  'register/retention-rules',
  'register/measures',
  'register/categories',
  'register/check',
  'register/import',
  'notice',
  'notice/versions',
  'notice/publication',
  'requests',
  'subjects',
  'subjects/import',
  'connectors',
  'members',
  'api-tokens',
  'audit',
  'outbox',
  'settings',
]

/** Waits for the page's title and for every "loading" status to be gone. */
async function settled(page: Page) {
  await page.getByTestId('page-title').waitFor()
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0)
}

/** Cards whose content is wider than the card (cut off or scrolling sideways). */
function overflowingCards(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.card'))
      .filter((card) => card.scrollWidth > card.clientWidth)
      .map((card) => ({
        card: (card.querySelector('h2, h3')?.textContent ?? card.className).trim(),
        scrollWidth: card.scrollWidth,
        clientWidth: card.clientWidth,
      })),
  )
}

describe('small screens and polish in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 390, height: 844 } })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const toggle = () => page.getByTestId('nav-toggle')
  const menu = () => page.locator('#side-nav-menu')
  const navLink = (section: string) => page.locator(`#side-nav-menu a[href$="/${section}"]`)
  const expanded = () => toggle().getAttribute('aria-expanded')

  it('at 390 px folds the navigation behind a menu button that opens it and whose links work', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/overview`)
    await settled(page)
    expect(await toggle().isVisible()).toBe(true)
    expect(await toggle().getAttribute('aria-controls')).toBe('side-nav-menu')
    expect(await expanded()).toBe('false')
    expect(await menu().isVisible()).toBe(false)
    await page.screenshot({ path: join(SHOTS, 'mobile-closed.png'), fullPage: false })
    expect(await seriousA11yViolations(page)).toEqual([])

    await toggle().click()
    expect(await expanded()).toBe('true')
    expect(await navLink('register').isVisible()).toBe(true)
    await page.screenshot({ path: join(SHOTS, 'mobile-open.png'), fullPage: false })
    expect(await seriousA11yViolations(page)).toEqual([])

    await navLink('requests').click()
    await page.waitForURL(/#\/orgs\/demo\/requests$/)
    await settled(page)
    expect(await expanded()).toBe('false')
    expect(await menu().isVisible()).toBe(false)
  })

  it('is operated with the keyboard: Enter and Space open, Escape closes, a link chosen with Enter navigates', async () => {
    await toggle().focus()
    await page.keyboard.press('Enter')
    expect(await expanded()).toBe('true')
    await page.keyboard.press('Escape')
    expect(await expanded()).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-toggle')
    await page.keyboard.press('Space')
    expect(await expanded()).toBe('true')
    // The first Tab reaches the first page of the menu (the overview).
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/\/overview$/)
    await page.keyboard.press('Tab')
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(target).toMatch(/\/register$/)
    // A control focused with the keyboard shows a clear ring.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      'solid',
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/orgs\/demo\/register/)
    await settled(page)
    expect(await expanded()).toBe('false')
  })

  it('moves focus to the heading after navigating, without drawing a box around it', async () => {
    // The heading takes focus once the new page has rendered; wait for that moment rather than reading focus while
    // the previous page may still be on screen.
    await page
      .waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'page-title',
        null,
        {
          timeout: 5000,
        },
      )
      .catch(() => undefined)
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return { testId: element.dataset.testid, outline: style.outlineStyle, width: style.outlineWidth }
    })
    expect(focused.testId).toBe('page-title')
    expect(focused.outline).toBe('none')
    await page.screenshot({ path: join(SHOTS, 'mobile-after-navigation.png'), fullPage: false })
  })

  it('at 1366 px shows the navigation without a menu button and no card is wider than itself on the main pages', async () => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${custos.url}/#/orgs/demo/overview`)
    await settled(page)
    expect(await toggle().isVisible()).toBe(false)
    expect(await navLink('register').isVisible()).toBe(true)
    const found: { path: string; cards: Awaited<ReturnType<typeof overflowingCards>> }[] = []
    for (const path of MAIN_PAGES) {
      await page.goto(`${custos.url}/#/orgs/demo/${path}`)
      await settled(page)
      const cards = await overflowingCards(page)
      if (cards.length > 0) found.push({ path, cards })
      if (path === 'overview' || path === 'register/activities' || path === 'requests') {
        await page.screenshot({ path: join(SHOTS, `desktop-${path.replace('/', '-')}.png`), fullPage: false })
      }
    }
    expect(found).toEqual([])
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('serves the favicon the page links to', async () => {
    const href = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null,
    )
    expect(href).not.toBeNull()
    const response = await fetch(href as string)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await response.text()).toContain('<svg')
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
