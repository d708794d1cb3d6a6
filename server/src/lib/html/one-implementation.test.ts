import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('one HTML escaping implementation (decision 0024)', () => {
  it('no source file outside lib/html writes HTML entities or defines its own escapeHtml', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))
      .filter(({ path }) => !path.startsWith(join('lib', 'html')))
      .filter(({ text }) => /&(?:lt|gt|quot|amp|#39|#x27);|function escapeHtml|escapeHtml\s*=/.test(text))
      .map(({ path }) => path)
    expect(offenders).toEqual([])
  })
})
