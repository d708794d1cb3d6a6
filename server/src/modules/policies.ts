import type { PolicyAction } from '../auth/policy'
import { actionPlanActions } from './action-plan/policy'
import { apiTokenActions } from './api-tokens/policy'
import { auditActions } from './audit/policy'
import { breachActions } from './breaches/policy'
import { complianceActions } from './compliance/policy'
import { runActions } from './connector-runs/policy'
import { consentActions } from './consent/policy'
import { cookieActions } from './cookies/policy'
import { connectionActions, datasetActions } from './datasets/policy'
import { dpiaActions } from './dpia/policy'
import { memberActions } from './members/policy'
import { noticeActions } from './notices/policy'
import { organizationActions, requestSettingsActions } from './organizations/policy'
import { outboxActions } from './outbox/policy'
import { packageActions } from './packages/policy'
import { processorActions } from './processors/policy'
import { registerActions, registerEntryActions } from './register/policy'
import { requestActions } from './requests/policy'
import { retentionActions } from './retention/policy'
import { sampleActions } from './samples/policy'
import { subjectActions } from './subjects/policy'
import { suppressionActions } from './suppression/policy'
import { webhookActions } from './webhooks/policy'

/**
 * Every feature's named actions in one list (decision 0019): the features declare them next to their routes, this
 * is where they are seen together - for the role and tenant matrices, the policy tests and the documentation.
 */
export const ACTIONS: readonly PolicyAction[] = [
  organizationActions,
  requestSettingsActions,
  sampleActions,
  memberActions,
  apiTokenActions,
  webhookActions,
  retentionActions,
  breachActions,
  auditActions,
  outboxActions,
  registerActions,
  registerEntryActions,
  noticeActions,
  subjectActions,
  requestActions,
  runActions,
  packageActions,
  datasetActions,
  connectionActions,
  consentActions,
  processorActions,
  dpiaActions,
  actionPlanActions,
  complianceActions,
  cookieActions,
  suppressionActions,
].flatMap((feature) => Object.values(feature))

export function actionNamed(name: string): PolicyAction | undefined {
  return ACTIONS.find((action) => action.name === name)
}
