import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDatasetText } from '../../domain/datasets/parse'
import { datasetDocumentSchema } from '../../domain/datasets/schema'
import { DocumentCache } from './document-cache'

const rental = (() => {
  const parsed = parseDatasetText(
    readFileSync(new URL('../../../test/fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8'),
  )
  if (!parsed.ok) throw new Error('the rental fixture dataset does not parse')
  return parsed.document
})()

/** A stored document as the repository hands it over: a fresh object each time it is read. */
const stored = (doc: unknown) => JSON.parse(JSON.stringify(doc)) as Record<string, unknown>

describe('parsed dataset documents kept per dataset', () => {
  it('gives the same object for the same stored document, equal to a fresh parse', () => {
    const cache = new DocumentCache()
    const first = cache.parse('d1', stored(rental))
    expect(first).toEqual(datasetDocumentSchema.parse(stored(rental)))
    expect(cache.parse('d1', stored(rental))).toBe(first)
  })

  it('parses again when the stored document changed, and keeps datasets apart', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ id: fc.constantFrom('a', 'b', 'c'), description: fc.constantFrom('one', 'two') }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
        (reads, max) => {
          const cache = new DocumentCache(max)
          for (const { id, description } of reads) {
            const doc = { ...stored(rental), key: id, description } as Record<string, unknown>
            // What a fresh parse of this very document gives, whatever was read before.
            expect(cache.parse(id, doc)).toEqual(datasetDocumentSchema.parse(doc))
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
