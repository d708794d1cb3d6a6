import type { Page } from 'playwright-core'
import type { RunningCustos } from './server'

/** Collects what must never happen in a page: CSP violations and uncaught script errors. */
export function watchPage(page: Page) {
  const cspViolations: string[] = []
  const pageErrors: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return { cspViolations, pageErrors }
}

/** Signs in through the form with the demo owner account printed on first start. */
export async function signInAsDemoOwner(page: Page, custos: RunningCustos, password = custos.password) {
  await page.goto(custos.url)
  await page.getByTestId('login-email').fill(custos.email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('org-switcher').waitFor()
}
