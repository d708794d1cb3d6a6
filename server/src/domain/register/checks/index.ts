import { toBrusselsDate } from '../../brussels-time'
import type { IsoDate } from '../../calendar-date'
import { resolveRegister } from '../resolve'
import type { RegisterDocument } from '../schema'
import { noDataCategories, noRetention, noSecurityMeasures, noSubjectCategories } from './completeness'
import { dpiaScreeningWithoutStatus } from './dpia'
import { duplicateKey } from './duplicate-keys'
import type { Finding } from './finding'
import {
  consentWithoutWithdrawal,
  legalBasisMissing,
  legalObligationWithoutLaw,
  legitimateInterestWithoutBalancingTest,
  noPurpose,
  portabilityWrongBasis,
} from './legal-basis'
import { datesOutOfOrder, endDateWithoutEndedStatus, endedLongAgo, endedWithoutEndDate } from './lifecycle'
import { linksWithoutWebsite, noRequestRoute, someTransfersUnrecorded } from './notice-settings'
import { compareFindings } from './order'
import { organizationNoContact } from './organization'
import { unknownReference } from './reference-rules'
import { statutoryPeriodWithoutStatute } from './retention'
import { jointControllerWithoutPartner, processorDpaMissing, processorWithoutController } from './roles'
import type { CheckRule, RuleDefinition } from './rule'
import {
  criminalDataWithoutBasis,
  nationalNumberWithoutAuthorisation,
  specialCategoryWithoutArt9,
} from './sensitive-data'
import {
  activityWithoutRecipients,
  authorisationWithoutReference,
  noTransfersContradicted,
  registerEmpty,
} from './statements'
import { transferOutsideEeaWithoutSafeguard } from './transfers'
import { automatedDecisionWithoutLogic, thirdPartySourceUnnamed } from './transparency'
import { dpaWithoutDate, processorWithoutDpa } from './vendors'

export type { Finding, RegisterObjectType, Severity } from './finding'
export type { CheckRule } from './rule'

const RULES: readonly RuleDefinition[] = [
  registerEmpty,
  duplicateKey,
  unknownReference,
  noPurpose,
  legalBasisMissing,
  legitimateInterestWithoutBalancingTest,
  legalObligationWithoutLaw,
  consentWithoutWithdrawal,
  specialCategoryWithoutArt9,
  criminalDataWithoutBasis,
  nationalNumberWithoutAuthorisation,
  noRetention,
  noDataCategories,
  noSubjectCategories,
  transferOutsideEeaWithoutSafeguard,
  noTransfersContradicted,
  noRequestRoute,
  processorWithoutDpa,
  portabilityWrongBasis,
  dpiaScreeningWithoutStatus,
  endedWithoutEndDate,
  datesOutOfOrder,
  processorWithoutController,
  jointControllerWithoutPartner,
  noSecurityMeasures,
  thirdPartySourceUnnamed,
  automatedDecisionWithoutLogic,
  endDateWithoutEndedStatus,
  dpaWithoutDate,
  organizationNoContact,
  endedLongAgo,
  processorDpaMissing,
  activityWithoutRecipients,
  authorisationWithoutReference,
  statutoryPeriodWithoutStatute,
  someTransfersUnrecorded,
  linksWithoutWebsite,
]

/** Every rule of the register linter, errors first: for documentation and the UI. */
export const CHECK_RULES: readonly CheckRule[] = RULES.map(({ id, severity, title }) => ({
  id,
  severity,
  title,
}))

export interface CheckOptions {
  /** The current date; default today in Brussels. Only the rules about end dates use it. */
  today?: IsoDate
}

/** The register linter: every finding, errors first, then by place in the document. Pure apart from the date. */
export function checkRegister(doc: RegisterDocument, options: CheckOptions = {}): Finding[] {
  const resolved = resolveRegister(doc)
  const env = { today: options.today ?? toBrusselsDate(new Date()) }
  return RULES.flatMap((rule) =>
    rule
      .check(doc, resolved, env)
      .map((draft): Finding => ({ rule: rule.id, severity: rule.severity, ...draft })),
  ).sort(compareFindings)
}
