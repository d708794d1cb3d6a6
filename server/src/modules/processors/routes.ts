import type { AppContext } from '../../context'
import type { App } from '../../http/types'
import { registerAgreementRoutes } from './agreement-routes'
import { registerChangeRoutes } from './change-routes'
import { registerClientRoutes } from './client-routes'
import { registerContractEndRoutes } from './contract-end-routes'
import { registerTransferRoutes } from './transfer-routes'
import { registerVendorRoutes } from './vendor-routes'

/** The processors API (issue 20), one file per sub-resource. */
export function registerProcessorRoutes(app: App, ctx: AppContext) {
  registerVendorRoutes(app, ctx)
  registerAgreementRoutes(app, ctx)
  registerTransferRoutes(app, ctx)
  registerClientRoutes(app, ctx)
  registerChangeRoutes(app, ctx)
  registerContractEndRoutes(app, ctx)
}
