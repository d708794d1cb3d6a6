import { type DatasetDocument, datasetDocumentSchema } from '../../domain/datasets/schema'

/**
 * Parsed dataset documents by dataset, reused for as long as the stored document is the same (compared as JSON
 * text): a run parses a step's document once, and the next run of an unchanged dataset gets the same object - so
 * what the engine works out once per document (traversal, plan and shared-row shapes, kept by document) is not
 * worked out again for every run. A document is never changed once parsed. At most `max` datasets are kept (the
 * oldest first out).
 */
export class DocumentCache {
  private readonly entries = new Map<string, { text: string; document: DatasetDocument }>()

  constructor(private readonly max = 256) {}

  parse(datasetId: string, stored: unknown): DatasetDocument {
    const text = JSON.stringify(stored)
    const known = this.entries.get(datasetId)
    if (known?.text === text) return known.document
    const document = datasetDocumentSchema.parse(stored)
    this.entries.delete(datasetId)
    if (this.entries.size >= this.max) {
      const [oldest] = this.entries.keys()
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(datasetId, { text, document })
    return document
  }
}

/** The documents of this process's runs. */
export const runDocuments = new DocumentCache()
