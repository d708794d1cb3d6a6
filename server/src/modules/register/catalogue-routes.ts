import { z } from 'zod'
import type { AppContext } from '../../context'
import * as catalogue from '../../domain/register/catalogue'
import { tags } from '../../http/common-schemas'
import { requirePrincipal } from '../../http/principal'
import type { App } from '../../http/types'

const labels = z.object({ nl: z.string(), fr: z.string(), en: z.string() })
const entry = z.object({ key: z.string(), labels, descriptions: labels.optional() })
const enumLabels = z.record(z.string(), z.object({ label: labels, help: labels.optional() }))

const catalogueSchema = z.object({
  dataCategories: z.array(
    entry.extend({
      flags: z.object({
        special: z.boolean(),
        criminal: z.boolean(),
        nationalNumber: z.boolean(),
        financial: z.boolean(),
      }),
    }),
  ),
  subjectCategories: z.array(entry.extend({ vulnerable: z.boolean().optional() })),
  purposes: z.array(
    entry.extend({ typicalLegalBasis: z.string().optional(), processor: z.boolean().optional() }),
  ),
  recipientTypes: z.array(entry),
  retentionPeriods: z.array(entry.extend({ rule: z.record(z.string(), z.unknown()) })),
  securityMeasures: z.array(entry.extend({ type: z.enum(['technical', 'organisational']) })),
  enums: z.object({
    legalBases: enumLabels,
    art9Conditions: enumLabels,
    dpiaCriteria: enumLabels,
    dpiaStatuses: enumLabels,
    retentionTriggers: enumLabels,
    retentionActions: enumLabels,
    activityRoles: enumLabels,
    activityStatuses: enumLabels,
    dataSources: enumLabels,
    dataRequirements: enumLabels,
    transferSafeguards: enumLabels,
    systemTypes: enumLabels,
    vendorRoles: enumLabels,
  }),
})

/** The built-in catalogues in nl/fr/en, for the UI's pickers and guidance. The same for every organisation. */
export function registerCatalogueRoutes(app: App, _ctx: AppContext) {
  const body: z.input<typeof catalogueSchema> = {
    dataCategories: [...catalogue.DATA_CATEGORIES],
    subjectCategories: [...catalogue.SUBJECT_CATEGORIES],
    purposes: [...catalogue.PURPOSES],
    recipientTypes: [...catalogue.RECIPIENT_TYPES],
    retentionPeriods: catalogue.RETENTION_PERIODS.map((p) => ({
      key: p.key,
      labels: p.name,
      descriptions: p.descriptions,
      rule: catalogue.toRetentionRule(p),
    })),
    securityMeasures: [...catalogue.SECURITY_MEASURES],
    enums: {
      legalBases: catalogue.LEGAL_BASIS_LABELS,
      art9Conditions: catalogue.ART9_CONDITION_LABELS,
      dpiaCriteria: catalogue.DPIA_CRITERION_LABELS,
      dpiaStatuses: catalogue.DPIA_STATUS_LABELS,
      retentionTriggers: catalogue.RETENTION_TRIGGER_LABELS,
      retentionActions: catalogue.RETENTION_ACTION_LABELS,
      activityRoles: catalogue.ACTIVITY_ROLE_LABELS,
      activityStatuses: catalogue.ACTIVITY_STATUS_LABELS,
      dataSources: catalogue.DATA_SOURCE_LABELS,
      dataRequirements: catalogue.DATA_REQUIREMENT_LABELS,
      transferSafeguards: catalogue.TRANSFER_SAFEGUARD_LABELS,
      systemTypes: catalogue.SYSTEM_TYPE_LABELS,
      vendorRoles: catalogue.VENDOR_ROLE_LABELS,
    },
  }
  app.get(
    '/api/v1/register/catalogue',
    {
      schema: {
        tags: tags.register,
        summary:
          'Built-in catalogues: taxonomy, Belgian retention periods, security measures and legal labels (nl/fr/en)',
        response: { 200: catalogueSchema },
      },
    },
    async (request, reply) => {
      requirePrincipal(request)
      reply.header('cache-control', 'private, max-age=3600')
      return body
    },
  )
}
