import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { register as httpRegister } from '../server/test/support/retention-http'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** Calls the API from the signed-in page (cookie session plus CSRF token), as the web client does. */
async function apiCall(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json()
      const response = await fetch(path.replace('{slug}', me.memberships[0].slug), {
        method,
        headers: {
          'X-CSRF-Token': me.csrfToken,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, slug: me.memberships[0].slug as string, text: await response.text() }
    },
    { method, path, body },
  )
}

/**
 * Decision 0110 in a real browser: a paper archive (manual system) under "client files: 3 years after the last
 * contact"; Anna's last contact was in 2015. After "Run the sweeps now" the run waits for a person; its list on the
 * Retention page shows Anna with her e-mail address masked, and a CSV link for the person who does the work - axe
 * clean, in Dutch.
 */
describe('a sweep task lists what is due (headless Chromium)', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let anna = ''

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    const base = httpRegister()
    const imported = await apiCall(page, 'POST', '/api/v1/orgs/{slug}/register/import?mode=merge', {
      ...base,
      retentionRules: [
        ...base.retentionRules,
        {
          key: 'client-files',
          name: { nl: 'Klantendossiers', fr: 'Dossiers clients', en: 'Client files' },
          duration: { years: 3 },
          trigger: 'last_contact',
          action: 'delete',
        },
      ],
    })
    expect(imported.status, imported.text).toBe(200)
    const dataset = await apiCall(page, 'PUT', '/api/v1/orgs/{slug}/datasets/archive', {
      source: stringify({
        key: 'archive',
        system: 'paper-files',
        name: 'Klantendossiers',
        connector: 'manual',
        collections: [
          {
            name: 'client_files',
            hold: { rule: 'client-files' },
            fields: [{ name: 'email', identity: 'email', category: 'identification' }],
          },
        ],
      }),
    })
    expect(dataset.status, dataset.text).toBeLessThan(300)
    const person = await apiCall(page, 'POST', '/api/v1/orgs/{slug}/subjects', {
      name: 'Anna Peeters',
      identities: [{ kind: 'email', value: 'anna.peeters@example.be' }],
      events: [{ kind: 'last_contact', occurredOn: '2015-03-10' }],
    })
    expect(person.status, person.text).toBe(201)
    anna = JSON.parse(person.text).id
    const approved = await apiCall(
      page,
      'POST',
      '/api/v1/orgs/{slug}/retention/rules/client-files/approval',
      {},
    )
    expect(approved.status, approved.text).toBe(200)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  it('shows the people due masked, with the CSV link, axe clean (nl)', async () => {
    const { slug } = await apiCall(page, 'GET', '/api/v1/me')
    await page.goto(`${custos.url}/#/orgs/${slug}/retention`)
    const runNow = page.getByTestId('retention-run-now')
    await runNow.getByRole('button', { name: 'Opruimingen nu uitvoeren' }).click()
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/retention/runs') && r.request().method() === 'POST',
    )
    await runNow.getByRole('button', { name: 'Ja, uitvoeren' }).click()
    const { id } = (await (await answered).json()) as { id: string }
    await runNow
      .locator(`[data-testid="retention-sweep-status"][data-sweep-id="${id}"][data-status="done"]`)
      .waitFor()
    const run = page.locator('[data-testid="retention-run"]', { hasText: 'Klantendossiers' }).first()
    const list = run.getByTestId('retention-task-list')
    await list.locator('summary').click()
    const item = list.getByTestId('retention-task-item')
    await item.waitFor()
    expect(await item.textContent()).toContain('Anna Peeters')
    expect(await item.textContent()).toContain('a•••@example.be')
    expect(await list.textContent()).not.toContain('anna.peeters@')
    const csv = list.getByTestId('retention-task-csv')
    expect(await csv.textContent()).toBe('CSV downloaden (voluit)')
    expect(await csv.getAttribute('href')).toMatch(/\/retention\/runs\/[0-9a-f-]+\/items\.csv\?lang=nl$/)
    expect({ violations: await seriousA11yViolations(page) }).toEqual({ violations: [] })
  })

  it('says in Dutch and French that the person was erased from the index, then that the list was deleted, axe clean', async () => {
    const erased = await apiCall(page, 'DELETE', `/api/v1/orgs/{slug}/subjects/${anna}`)
    expect(erased.status, erased.text).toBeLessThan(300)
    const { slug } = await apiCall(page, 'GET', '/api/v1/me')
    // The run of the client files, named in the page's language.
    const taskList = () =>
      page
        .locator('[data-testid="retention-run"]', { hasText: /Klantendossiers|Dossiers clients/ })
        .first()
        .getByTestId('retention-task-list')
    const open = async () => {
      await page.goto(`${custos.url}/#/orgs/${slug}/retention`)
      await page.reload()
      return taskList()
    }
    /** The language chosen, the list opened (again, should the switch have closed it). */
    const inLanguage = async (language: 'nl' | 'fr') => {
      await page.getByTestId('language-switcher').selectOption(language)
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language)
      const list = taskList()
      if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open))) await list.locator('summary').click()
    }

    // Erased from the index since the task was made: the list keeps nothing of her, and says so.
    let list = await open()
    await inLanguage('nl')
    const item = list.getByTestId('retention-task-item')
    await item.waitFor()
    expect(await item.textContent()).toContain('Gewist uit de personenindex')
    expect(await list.textContent()).not.toMatch(/Anna|a•••@example/)
    expect({ violations: await seriousA11yViolations(page) }).toEqual({ violations: [] })
    await inLanguage('fr')
    await list.getByText('Effacée de l’index des personnes').waitFor()
    expect({ violations: await seriousA11yViolations(page) }).toEqual({ violations: [] })

    // The task closed: its list is deleted, and the page says so in both languages.
    const runs = await apiCall(page, 'GET', '/api/v1/orgs/{slug}/retention/runs')
    const taskId = (JSON.parse(runs.text).items as { rule: string; taskId: string | null }[]).find(
      (r) => r.rule === 'client-files',
    )?.taskId
    expect(taskId).toBeTruthy()
    const closed = await apiCall(page, 'PATCH', `/api/v1/orgs/{slug}/action-plan/${taskId}`, {
      status: 'done',
    })
    expect(closed.status, closed.text).toBe(200)
    list = await open()
    await inLanguage('fr')
    await list.getByText('La liste a été effacée à la clôture ou à l’annulation de la tâche').waitFor()
    expect(await list.getByTestId('retention-task-item').count()).toBe(0)
    expect({ violations: await seriousA11yViolations(page) }).toEqual({ violations: [] })
    await inLanguage('nl')
    await list.getByText('De lijst is gewist toen de taak afgesloten of geannuleerd werd').waitFor()
    expect({ violations: await seriousA11yViolations(page) }).toEqual({ violations: [] })
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
