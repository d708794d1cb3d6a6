import { toVatNumber } from '../../enterprise-number'
import type { ExportContext } from './context'
import { compact, formatAddress, formatDate, formatEnterprise } from './format'

/** Art. 30(1)(a) GDPR: the controller's identity and contacts, as label/value pairs (value may be empty). */
export interface Pair {
  readonly label: string
  readonly value: string
}

export function controllerIdentification(ctx: ExportContext): readonly Pair[] {
  const org = ctx.doc.organization
  const { dpo, representative } = org
  const vat = org.enterpriseNumber === undefined ? undefined : toVatNumber(org.enterpriseNumber)
  const contact = (...items: (string | undefined)[]) => compact(items).join(', ')
  return [
    { label: ctx.t('orgName'), value: org.name },
    { label: ctx.t('legalName'), value: org.legalName ?? '' },
    { label: ctx.t('enterpriseNumber'), value: formatEnterprise(org.enterpriseNumber) },
    { label: ctx.t('vatNumber'), value: vat ?? '' },
    { label: ctx.t('address'), value: formatAddress(org.address, ctx.language) },
    { label: ctx.t('email'), value: org.email ?? '' },
    { label: ctx.t('phone'), value: org.phone ?? '' },
    { label: ctx.t('website'), value: org.website ?? '' },
    {
      label: ctx.t(dpo?.appointed === false ? 'privacyContact' : 'dpo'),
      value: contact(dpo?.name, dpo?.email, dpo?.phone),
    },
    {
      label: ctx.t('representative'),
      value: contact(representative?.name, representative?.address, representative?.email),
    },
    { label: ctx.t('generatedOn'), value: formatDate(ctx.generatedOn) },
  ]
}
