import { toBrusselsDate } from '../../../domain/brussels-time'
import { processorFindings } from '../../processors'
import type { CauseSource } from './source'

/** A processor without any agreement (none recorded, none signed according to the register): Art. 28(3). */
export const AGREEMENT_MISSING_SOURCE = 'processors.agreement_missing'

export const agreementsMissing: CauseSource = {
  source: AGREEMENT_MISSING_SOURCE,
  async list(ctx, org, now) {
    const findings = await processorFindings(ctx, org, toBrusselsDate(now))
    return findings
      .filter((f) => f.rule === 'processor.no-agreement' && f.severity === 'error')
      .map((f) => ({
        sourceKey: f.object.key ?? f.path,
        title: { nl: f.message.nl, fr: f.message.fr, en: f.message.en },
        description: f.fix.en,
        link: `/orgs/${org.slug}/processors`,
        priority: 'high' as const,
      }))
  },
}
