import { Document, isMap, isSeq, type YAMLMap } from 'yaml'
import type { DatasetDocument } from '../../domain/datasets/schema'
import type { Suggestion } from './propose-dataset'

const HEADER = [
  ' Proposed by `custos dataset discover`. Review it before importing: check each category, identity and erasure,',
  ' remove what is not personal data, add holds from the retention rules of the register.',
  ' Comments give the confidence (0..1) of each suggestion and why.',
].join('\n')

/** The document without values equal to the schema's defaults, so the file shows what matters. */
function withoutDefaults(document: DatasetDocument): Record<string, unknown> {
  return {
    ...document,
    collections: document.collections.map(({ after, erasure, fields, ...collection }) => ({
      ...collection,
      ...(after.length ? { after } : {}),
      ...(erasure !== 'mask' ? { erasure } : {}),
      fields: fields.map(({ provided, rectifiable, ...field }) => ({
        ...field,
        ...(provided ? { provided } : {}),
        ...(rectifiable ? {} : { rectifiable }),
      })),
    })),
  }
}

/** "confidence 0.95: name matches 'email'; 200/200 samples are e-mail addresses" */
function suggestionComment(suggestion: Suggestion): string {
  return ` confidence ${suggestion.confidence.toFixed(2)}: ${suggestion.reasons.join('; ')}`
}

/**
 * A readable YAML dataset file: defaults left out, a header saying it is a proposal, and above each suggested field
 * a comment with its confidence and reasons. Parses back with datasetDocumentSchema to the same document.
 */
export function datasetToYaml(document: DatasetDocument, suggestions: readonly Suggestion[] = []): string {
  const doc = new Document(withoutDefaults(document))
  doc.commentBefore = HEADER
  const collections = doc.get('collections', true)
  if (isSeq(collections)) {
    for (const suggestion of suggestions) {
      const c = document.collections.findIndex((x) => x.name === suggestion.collection)
      const f = document.collections[c]?.fields.findIndex((x) => x.name === suggestion.field) ?? -1
      const collection = collections.items[c]
      const fields = isMap(collection) ? collection.get('fields', true) : undefined
      const field = isSeq(fields) ? (fields.items[f] as YAMLMap | undefined) : undefined
      if (field && isMap(field)) field.commentBefore = suggestionComment(suggestion)
    }
  }
  return doc.toString({ lineWidth: 0 })
}
