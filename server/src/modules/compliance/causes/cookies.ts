import { scansOf } from '../../cookies'
import type { CauseSource } from './source'

/** The latest completed scan saw a non-necessary cookie or tracker before any consent (Art. 129 WEC, ePrivacy). */
export const COOKIE_BEFORE_CONSENT_SOURCE = 'cookies.before_consent'

export const cookiesBeforeConsent: CauseSource = {
  source: COOKIE_BEFORE_CONSENT_SOURCE,
  async list(ctx, org) {
    const latest = (await scansOf(ctx, org)).find((s) => s.scan.status === 'completed')
    if (!latest) return []
    const seen = new Set<string>()
    return latest.scan.findings.flatMap((f) => {
      if (f.code !== 'cookie_before_consent' && f.code !== 'tracker_before_consent') return []
      const key = `${f.code}:${f.subject}`
      if (seen.has(key)) return []
      seen.add(key)
      const by = f.service ? ` (${f.service})` : ''
      const title =
        f.code === 'cookie_before_consent'
          ? {
              nl: `Cookie ${f.subject}${by} wordt gezet vóór de toestemming (${f.page})`,
              fr: `Le cookie ${f.subject}${by} est déposé avant le consentement (${f.page})`,
              en: `Cookie ${f.subject}${by} is set before consent (${f.page})`,
            }
          : {
              nl: `Verzoeken naar ${f.subject}${by} vóór de toestemming (${f.page})`,
              fr: `Requêtes vers ${f.subject}${by} avant le consentement (${f.page})`,
              en: `Requests to ${f.subject}${by} before consent (${f.page})`,
            }
      return [{ sourceKey: key, title, link: `/orgs/${org.slug}/cookies`, priority: 'high' as const }]
    })
  },
}
