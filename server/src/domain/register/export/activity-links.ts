import {
  SECURITY_MEASURE_BY_KEY,
  SYSTEM_TYPE_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  VENDOR_ROLE_LABELS,
} from '../catalogue'
import type { Activity, RetentionRule } from '../schema'
import type { Field } from './activity-fields'
import type { ExportContext } from './context'
import { compact, countryName, DASH, formatDate, withDetails } from './format'
import { formatAction, formatPeriod } from './retention-text'

/**
 * The values of an activity's links to the rest of the register (recipients, transfers, systems, vendors,
 * retention rules, security measures, the controllers it processes for) as display items. A key that points
 * nowhere is shown as the key, so a dangling reference stays visible.
 */

export function vendorName(key: string | undefined, ctx: ExportContext): string | undefined {
  return key === undefined ? undefined : (ctx.vendors.get(key)?.name ?? key)
}

export function measureName(key: string, ctx: ExportContext): string {
  const own = ctx.measures.get(key)
  if (own !== undefined) return ctx.text(own.name) ?? key
  return SECURITY_MEASURE_BY_KEY.get(key)?.labels[ctx.language] ?? key
}

export function systemName(key: string, ctx: ExportContext): string {
  return ctx.systems.get(key)?.name ?? key
}

/** "7 jaar na de factuurdatum, daarna wissen (WER/CDE art. III.88)". */
export function retentionText(rule: RetentionRule, ctx: ExportContext): string {
  const period = `${formatPeriod(rule, ctx.language)}, ${formatAction(rule, ctx.language)}`
  return withDetails(period, [ctx.text(rule.statutoryReference)])
}

export const recipients: Field = (a, ctx) =>
  a.recipients.map((r) => {
    const type = ctx.labels.recipientType(r.type)
    const names = compact([ctx.text(r.name), vendorName(r.vendor, ctx)])
    const main = names.length === 0 ? type : `${type}${ctx.colon}${names.join(', ')}`
    const text = ctx.text(r.description)
    return text === undefined ? main : `${main}${DASH}${text}`
  })

/** "Verenigde Staten: Acme Inc. (Standaardcontractbepalingen (art. 46.2.c AVG), ...)". */
export const transfers: Field = (a, ctx) => {
  if (a.transfers.length === 0) return [ctx.t('none')]
  return a.transfers.map((tr) => {
    const safeguard =
      tr.safeguard === undefined ? undefined : ctx.label(TRANSFER_SAFEGUARD_LABELS[tr.safeguard])
    const copy = ctx.text(tr.copyAvailableAt)
    const recipient = withDetails(ctx.text(tr.recipient) ?? '', [
      tr.vendor === undefined ? undefined : vendorName(tr.vendor, ctx),
    ])
    const details = compact([
      safeguard,
      ctx.text(tr.safeguardDetails),
      copy && `${ctx.t('copyOfSafeguard')}${ctx.colon}${copy}`,
    ])
    const country =
      tr.country === undefined ? ctx.t('unknownCountryOutsideEea') : countryName(tr.country, ctx.language)
    const main = `${country}${ctx.colon}${recipient}`
    return details.length === 0 ? main : `${main}${DASH}${details.join(', ')}`
  })
}

export const systems: Field = (a, ctx) =>
  a.systems.map((key) => {
    const system = ctx.systems.get(key)
    if (system === undefined) return key
    const hosting = system.hostingCountry && countryName(system.hostingCountry, ctx.language)
    const details = compact([ctx.label(SYSTEM_TYPE_LABELS[system.type]), hosting])
    return `${system.name}${DASH}${details.join(', ')}`
  })

/** The vendors the activity's recipients, transfers and systems point to, with their role. */
export const vendorsInvolved: Field = (a, ctx) => {
  const keys = compact([
    ...a.recipients.map((r) => r.vendor),
    ...a.transfers.map((tr) => tr.vendor),
    ...a.systems.map((key) => ctx.systems.get(key)?.vendor),
  ])
  return keys.map((key) => {
    const vendor = ctx.vendors.get(key)
    return vendor === undefined ? key : withDetails(vendor.name, [ctx.label(VENDOR_ROLE_LABELS[vendor.role])])
  })
}

export const retention: Field = (a, ctx) =>
  a.retention.map((ref) => {
    const rule = ctx.retentionRules.get(ref.rule)
    const scope = ref.dataCategories.map(ctx.labels.dataCategory)
    if (rule === undefined) return withDetails(ref.rule, scope)
    const name = withDetails(ctx.text(rule.name) ?? rule.key, scope)
    return `${name}${DASH}${retentionText(rule, ctx)}`
  })

/** The activity's own measures, then those of its systems ("Encryptie (via CloudBooks)"). */
export const measures: Field = (a: Activity, ctx: ExportContext) => {
  const own = a.measures.map((key) => measureName(key, ctx))
  const viaSystems = new Map<string, string[]>()
  for (const systemKey of a.systems) {
    for (const key of ctx.systems.get(systemKey)?.measures ?? []) {
      if (a.measures.includes(key)) continue
      viaSystems.set(key, [...(viaSystems.get(key) ?? []), systemName(systemKey, ctx)])
    }
  }
  const inherited = [...viaSystems].map(
    ([key, names]) => `${measureName(key, ctx)} (${ctx.t('via')} ${names.join(', ')})`,
  )
  return compact([...own, ...inherited])
}

export const processorClients: Field = (a) => a.processorFor.map((p) => p.client)

export const processorContacts: Field = (a, ctx) =>
  a.processorFor.flatMap((p) => (p.contact === undefined ? [] : [`${p.client}${ctx.colon}${p.contact}`]))

/** "Klant BV: ondertekend, 01/03/2023, https://...". */
export const processorAgreements: Field = (a, ctx) =>
  a.processorFor.map((p) => {
    const agreement = p.agreement
    if (agreement === undefined) return `${p.client}${ctx.colon}${ctx.t('noAgreement')}`
    const signed = ctx.t(agreement.signed ? 'agreementSigned' : 'agreementNotSigned')
    return `${p.client}${ctx.colon}${compact([signed, formatDate(agreement.date), agreement.documentUrl]).join(', ')}`
  })
