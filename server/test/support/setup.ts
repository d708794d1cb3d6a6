import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppContext } from '../../src/context'
import { completeSetup, prepareSetupCode } from '../../src/modules/setup'
import { PASSWORD } from './factories'

/** A complete first-run set-up body; `organization` and `account` fields can be overridden. */
export function setupBody(
  setupCode: string,
  overrides: { account?: Record<string, unknown>; organization?: Record<string, unknown> } = {},
) {
  return {
    setupCode,
    account: {
      displayName: 'An Peeters',
      email: 'an@bakkerij-peeters.be',
      password: PASSWORD,
      language: 'nl' as const,
      ...overrides.account,
    },
    organization: {
      slug: 'bakkerij-peeters',
      name: 'Bakkerij Peeters',
      legalName: 'Bakkerij Peeters BV',
      legalForm: 'bv' as const,
      enterpriseNumber: '0403.019.261',
      street: 'Kerkstraat 12',
      postalCode: '3000',
      city: 'Leuven',
      country: 'BE',
      languages: ['nl' as const, 'fr' as const],
      defaultLanguage: 'nl' as const,
      privacyContactName: 'An Peeters',
      privacyContactEmail: 'privacy@bakkerij-peeters.be',
      dpoAppointed: false,
      ...overrides.organization,
    },
  }
}

/**
 * The first-run set-up as the set-up page does it: the code `custos start` prepares (in a data directory of
 * its own), then the first account and its organisation. Answers the account's e-mail and password.
 */
export async function setUpInstallation(
  ctx: AppContext,
): Promise<{ email: string; password: string; slug: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-setup-'))
  try {
    const scoped = { ...ctx, config: { ...ctx.config, dataDir } }
    const prepared = await prepareSetupCode(scoped)
    if (!prepared) throw new Error('the installation was set up already')
    const body = setupBody(prepared.code)
    await completeSetup(scoped, body)
    return { email: body.account.email, password: body.account.password, slug: body.organization.slug }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
