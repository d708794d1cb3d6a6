/**
 * Public face of the processors module (issue 20, decision 0036): Art. 28 as controller (vendors' agreements,
 * checklist, transfers, reviews, findings) and as processor (clients, instructions, sub-processor changes with an
 * objection window and the public list).
 */
export {
  announceChange,
  applyDueChanges,
  type ChangeInput,
  objectionLink,
  recordObjection,
} from './changes'
export { clientsOverview, createClient } from './clients'
export { completeContractEnd } from './contract-end-carry-out'
export { contractEndJob } from './contract-end-job'
export { endContract, retryContractEnd } from './contract-ends'
export { processorReviewsJob, subprocessorChangesJob } from './jobs'
export { processorOperations } from './operations'
export { processorActions } from './policy'
export { currentSubprocessors, publicChanges } from './public-list'
export { sendReviewReminders } from './reviews'
export { registerProcessorRoutes } from './routes'
export {
  confirmSubprocessorSubscription,
  subscribeToSubprocessors,
  unsubscribeFromSubprocessors,
} from './subscribers'
export { processorFindings, vendorsOverview } from './vendors'
