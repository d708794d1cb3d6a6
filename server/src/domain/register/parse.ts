import {
  type LineOf,
  parseYamlWithLines,
  schemaProblems,
  type YamlProblem,
} from '../../lib/yaml/parse-with-lines'
import { type RegisterDocument, registerDocumentSchema } from './schema'

/** A problem of a register file: dotted path (e.g. activities.2.purposes.0.legalBasis), line, message. */
export type RegisterProblem = YamlProblem

export type ParsedRegister =
  | { ok: true; document: RegisterDocument }
  | { ok: false; problems: RegisterProblem[] }

const MAX_BYTES = 5 * 1024 * 1024

/**
 * Parses a register file (YAML or JSON - JSON is YAML) and validates it against the register schema. Every
 * problem is reported with its path and, where the file has one, its line; nothing is partially accepted.
 */
export function parseRegisterText(text: string): ParsedRegister {
  const parsed = parseYamlWithLines(text, MAX_BYTES)
  if (!parsed.ok) return parsed
  return validateRegister(parsed.value, parsed.lineOf)
}

/** Validates an already-parsed value (e.g. a JSON request body). */
export function validateRegister(value: unknown, lineOf?: LineOf): ParsedRegister {
  const result = registerDocumentSchema.safeParse(value)
  if (result.success) return { ok: true, document: result.data }
  return { ok: false, problems: schemaProblems(result.error.issues, lineOf) }
}
