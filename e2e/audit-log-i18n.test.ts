import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import i18next, { type TFunction } from 'i18next'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allAuditActions, allAuditTargetTypes } from '../server/src/audit/actions'
import { SYSTEM_ACTOR_LABELS } from '../server/src/audit/actor'
import { isKnownSystemActor, systemActorText, targetText } from '../web/src/components/audit/actorText'
import { actionLabel, auditActionList } from '../web/src/components/audit/auditActions'
import { en } from '../web/src/i18n/en'
import { fr } from '../web/src/i18n/fr'
import { nl } from '../web/src/i18n/nl'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const LANGUAGES = { nl, fr, en } as const

async function translator(language: keyof typeof LANGUAGES): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({
    resources: { [language]: { translation: LANGUAGES[language] } },
    lng: language,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  })
  return instance.t
}

/** Every source file of the server, for the labels the code passes to systemActor('...'). */
function serverSources(dir = 'server/src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return serverSources(path)
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : []
  })
}

describe('the audit log speaks the user language', () => {
  it('labels every audit action, target and system actor of the code in nl, fr and en', async () => {
    // The lists come from the code: recordAudit only takes listed actions and targets (a type error otherwise).
    const actions = allAuditActions()
    const targets = allAuditTargetTypes()
    const actorLabels = [
      ...new Set(
        serverSources().flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(/systemActor\('([a-z][a-z :]*)'/g)].map(
            (m) => m[1] as string,
          ),
        ),
      ),
    ]
    expect(actions.length).toBeGreaterThan(90)
    expect(actorLabels).toContain('public request portal')
    for (const label of actorLabels) expect(SYSTEM_ACTOR_LABELS as readonly string[]).toContain(label)
    for (const language of ['nl', 'fr', 'en'] as const) {
      const t = await translator(language)
      const missing = [
        ...actions.filter((a) => {
          const text = actionLabel(t, a)
          return text === a || text === '' || /audit\.|requests\./.test(text)
        }),
        ...targets.filter((target) => targetText(t, target) === target),
        ...[...SYSTEM_ACTOR_LABELS, 'cli:root'].filter(
          (label) => !isKnownSystemActor(label) || /audit\./.test(systemActorText(t, label)),
        ),
      ]
      expect({ language, missing }).toEqual({ language, missing: [] })
    }
    // The action filter offers every action.
    expect(actions.filter((a) => !auditActionList().includes(a))).toEqual([])
  })
})

describe('the audit log in French in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' })
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  /** Calls the API from the signed-in page (session cookie and CSRF token), as the UI does. */
  const api = (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const me = await (await fetch('/api/v1/me')).json()
        const res = await fetch(path, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: res.status, body: await res.text() }
      },
      { method, path, body },
    )

  /** The events the French page is checked on, recorded once for the steps below (each runs alone, issue 13). */
  let recorded: Promise<{ status: number; body: string }[]> | undefined
  const recordEvents = () => {
    recorded ??= (async () => {
      await signInAsDemoOwner(page, custos)
      const org = '/api/v1/orgs/demo'
      return [
        await api('POST', `${org}/register/vendors`, { key: 'kbc', name: 'KBC Bank' }),
        await api('POST', `${org}/api-tokens`, { name: 'Export', scopes: ['audit:read'] }),
        await api('POST', `${org}/subjects`, {
          name: 'Jan Peeters',
          identities: [{ kind: 'email', value: 'jan@example.be' }],
        }),
        await api('POST', `${org}/requests`, {
          channel: 'letter',
          receivedAt: new Date().toISOString(),
          subject: { name: 'Jan Peeters', email: 'jan@example.be' },
          types: ['access'],
          language: 'fr',
        }),
      ]
    })()
    return recorded
  }

  it('records events of several features: register, members, tokens, subjects and requests', async () => {
    for (const r of await recordEvents()) expect(r.status, r.body).toBeLessThan(300)
  })

  it('shows every action, target, actor and detail in French, without a raw key, and passes axe', async () => {
    await recordEvents()
    await page.goto(`${custos.url}/#/orgs/demo/audit`)
    await page.getByTestId('page-title').waitFor()
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    await page.locator('table tbody tr').first().waitFor()
    const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td, th')).map((c) => c.cloneNode(true) as HTMLElement)
        for (const c of cells) for (const code of Array.from(c.querySelectorAll('code'))) code.remove()
        return {
          time: cells[0]?.textContent?.trim() ?? '',
          actor: cells[1]?.textContent?.trim() ?? '',
          action: cells[2]?.textContent?.trim() ?? '',
          target: cells[3]?.textContent?.trim() ?? '',
          keys: Array.from(tr.querySelectorAll('dt')).map((dt) => dt.textContent?.trim() ?? ''),
        }
      }),
    )
    expect(rows.length).toBeGreaterThan(5)
    const raw = /^[a-z]+([._][a-z]+)+$|^[a-z]+[A-Z]\w*$/
    const rawCells = rows.flatMap((row) =>
      [row.action, row.target, row.actor, ...row.keys].filter((text) => raw.test(text) || text === ''),
    )
    expect(rawCells).toEqual([])
    // Dates in the Belgian French form (dd/mm/yyyy) in Brussels time; the first start is named in French.
    for (const row of rows) expect(row.time).toMatch(/^\d{2}\/\d{2}\/\d{4}/)
    expect(rows.map((r) => r.actor)).toContain('Premier démarrage')
    expect(rows.map((r) => r.action)).toContain(fr.requests.events.kinds.received)
    const options = await page.locator('#audit-action option').count()
    expect(options).toBeGreaterThan(allAuditActions().length)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
