#!/usr/bin/env node
// Compiles the server's TypeScript into server/dist (docs/decisions/0021): one esbuild bundle of our own sources,
// split at every dynamic import so a command loads only the code it runs; npm packages stay external imports.
// Run by `npm ci` (prepare), `npm run build` and `npm start`. Writes dist/build-info.json, which bin/custos.mjs
// compares with the sources to decide whether dist is current.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { newestSourceChange, serverSources } from './bin/source-freshness.mjs'

const server = dirname(fileURLToPath(import.meta.url))
const dist = join(server, 'dist')
// Taken before compiling: a source saved while the build runs makes the result stale, not silently current.
const sources = newestSourceChange(...serverSources(server))

const require = createRequire(join(server, 'package.json'))

/**
 * Pure-JavaScript ES module packages made of hundreds of small files (kysely ~1,000, date-fns ~860 through its
 * index) are bundled: one chunk loads much faster than a thousand module files, and only the date-fns functions
 * we use are kept. date-holidays is not: it is required (its CommonJS build) with the first holiday asked for,
 * so starting does not load every country's calendar. Everything else stays an ordinary import from
 * node_modules (native code, files read at run time, or shared with another package, like zod with
 * fastify-type-provider-zod).
 */
const BUNDLED = new Set(['kysely', 'date-fns'])

const packageName = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/')

/**
 * Node's ES module loader does not complete `nodemailer/lib/shared` (a package without an `exports` map) to a
 * file the way the TypeScript sources' bundler resolution does; such deep imports are written out to the file.
 */
function externalImport(path) {
  const name = packageName(path)
  if (name === path) return { path, external: true }
  // The package's own folder, found the way Node looks (a package.json need not be in its `exports`).
  const folder = [join(server, 'node_modules', name), join(server, '..', 'node_modules', name)].find((dir) =>
    existsSync(join(dir, 'package.json')),
  )
  if (!folder || JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).exports)
    return { path, external: true }
  const file = relative(folder, require.resolve(path)).split(sep).join('/')
  return { path: `${name}/${file}`, external: true }
}

const packagesPlugin = {
  name: 'packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (path.startsWith('node:')) return { path, external: true }
      // Inside a bundled package its own dependencies are bundled with it.
      if (importer.includes(`${sep}node_modules${sep}`)) return undefined
      return BUNDLED.has(packageName(path)) ? undefined : externalImport(path)
    })
  },
}

rmSync(dist, { recursive: true, force: true })
await build({
  entryPoints: { main: join(server, 'src/main.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [packagesPlugin],
  // CommonJS inside a bundled package may call require().
  banner: {
    js: "import { createRequire as __custosRequire } from 'node:module'; const require = __custosRequire(import.meta.url);",
  },
})
writeFileSync(join(dist, 'build-info.json'), `${JSON.stringify({ sources }, null, 2)}\n`)
