/** Public face of the set-up module: the first-run set-up with its one-time code (decision 0038). */
export { setupOperations } from './operations'
export { registerSetupRoutes } from './routes'
export {
  completeSetup,
  formatSetupCode,
  prepareSetupCode,
  SETUP_CODE_FILE,
  setupCodeFile,
  setupRequired,
} from './service'
