import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createEmptyPostgresDatabase } from './database'

/**
 * The compiled `custos` command as its own process, as an operator or a CI job runs it. `server/bin/custos.mjs`
 * runs server/dist when it is current and the sources through tsx otherwise (decision 0021): a stale dist makes
 * every run slow, hence the generous default time.
 */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..')
export const CUSTOS_BIN = resolve(REPO_ROOT, 'server/bin/custos.mjs')
export const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/** Each run starts the CLI and may open its database: slow on a loaded machine, so tests that run it get time. */
export const SLOW = { timeout: 300_000 }

export interface CliResult {
  /** The exit code; null when the run was killed (its time ran out). */
  code: number | null
  out: string
  err: string
  /** stdout followed by stderr. */
  all: string
}

/**
 * What the run takes from the test process's environment:
 * - `machine`: everything but the machine's language settings (so the CLI speaks its default, English, unless the
 *   test sets a language);
 * - `offline`: that, and no Custos setting (but the silent log level) nor DATABASE_URL (commands that must work
 *   without any configuration or database).
 */
export type Inherit = 'machine' | 'offline'

export interface SpawnCliOptions {
  /** Variables set for this run, after the inherited ones. */
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Text written to the command's stdin. */
  input?: string
  timeoutMs?: number
  inherit?: Inherit
}

const MACHINE_LANGUAGE = new Set(['LANG', 'LC_ALL', 'LC_MESSAGES', 'CUSTOS_LANG'])

function inherited(inherit: Inherit): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !MACHINE_LANGUAGE.has(name) &&
        (inherit === 'machine' || (!name.startsWith('CUSTOS_') && name !== 'DATABASE_URL')),
    ),
  )
}

/** The run's environment: the inherited part, the silent log level, then the run's own variables. */
function environment(options: SpawnCliOptions): NodeJS.ProcessEnv {
  return { ...inherited(options.inherit ?? 'machine'), CUSTOS_LOG_LEVEL: 'silent', ...options.env }
}

/** Runs `custos ARGS` to its end (from the repository root unless told otherwise); logs silenced unless `env` says. */
export function spawnCli(args: string[], options: SpawnCliOptions = {}): CliResult {
  const res = spawnSync(process.execPath, [CUSTOS_BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input,
    encoding: 'utf8',
    env: environment(options),
    timeout: options.timeoutMs ?? 240_000,
  })
  return { code: res.status, out: res.stdout, err: res.stderr, all: `${res.stdout}${res.stderr}` }
}

export interface StartedCli {
  child: ChildProcess
  /** What the process wrote to stderr so far (its last 20,000 characters), for failure messages. */
  errors(): string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * Starts `custos ARGS` and leaves it running (stdout ignored, stderr kept): a server the test stops, or a command
 * it kills midway. Same environment rules as spawnCli.
 */
export function startCli(
  args: string[],
  options: Omit<SpawnCliOptions, 'input' | 'timeoutMs'> = {},
): StartedCli {
  const child = spawn(process.execPath, [CUSTOS_BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: environment(options),
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-20_000)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  )
  return { child, errors: () => errors, exited }
}

export interface CliWorkspace {
  /** A temporary folder for the test's files, removed after the describe block. */
  readonly dir: string
  /** The embedded database's folder (CUSTOS_DATA_DIR), inside `dir`. */
  readonly dataDir: string
  /** The PostgreSQL database's URL in db-postgres (known once the hooks ran), '' on the embedded database. */
  databaseUrl(): string
  /** Writes `text` to `dir/name` and returns the path. */
  file(name: string, text: string): string
  /** `custos ARGS` on this workspace's own database; `all` has the folder's path removed (stable output). */
  run(args: string[], options?: SpawnCliOptions): CliResult
}

/**
 * A describe block's own place for CLI runs: a temporary folder and a database of its own - the embedded one in
 * `dataDir`, or (db-postgres project) a new empty PostgreSQL database, dropped afterwards. Call it inside the
 * describe: it registers the beforeAll/afterAll hooks there, before the block's own hooks.
 */
export function useCliWorkspace(prefix: string): CliWorkspace {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  const dataDir = join(dir, 'data')
  let databaseUrl = ''
  let dropDatabase = async () => {}
  beforeAll(async () => {
    if (!onPostgres) return
    const created = await createEmptyPostgresDatabase()
    databaseUrl = created.url
    dropDatabase = created.drop
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await dropDatabase()
  })
  return {
    dir,
    dataDir,
    databaseUrl: () => databaseUrl,
    file(name, text) {
      const path = join(dir, name)
      writeFileSync(path, text)
      return path
    },
    run(args, options = {}) {
      const env = { CUSTOS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ...options.env }
      const res = spawnCli(args, { ...options, env })
      return { ...res, all: res.all.split(dir).join('') }
    },
  }
}
