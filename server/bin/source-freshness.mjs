// Whether server/dist was compiled from the sources as they are now (docs/decisions/0021). Plain JavaScript: it
// runs before anything is compiled.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The latest modification time (ms) of the given files and folders and of everything in the folders, tests
 * excepted. A folder's time changes when a file in it is added, removed or renamed, so deletions count too.
 */
export function newestSourceChange(...paths) {
  let newest = 0
  for (const path of paths) {
    newest = Math.max(newest, statSync(path).mtimeMs)
    if (!statSync(path).isDirectory()) continue
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) continue
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
    }
  }
  return newest
}

/** True when the build stamp `infoFile` exists and none of `paths` changed after that build read them. */
export function builtFromCurrentSources(infoFile, ...paths) {
  let info
  try {
    info = JSON.parse(readFileSync(infoFile, 'utf8'))
  } catch {
    return false
  }
  return typeof info.sources === 'number' && newestSourceChange(...paths) <= info.sources
}

/**
 * The inputs of the server build: its sources, the texts of the refusal codes it shares with the web UI
 * (web/src/i18n/errors, docs/decisions/0030) and the build script.
 */
export const serverSources = (serverDir) =>
  [join(serverDir, 'src'), join(serverDir, '../web/src/i18n/errors'), join(serverDir, 'build.mjs')].filter(
    (path) => existsSync(path),
  )

/** True when `dist` was compiled from the server sources as they are now. */
export function distIsCurrent(serverDir) {
  return builtFromCurrentSources(join(serverDir, 'dist/build-info.json'), ...serverSources(serverDir))
}
