import { randomInt } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { hashPassword } from '../../auth/passwords'
import type { Config } from '../../config'
import { type AppContext, inTransaction } from '../../context'
import { safeEqual } from '../../crypto/tokens'
import type { DB, Language, UserRow } from '../../db/schema'
import { Conflict, InvalidInput } from '../../domain/errors'
import type { Organization } from '../organizations'
import { createOrganizationIn, type LEGAL_FORMS } from '../organizations'
import { anyAccountExists, checkPasswordStrength, insertUser } from '../users'

/** The file in the data directory that keeps the set-up code while the installation has no account. */
export const SETUP_CODE_FILE = 'setup-code'
/** Crockford base32 without I, L, O, U: nothing to confuse when typing the code from a console. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 12

export function setupCodeFile(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, SETUP_CODE_FILE)
}

/** Upper case, without the spaces and hyphens people type between the groups. */
export function normaliseSetupCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '')
}

function newSetupCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** XXXX-XXXX-XXXX, as printed and kept in the file. */
export function formatSetupCode(code: string): string {
  return normaliseSetupCode(code).replace(/(.{4})(?=.)/g, '$1-')
}

/** The installation waits for its first-run set-up while it has no account at all. */
export async function setupRequired(db: Kysely<DB>): Promise<boolean> {
  return !(await anyAccountExists(db))
}

const SEAL_CONTEXT = 'setup-code'

/**
 * Run by `custos start` before it listens: while the installation has no account, the set-up code is the one
 * already in the database (another web process, or a start that failed after printing it, made it: every start
 * prints the same code), else the one kept in the data directory, else a new one. It is written to the data
 * directory with mode 0600. Once set-up is done, a left-over file is removed. Answers the code and the file, or
 * null when set-up is done.
 */
export async function prepareSetupCode(
  ctx: Pick<AppContext, 'db' | 'config' | 'encryption'>,
): Promise<{ code: string; file: string } | null> {
  const file = setupCodeFile(ctx.config)
  if (!(await setupRequired(ctx.db))) {
    rmSync(file, { force: true })
    return null
  }
  const kept = existsSync(file) ? normaliseSetupCode(readFileSync(file, 'utf8')) : ''
  const candidate = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`).test(kept) ? kept : newSetupCode()
  await ctx.db
    .insertInto('setup_codes')
    .values({ id: 1, code_sealed: ctx.encryption.encrypt(candidate, SEAL_CONTEXT) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  const code = await currentSetupCode(ctx)
  if (!code) return prepareSetupCode(ctx) // set-up was completed in between
  mkdirSync(ctx.config.dataDir, { recursive: true })
  writeFileSync(file, `${formatSetupCode(code)}\n`, { mode: 0o600 })
  return { code: formatSetupCode(code), file }
}

async function currentSetupCode(ctx: Pick<AppContext, 'db' | 'encryption'>): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('setup_codes')
    .select('code_sealed')
    .where('id', '=', 1)
    .executeTakeFirst()
  return row ? ctx.encryption.decrypt(row.code_sealed, SEAL_CONTEXT) : null
}

export interface SetupInput {
  setupCode: string
  account: { displayName: string; email: string; password: string; language: Language }
  organization: {
    slug: string
    name: string
    legalName: string
    legalForm: (typeof LEGAL_FORMS)[number]
    enterpriseNumber: string | null
    street: string
    postalCode: string
    city: string
    country: string
    languages: Language[]
    defaultLanguage: Language
    privacyContactName: string
    privacyContactEmail: string
    dpoAppointed: boolean
  }
}

const SETUP_DONE = () =>
  new Conflict('setup_done', 'This installation is set up already: sign in with the account created then.')

/**
 * Creates the first account (installation administrator) and its organisation (owner) in one transaction, with
 * the set-up code: the code's row is deleted in that transaction, so it works once, and two forms sent at the
 * same moment cannot both succeed. The file with the code is removed afterwards.
 */
export async function completeSetup(
  ctx: AppContext,
  input: SetupInput,
): Promise<{ user: UserRow; organization: Organization }> {
  checkPasswordStrength(input.account.password, 'body.account.password')
  if (!input.organization.languages.includes(input.organization.defaultLanguage))
    throw new InvalidInput([
      {
        path: 'body.organization.defaultLanguage',
        code: 'invalid_value',
        message: 'Must be one of the languages of the notices',
      },
    ])
  const passwordHash = await hashPassword(input.account.password)
  const done = await inTransaction(ctx, async (ctx) => {
    if (!(await setupRequired(ctx.db))) throw SETUP_DONE()
    // The row is locked: of two forms sent at the same moment, the second waits and then finds it gone.
    const row = await ctx.db
      .selectFrom('setup_codes')
      .select('code_sealed')
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirst()
    const expected = row ? ctx.encryption.decrypt(row.code_sealed, SEAL_CONTEXT) : null
    if (!expected || !safeEqual(expected, normaliseSetupCode(input.setupCode)))
      throw new InvalidInput(
        [
          {
            path: 'body.setupCode',
            code: 'invalid_code',
            message: 'Not the set-up code of this installation',
          },
        ],
        'The set-up code is not correct.',
        'invalid_setup_code',
      )
    await ctx.db.deleteFrom('setup_codes').where('id', '=', 1).execute()
    const actor = systemActor('first start')
    const user = await insertUser(ctx.db, {
      email: input.account.email,
      displayName: input.account.displayName,
      passwordHash,
      language: input.account.language,
      // The account made at set-up administers the installation: it may create further organisations.
      installationAdmin: true,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email },
    })
    const organization = await createOrganizationIn(ctx, actor, input.organization, user.id)
    return { user, organization }
  })
  rmSync(setupCodeFile(ctx.config), { force: true })
  return done
}
