import { RETENTION_ACTION_LABELS, SYSTEM_TYPE_LABELS, VENDOR_ROLE_LABELS } from '../catalogue'
import type { Labels } from '../localized'
import type { Activity, Measure, RegisterSystem, RetentionRule, Vendor } from '../schema'
import { measureName, systemName, vendorName } from './activity-links'
import type { ExportContext } from './context'
import { compact, countryName, formatDate, formatEnterprise } from './format'
import { formatPeriod } from './retention-text'
import type { Column } from './table'

/** The columns of the systems, vendors, retention-rule and measure sheets, each with the activities using it. */

const KEY: Labels = { nl: 'Referentie', fr: 'Référence', en: 'Reference' }
const NAME: Labels = { nl: 'Naam', fr: 'Nom', en: 'Name' }
const DESCRIPTION: Labels = { nl: 'Beschrijving', fr: 'Description', en: 'Description' }
const TYPE: Labels = { nl: 'Type', fr: 'Type', en: 'Type' }
const USED_BY: Labels = {
  nl: 'Verwerkingsactiviteiten',
  fr: 'Activités de traitement',
  en: 'Processing activities',
}
const MEASURES: Labels = { nl: 'Beveiligingsmaatregelen', fr: 'Mesures de sécurité', en: 'Security measures' }
const SYSTEMS: Labels = { nl: 'Systemen', fr: 'Systèmes', en: 'Systems' }

function activitiesWhere(ctx: ExportContext, test: (activity: Activity) => boolean): string[] {
  return compact(ctx.doc.activities.filter(test).map((a) => ctx.text(a.name) ?? a.key))
}

const optional = (value: string | undefined): string[] => compact([value])

export const SYSTEM_COLUMNS: readonly Column<RegisterSystem>[] = [
  { id: 'key', header: KEY, width: 18, value: (s) => [s.key] },
  { id: 'name', header: NAME, width: 26, value: (s) => [s.name] },
  { id: 'type', header: TYPE, width: 24, value: (s, ctx) => [ctx.label(SYSTEM_TYPE_LABELS[s.type])] },
  { id: 'description', header: DESCRIPTION, width: 40, value: (s, ctx) => optional(ctx.text(s.description)) },
  {
    id: 'vendor',
    header: { nl: 'Leverancier', fr: 'Fournisseur', en: 'Vendor' },
    width: 24,
    value: (s, ctx) => optional(vendorName(s.vendor, ctx)),
  },
  {
    id: 'hostingCountry',
    header: { nl: 'Land van hosting', fr: "Pays d'hébergement", en: 'Hosting country' },
    width: 18,
    value: (s, ctx) => optional(s.hostingCountry && countryName(s.hostingCountry, ctx.language)),
  },
  {
    id: 'location',
    header: { nl: 'Locatie', fr: 'Emplacement', en: 'Location' },
    width: 20,
    value: (s, ctx) => optional(ctx.text(s.location)),
  },
  {
    id: 'certifications',
    header: { nl: 'Certificeringen', fr: 'Certifications', en: 'Certifications' },
    width: 22,
    value: (s, ctx) => compact(s.certifications.map((c) => ctx.text(c))),
  },
  {
    id: 'measures',
    header: MEASURES,
    width: 36,
    value: (s, ctx) => s.measures.map((k) => measureName(k, ctx)),
  },
  {
    id: 'usedBy',
    header: USED_BY,
    width: 36,
    value: (s, ctx) => activitiesWhere(ctx, (a) => a.systems.includes(s.key)),
  },
]

function usesVendor(activity: Activity, vendor: string, ctx: ExportContext): boolean {
  return (
    activity.recipients.some((r) => r.vendor === vendor) ||
    activity.transfers.some((tr) => tr.vendor === vendor) ||
    activity.systems.some((key) => ctx.systems.get(key)?.vendor === vendor)
  )
}

