import type { NoticeWording } from '../types'
import { base, identity, processing, recipients, retention, sources, summary, transfers } from './processing'
import { complaints, exercise, objection, other, rights, security } from './rights'

/** Dutch (Belgian usage, formal "u"; AVG, art. 6.1.a). */
export const nl: NoticeWording = {
  ...base,
  summary,
  identity,
  processing,
  sources,
  recipients,
  transfers,
  retention,
  rights,
  objection,
  exercise,
  complaints,
  security,
  other,
}
