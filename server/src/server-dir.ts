import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The server package's folder: the nearest folder above this module with a package.json. The code runs from
 * src/ (tsx, tests) or from a chunk of the compiled dist/ (docs/decisions/0021), at different depths.
 */
function serverPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('custos: cannot find the server package folder')
    dir = parent
  }
  return dir
}

export const SERVER_DIR = serverPackageDir()