export const VENDOR_COLUMNS: readonly Column<Vendor>[] = [
  { id: 'key', header: KEY, width: 18, value: (v) => [v.key] },
  { id: 'name', header: NAME, width: 26, value: (v) => [v.name] },
  {
    id: 'enterpriseNumber',
    header: { nl: 'Ondernemingsnummer', fr: "Numéro d'entreprise", en: 'Enterprise number' },
    width: 18,
    value: (v) => optional(formatEnterprise(v.enterpriseNumber)),
  },
  {
    id: 'vatNumber',
    header: { nl: 'Btw-nummer', fr: 'Numéro de TVA', en: 'VAT number' },
    width: 18,
    value: (v) => optional(v.vatNumber),
  },
  {
    id: 'country',
    header: { nl: 'Land', fr: 'Pays', en: 'Country' },
    width: 16,
    value: (v, ctx) => [countryName(v.country, ctx.language)],
  },
  {
    id: 'services',
    header: { nl: 'Diensten', fr: 'Services', en: 'Services' },
    width: 30,
    value: (v) => optional(v.services),
  },
  {
    id: 'role',
    header: { nl: 'Rol', fr: 'Rôle', en: 'Role' },
    width: 24,
    value: (v, ctx) => [ctx.label(VENDOR_ROLE_LABELS[v.role])],
  },
  {
    id: 'dpaSigned',
    header: {
      nl: 'Verwerkersovereenkomst ondertekend',
      fr: 'Contrat de sous-traitance signé',
      en: 'Data processing agreement signed',
    },
    width: 18,
    value: (v, ctx) => [ctx.yesNo(v.dpa.signed)],
  },
  {
    id: 'dpaDate',
    header: { nl: 'Datum van de overeenkomst', fr: 'Date du contrat', en: 'Date of the agreement' },
    width: 14,
    value: (v) => optional(formatDate(v.dpa.date)),
  },
  {
    id: 'dpaLink',
    header: { nl: 'Link naar de overeenkomst', fr: 'Lien vers le contrat', en: 'Link to the agreement' },
    width: 30,
    value: (v) => optional(v.dpa.documentUrl),
  },
  {
    id: 'systems',
    header: SYSTEMS,
    width: 24,
    value: (v, ctx) => ctx.doc.systems.filter((s) => s.vendor === v.key).map((s) => systemName(s.key, ctx)),
  },
  {
    id: 'usedBy',
    header: USED_BY,
    width: 36,
    value: (v, ctx) => activitiesWhere(ctx, (a) => usesVendor(a, v.key, ctx)),
  },
]

export const RETENTION_COLUMNS: readonly Column<RetentionRule>[] = [
  { id: 'key', header: KEY, width: 18, value: (r) => [r.key] },
  { id: 'name', header: NAME, width: 32, value: (r, ctx) => [ctx.text(r.name) ?? r.key] },
  {
    id: 'period',
    header: { nl: 'Termijn', fr: 'Délai', en: 'Period' },
    width: 44,
    value: (r, ctx) => [formatPeriod(r, ctx.language)],
  },
  {
    id: 'action',
    header: { nl: 'Actie na afloop', fr: "Action à l'échéance", en: 'Action at the end' },
    width: 16,
    value: (r, ctx) => [ctx.label(RETENTION_ACTION_LABELS[r.action])],
  },
  {
    id: 'statutoryReference',
    header: { nl: 'Wettelijke grondslag', fr: 'Base légale', en: 'Statutory reference' },
    width: 28,
    value: (r, ctx) => optional(ctx.text(r.statutoryReference)),
  },
  {
    id: 'consentRenewable',
    header: { nl: 'Toestemming hernieuwbaar', fr: 'Consentement renouvelable', en: 'Consent renewable' },
    width: 16,
    value: (r, ctx) => [ctx.yesNo(r.consentRenewable)],
  },
  {
    id: 'usedBy',
    header: USED_BY,
    width: 36,
    value: (r, ctx) => activitiesWhere(ctx, (a) => a.retention.some((ref) => ref.rule === r.key)),
  },
]

/** Added when the export is given the retention module's account of each rule (issue 16 item 5). */
export const RETENTION_ENFORCED_COLUMN: Column<RetentionRule> = {
  id: 'enforced',
  header: {
    nl: 'Toegepast in de systemen',
    fr: 'Appliquée dans les systèmes',
    en: 'Enforced on the systems',
  },
  width: 48,
  value: (r, ctx) => optional(ctx.retentionEnforcement?.get(r.key)),
}

export const MEASURE_COLUMNS: readonly Column<Measure>[] = [
  { id: 'key', header: KEY, width: 18, value: (m) => [m.key] },
  { id: 'name', header: NAME, width: 34, value: (m, ctx) => [ctx.text(m.name) ?? m.key] },
  { id: 'type', header: TYPE, width: 18, value: (m, ctx) => [ctx.t(m.type)] },
  { id: 'description', header: DESCRIPTION, width: 50, value: (m, ctx) => optional(ctx.text(m.description)) },
  {
    id: 'systems',
    header: SYSTEMS,
    width: 24,
    value: (m, ctx) => ctx.doc.systems.filter((s) => s.measures.includes(m.key)).map((s) => s.name),
  },
  {
    id: 'usedBy',
    header: USED_BY,
    width: 36,
    value: (m, ctx) => activitiesWhere(ctx, (a) => a.measures.includes(m.key)),
  },
]
