import type { Draft } from '../../domain/breaches'
import { renderFormPdf } from '../../lib/pdf/form-pdf'

/** A GBA notification draft as an A4 PDF: title, intro, then each section with its fields (label bold, value below). */
export function renderDraftPdf(draft: Draft, organisation: string): Promise<Buffer> {
  return renderFormPdf(draft, organisation)
}
