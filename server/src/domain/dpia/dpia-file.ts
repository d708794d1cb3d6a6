import { z } from 'zod'
import type { FieldIssue } from '../errors'
import { fieldIssueOf } from '../errors/schema-issues'
import { type AssessmentContent, assessmentContentSchema } from './assessment'

/**
 * The JSON file of a DPIA that Custos exports (`GET .../export`, `custos dpia export`) and imports again
 * (decision 0099): the content of one version, with where it came from. Pure: reading a file never throws, it
 * answers the content or every field that is wrong, by its path under `body.`.
 */

export const DPIA_FILE_FORMAT = 'custos.dpia/v1' as const
export const DPIA_FILE_STATUSES = ['none', 'draft', 'validated', 'refused'] as const

export const dpiaFileSchema = z.strictObject({
  format: z.literal(DPIA_FILE_FORMAT).describe('always custos.dpia/v1'),
  activityKey: z.string().max(100).describe('the activity it was exported from (informative on import)'),
  version: z.number().int().min(1).nullable().describe('the version it was exported from (informative)'),
  status: z
    .enum(DPIA_FILE_STATUSES)
    .describe('its status when exported (informative: an import is always a new draft)'),
  content: assessmentContentSchema.describe('the assessment itself'),
})

export interface DpiaFile {
  activityKey: string
  version: number | null
  status: (typeof DPIA_FILE_STATUSES)[number]
  /** The content, the planned measures without their keys: they become new actions of the plan on import. */
  content: AssessmentContent
}

export type DpiaFileRead = { ok: true; value: DpiaFile } | { ok: false; issues: FieldIssue[] }

const MAX_ISSUES = 50

/** Reads a parsed JSON value as a Custos DPIA file; anything else is refused with the fields that are wrong. */
export function readDpiaFile(input: unknown): DpiaFileRead {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return refuse('body', 'Not a DPIA exported by Custos: the file is not a JSON object.')
  const format = (input as Record<string, unknown>).format
  if (format !== DPIA_FILE_FORMAT) {
    const fromCnil = 'pia' in input
    return refuse(
      'body.format',
      fromCnil
        ? 'This is a file of the CNIL PIA software: use POST .../import/cnil-pia for it.'
        : 'Not a DPIA exported by Custos (format custos.dpia/v1).',
      typeof format === 'string' ? { format: format.slice(0, 40) } : undefined,
    )
  }
  const parsed = dpiaFileSchema.safeParse(input)
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues
        .slice(0, MAX_ISSUES)
        .map((i) => fieldIssueOf(['body', ...i.path.map(String)].join('.'), i)),
    }
  const { activityKey, version, status, content } = parsed.data
  return {
    ok: true,
    value: {
      activityKey,
      version,
      status,
      content: {
        ...content,
        plannedMeasures: content.plannedMeasures.map(({ key: _key, ...measure }) => measure),
      },
    },
  }
}

function refuse(path: string, message: string, params?: Record<string, string>): DpiaFileRead {
  return {
    ok: false,
    issues: [{ path, code: 'invalid', message, ...(params ? { params } : {}) }],
  }
}
