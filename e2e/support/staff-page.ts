import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { launchChromium, seriousA11yViolations } from './browser'
import { type RunningCustos, startCustos } from './server'
import { signInAsDemoOwner, watchPage } from './session'

export interface StaffApiAnswer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers of many routes, read by each test as it needs
  body: any
}

/**
 * What the page tests of an organisation share: the real `custos start`, Chromium with a Dutch page signed in as
 * the demo owner (CSP violations and script errors watched), the organisation's slug, an API call as that member
 * (session cookie and CSRF token; a string body is sent as YAML) and the axe check of the page as it is.
 */
export interface StaffPage {
  custos: RunningCustos
  browser: Browser
  page: Page
  watched: ReturnType<typeof watchPage>
  slug: string
  staffCall(method: string, path: string, body?: unknown): Promise<StaffApiAnswer>
  noSeriousViolations(where: string): Promise<void>
  close(): Promise<void>
}

export interface StaffPageOptions {
  /** Default 1280 x 900. */
  viewport?: { width: number; height: number }
  /** The UI language chosen with the language switcher once signed in (default: the account's). */
  language?: 'nl' | 'fr' | 'en'
}

export async function openStaffPage(options: StaffPageOptions = {}): Promise<StaffPage> {
  const custos = await startCustos()
  const browser = await launchChromium()
  const page = await browser.newPage({
    locale: 'nl-BE',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  })
  const watched = watchPage(page)
  await signInAsDemoOwner(page, custos)
  if (options.language) await page.getByTestId('language-switcher').selectOption(options.language)
  const slug: string = await page.evaluate(
    async () => (await (await fetch('/api/v1/me')).json()).memberships[0].slug,
  )
  return {
    custos,
    browser,
    page,
    watched,
    slug,
    staffCall: (method, path, body) =>
      page.evaluate(
        async ({ method, path, body, slug }) => {
          const me = await (await fetch('/api/v1/me')).json()
          const response = await fetch(`/api/v1/orgs/${slug}${path}`, {
            method,
            headers: {
              'X-CSRF-Token': me.csrfToken,
              'Content-Type': typeof body === 'string' ? 'text/yaml' : 'application/json',
            },
            ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
          })
          return { status: response.status, body: await response.json() }
        },
        { method, path, body, slug },
      ),
    async noSeriousViolations(where) {
      expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })
    },
    async close() {
      await browser.close()
      await custos.stop()
    },
  }
}
