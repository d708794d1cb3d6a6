/** Load generation with autocannon in its own process, so that it does not share the server's event loop. */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/** Requests per second autocannon reaches on `url` (average over the run), with the given request headers. */
export function loadFor(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  connections = 10,
): Promise<number> {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`])
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [autocannonBin, '-c', String(connections), '-d', String(seconds), '-j', ...headerArgs, url],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        const result = JSON.parse(out) as {
          requests: { average: number }
          non2xx: number
          errors: number
          statusCodeStats?: unknown
        }
        if (code !== 0 || result.non2xx > 0 || result.errors > 0) {
          reject(
            new Error(
              `autocannon on ${url}: exit ${code}, ${result.non2xx} non-2xx, ${result.errors} errors`,
            ),
          )
        } else resolve(result.requests.average)
      } catch (error) {
        reject(error)
      }
    })
  })
}
