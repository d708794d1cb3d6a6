import type { NoticeWording } from '../types'
import { base, identity, processing, recipients, retention, sources, summary, transfers } from './processing'
import { complaints, exercise, objection, other, rights, security } from './rights'

/** French (Belgian usage: APD, numéro d'entreprise, art. 6.1.a RGPD; no-break space before ; : ? !). */
export const fr: NoticeWording = {
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
