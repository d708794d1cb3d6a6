import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const BIN = resolve(import.meta.dirname, '../../server/bin/custos.mjs')

/** The account and organisation the helper sets up on first start (the browser stage signs in with them). */
export const E2E_ACCOUNT = {
  email: 'admin@custos.local',
  password: 'e2e owner password 2026',
  slug: 'demo',
}

export interface RunningCustos {
  url: string
  email: string
  password: string
  dataDir: string
  /** Everything the process printed (stdout and stderr). */
  output(): string
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      )
    })
  })
}

export interface StartOptions {
  env?: Record<string, string>
  /** Default: a new temporary directory, removed on stop. */
  dataDir?: string
  port?: number
  /**
   * true (default): complete the first-run set-up through the API with E2E_ACCOUNT (organisation `demo`), as
   * the set-up page would; false: leave the installation waiting on its set-up page.
   */
  setUp?: boolean
}

/** `custos start` as a child process; resolves once it runs, or rejects with its output when it ends first. */
export function launchCustos(dataDir: string, port: number, env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'start', '--port', String(port), '--data-dir', dataDir],
    {
      env: {
        ...process.env,
        DATABASE_URL: '',
        CUSTOS_LOG_LEVEL: 'warn',
        CUSTOS_LANG: 'en', // the start-up output is read
        CUSTOS_PUBLIC_URL: `http://127.0.0.1:${port}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const ready = new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => {
      // A start that never reports is stopped, so that it does not keep running after the test has failed.
      child.kill('SIGKILL')
      fail(new Error(`custos did not start:\n${output}`))
    }, 170_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Custos is running')) {
        clearTimeout(timer)
        ok()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(Object.assign(new Error(`custos exited with ${code}:\n${output}`), { code, output }))
    })
  })
  return { child, ready, output: () => output }
}

/**
 * Starts the real `custos start` (all roles) on an embedded database, exactly as `npm start` does after the
 * build, and - unless told not to - does the first-run set-up with the code it keeps in the data directory.
 */
export async function startCustos(options: StartOptions = {}): Promise<RunningCustos> {
  const ownDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'custos-e2e-'))
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const template = ownDir && options.setUp !== false ? setUpTemplate() : undefined
  if (template) cpSync(template, dataDir, { recursive: true })
  const launched = launchCustos(dataDir, port, options.env)
  await launched.ready
  if (options.setUp !== false && !template) await setUpThroughApi(url, dataDir)
  return {
    url,
    email: E2E_ACCOUNT.email,
    password: E2E_ACCOUNT.password,
    dataDir,
    output: launched.output,
    async stop() {
      const { child } = launched
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok))
        child.kill('SIGTERM')
        await exited
      }
      if (ownDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The browser stage's global set-up (e2e/support/set-up-template.ts) sets up one installation and names its stopped
 * data directory here; every file that asks for a set-up installation starts from a copy of it instead of
 * migrating a new database and doing the set-up again. Each copy is its own installation (own directory, port and
 * process); they share only the encryption key and the owner's password, which the tests know anyway.
 */
export const TEMPLATE_DIR_VARIABLE = 'CUSTOS_E2E_TEMPLATE_DIR'

function setUpTemplate(): string | undefined {
  const dir = process.env[TEMPLATE_DIR_VARIABLE]
  return dir && existsSync(join(dir, 'pgdata')) ? dir : undefined
}

/** What the set-up page sends, for the organisation the browser tests use (slug `demo`). */
async function setUpThroughApi(url: string, dataDir: string): Promise<void> {
  const setupCode = readFileSync(join(dataDir, 'setup-code'), 'utf8').trim()
  const res = await fetch(`${url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      setupCode,
      account: {
        displayName: 'E2E owner',
        email: E2E_ACCOUNT.email,
        password: E2E_ACCOUNT.password,
        language: 'nl',
      },
      organization: {
        slug: E2E_ACCOUNT.slug,
        name: 'Demo BV',
        legalName: 'Demo BV',
        legalForm: 'bv',
        enterpriseNumber: '0403019261',
        street: 'Wetstraat 1',
        postalCode: '1000',
        city: 'Brussel',
        country: 'BE',
        languages: ['nl', 'fr', 'en'],
        defaultLanguage: 'nl',
        privacyContactName: 'Privacy team',
        privacyContactEmail: 'privacy@demo.example',
        dpoAppointed: false,
      },
    }),
  })
  if (res.status !== 201) throw new Error(`set-up failed: ${res.status} ${await res.text()}`)
}
