import { spawn } from 'node:child_process'

/**
 * Runs bench/consent-load.ts in its own process (so the load generator does not share the measured process's
 * event loop) and returns its JSON summary.
 */
export function runConsentLoad<T>(
  url: string,
  seconds: number,
  connections: number,
  token: string,
  template: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/consent-load.ts',
        url,
        String(seconds),
        String(connections),
        token,
        template,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.on('error', reject)
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as T)
      } catch (error) {
        reject(error)
      }
    })
  })
}
