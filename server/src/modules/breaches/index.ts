/**
 * Public face of the breaches module (issue 19, decision 0035): the register of personal data breaches, its
 * clocks and reminders, the GBA drafts and the letters to the people concerned.
 */
export { breachAffectedCountJob } from './affected-count-job'
export { breachOperations } from './operations'
export { type PendingBreachClock, pendingBreachClocks } from './pending-clocks'
export { breachActions } from './policy'
export { breachRemindersJob, runBreachReminders } from './reminders-job'
export { registerBreachRoutes } from './routes'
export { recordBreach } from './service'
