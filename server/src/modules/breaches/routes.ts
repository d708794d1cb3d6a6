import type { AppContext } from '../../context'
import type { App } from '../../http/types'
import { registerAffectedCountRoutes, registerAffectedSourceRoutes } from './affected-routes'
import { registerBreachDecisionChanges, registerBreachFactChanges } from './change-routes'
import { registerBreachClientChoiceRoute } from './client-choice-routes'
import { registerBreachDraftRoutes } from './draft-routes'
import { registerEvidenceRoutes } from './evidence-routes'
import { registerBreachLetterRoutes } from './letter-routes'
import { registerBreachReadRoute, registerBreachRegisterRoutes } from './register-routes'

/**
 * Every route of the breaches module. The groups live in files of their own; they are registered in this order
 * because the OpenAPI document (and the typed web client generated from it) lists the paths in the order of
 * registration.
 */
export function registerBreachRoutes(app: App, ctx: AppContext) {
  registerEvidenceRoutes(app, ctx)
  registerBreachClientChoiceRoute(app, ctx)
  registerBreachRegisterRoutes(app, ctx)
  registerAffectedSourceRoutes(app, ctx)
  registerBreachReadRoute(app, ctx)
  registerBreachFactChanges(app, ctx)
  registerAffectedCountRoutes(app, ctx)
  registerBreachDecisionChanges(app, ctx)
  registerBreachDraftRoutes(app, ctx)
  registerBreachLetterRoutes(app, ctx)
}
