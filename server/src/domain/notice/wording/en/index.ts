import type { NoticeWording } from '../types'
import { base, identity, processing, recipients, retention, sources, summary, transfers } from './processing'
import { complaints, exercise, objection, other, rights, security } from './rights'

/** English (British spelling; Art. 6(1)(a) GDPR notation; Belgian institutions named in English). */
export const en: NoticeWording = {
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
