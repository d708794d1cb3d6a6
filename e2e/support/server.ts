import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const BIN = resolve(import.meta.dirname, '../../server/bin/custos.mjs')

export interface RunningCustos {
  url: string
  email: string
  password: string
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
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

/**
 * Starts the real `custos start` (all roles) on a fresh embedded database, exactly as `npm start` does after the
 * build, and reads the demo credentials it prints on first start.
 */
export async function startCustos(options: { env?: Record<string, string> } = {}): Promise<RunningCustos> {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-e2e-'))
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'start', '--port', String(port), '--data-dir', dataDir],
    {
      env: {
        ...process.env,
        DATABASE_URL: '',
        CUSTOS_LOG_LEVEL: 'warn',
        CUSTOS_LANG: 'en', // the demo credentials are read from the start-up output
        CUSTOS_PUBLIC_URL: `http://127.0.0.1:${port}`,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const ready = new Promise<{ email: string; password: string }>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`custos did not start:\n${output}`)), 170_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const email = /Sign in with\s+(\S+)/.exec(output)?.[1]
      const password = /Password\s+(\S+)/.exec(output)?.[1]
      if (email && password && output.includes('Custos is running')) {
        clearTimeout(timer)
        ok({ email, password })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`custos exited with ${code}:\n${output}`))
    })
  })
  const credentials = await ready
  return {
    url: `http://127.0.0.1:${port}`,
    ...credentials,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
