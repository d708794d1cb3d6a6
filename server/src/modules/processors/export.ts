import type ExcelJS from 'exceljs'
import { formatInstant } from '../../domain/breaches'
import { CLAUSE_LETTERS } from '../../domain/processors/art28'
import type { Language } from '../../domain/register/localized'
import type { ResolvedRegister } from '../../domain/register/resolve'
import { addTableSheet, dayText, excelDate, newWorkbook, type SheetItem } from '../../lib/xlsx-table'
import type { ClientContacts } from '../client-routing'
import type { AgreementSummaryRow } from './repository'
import type { vendorsOverview } from './vendors'

/**
 * The processors register as a workbook (issue 20, item 5): one sheet per side of Art. 28. As controller, one row
 * per register vendor with its agreements (Art. 28(3) points and where they are), transfers and their mechanism,
 * its own sub-processors, risk and review; as processor, one row per client (controller) with its contacts,
 * documented instructions, the activities done for it (Art. 30(2)) and its agreements. Headers in nl, fr or en.
 */

type Words = Record<Language, string>
type Column<T> = { header: Words; width: number; value: (item: T, lang: Language) => SheetItem[] }

export interface ClientSheetItem {
  name: string
  enterpriseNumber: string | null
  language: string
  status: 'active' | 'ended'
  contacts: ClientContacts
  instructions: string
  activityKeys: readonly string[]
  systemReference: string | null
  agreements: readonly AgreementSummaryRow[]
}
type VendorSheetItem = Awaited<ReturnType<typeof vendorsOverview>>[number]

const NONE: Words = { nl: 'geen', fr: 'aucun', en: 'none' }
const UNSIGNED: Words = { nl: 'niet ondertekend', fr: 'non signé', en: 'not signed' }
const ROLES: Record<string, Words> = {
  processor: { nl: 'verwerker', fr: 'sous-traitant', en: 'processor' },
  sub_processor: { nl: 'subverwerker', fr: 'sous-traitant ultérieur', en: 'sub-processor' },
  independent_controller: {
    nl: 'zelfstandige verantwoordelijke',
    fr: 'responsable distinct',
    en: 'independent controller',
  },
  joint_controller: {
    nl: 'gezamenlijke verantwoordelijke',
    fr: 'responsable conjoint',
    en: 'joint controller',
  },
}
const MECHANISMS: Record<string, Words> = {
  adequacy: { nl: 'adequaatheidsbesluit', fr: 'décision d’adéquation', en: 'adequacy decision' },
  scc: { nl: 'SCC 2021/914 module', fr: 'CCT 2021/914 module', en: 'SCC 2021/914 module' },
  dpf: { nl: 'EU-US DPF, nagegaan op', fr: 'EU-US DPF, vérifié le', en: 'EU-US DPF, checked on' },
  bcr: { nl: 'bindende bedrijfsvoorschriften', fr: 'règles d’entreprise contraignantes', en: 'BCR' },
  derogation: { nl: 'afwijking (art. 49)', fr: 'dérogation (art. 49)', en: 'derogation (Art. 49)' },
}
const RISK: Record<string, Words> = {
  low: { nl: 'laag', fr: 'faible', en: 'low' },
  medium: { nl: 'gemiddeld', fr: 'moyen', en: 'medium' },
  high: { nl: 'hoog', fr: 'élevé', en: 'high' },
}
const STATUS: Record<'active' | 'ended', Words> = {
  active: { nl: 'actief', fr: 'actif', en: 'active' },
  ended: { nl: 'beëindigd', fr: 'terminé', en: 'ended' },
}
const SIGNED: Record<Language, (date: string) => string> = {
  nl: (d) => `ondertekend op ${d}`,
  fr: (d) => `signé le ${d}`,
  en: (d) => `signed on ${d}`,
}
const TERM: Record<Language, (from: string, to: string) => string> = {
  nl: (from, to) => `looptijd ${from} – ${to}`,
  fr: (from, to) => `durée ${from} – ${to}`,
  en: (from, to) => `term ${from} – ${to}`,
}
/** A notice period in words: "opzegtermijn 30 dagen", "préavis de 30 jours", "30 days' notice" (1: singular). */
const NOTICE: Record<Language, (days: number) => string> = {
  nl: (n) => `opzegtermijn ${n} ${n === 1 ? 'dag' : 'dagen'}`,
  fr: (n) => `préavis de ${n} ${n === 1 ? 'jour' : 'jours'}`,
  en: (n) => (n === 1 ? '1 day’s notice' : `${n} days’ notice`),
}
const POINTS: Words = { nl: 'art. 28, lid 3', fr: 'art. 28, § 3', en: 'Art. 28(3)' }
const MISSING: Words = { nl: 'ontbreekt', fr: 'manque', en: 'missing' }

/** One line per agreement: title, version, signed, term, notice, then the points a-h with where each is. */
function agreementLines(agreements: readonly AgreementSummaryRow[], lang: Language): string[] {
  return agreements.map((a) => {
    const day = (d: string | null) => (d ? dayText(d) : '…')
    const term = [a.starts_on, a.ends_on].some(Boolean)
      ? `, ${TERM[lang](day(a.starts_on), day(a.ends_on))}`
      : ''
    const notice = a.notice_days === null ? '' : `, ${NOTICE[lang](a.notice_days)}`
    const present = CLAUSE_LETTERS.filter((l) => a.clauses[l]?.present)
    const missing = CLAUSE_LETTERS.filter((l) => !a.clauses[l]?.present)
    const points = present.map((l) => (a.clauses[l]?.location ? `${l}: ${a.clauses[l]?.location}` : l))
    return (
      `${a.title}${a.version ? ` v${a.version}` : ''}, ${a.signed_on ? SIGNED[lang](dayText(a.signed_on)) : UNSIGNED[lang]}${term}${notice}; ` +
      `${POINTS[lang]} ${points.join(', ') || NONE[lang]}` +
      `${missing.length > 0 ? `; ${MISSING[lang]} ${missing.join(', ')}` : ''}` +
      `${a.document_filename ? `; ${a.document_filename}` : ''}`
    )
  })
}

/** The agreement that counts (as the findings take it): the one signed last; unsigned ones only without it. */
function latest(agreements: readonly AgreementSummaryRow[]): AgreementSummaryRow | undefined {
  return [...agreements].sort((x, y) => (y.signed_on ?? '').localeCompare(x.signed_on ?? ''))[0]
}

/** The latest agreement's dates as real date cells (dd/mm/yyyy), so the sheet sorts and filters on them. */
function latestDateColumns<T extends { agreements: readonly AgreementSummaryRow[] }>(): Column<T>[] {
  const at = (d: string | null | undefined) => (d ? [excelDate(d)] : [])
  return [
    {
      header: {
        nl: 'Ondertekend op (laatste overeenkomst)',
        fr: 'Signé le (dernier contrat)',
        en: 'Signed on (latest agreement)',
      },
      width: 14,
      value: (item) => at(latest(item.agreements)?.signed_on),
    },
    {
      header: {
        nl: 'Einde (laatste overeenkomst)',
        fr: 'Fin (dernier contrat)',
        en: 'Ends on (latest agreement)',
      },
      width: 14,
      value: (item) => at(latest(item.agreements)?.ends_on),
    },
  ]
}

const vendorColumns: Column<VendorSheetItem>[] = [
  {
    header: { nl: 'Leverancier', fr: 'Fournisseur', en: 'Vendor' },
    width: 24,
    value: (v) => [v.vendor.name],
  },
  { header: { nl: 'Land', fr: 'Pays', en: 'Country' }, width: 8, value: (v) => [v.vendor.country] },
  {
    header: { nl: 'Rol', fr: 'Rôle', en: 'Role' },
    width: 18,
    value: (v, lang) => [ROLES[v.vendor.role]?.[lang] ?? v.vendor.role],
  },
  {
    header: { nl: 'Diensten', fr: 'Services', en: 'Services' },
    width: 24,
    value: (v) => (v.vendor.services ? [v.vendor.services] : []),
  },
  {
    header: {
      nl: 'Verwerkersovereenkomsten (art. 28, lid 3: punt en plaats)',
      fr: 'Contrats de sous-traitance (art. 28, § 3 : point et endroit)',
      en: 'Processing agreements (Art. 28(3): point and where)',
    },
    width: 60,
    value: (v, lang) => agreementLines(v.agreements, lang),
  },
  ...latestDateColumns<VendorSheetItem>(),
  {
    header: { nl: 'Doorgiften buiten de EER', fr: 'Transferts hors EEE', en: 'Transfers outside the EEA' },
    width: 40,
    value: (v, lang) =>
      v.transfers.map((t) => {
        const how = MECHANISMS[t.mechanism]?.[lang] ?? t.mechanism
        const detail =
          t.mechanism === 'scc'
            ? ` ${t.scc_module ?? '?'}`
            : t.mechanism === 'dpf'
              ? ` ${t.dpf_checked_on ? dayText(t.dpf_checked_on) : '?'}`
              : ''
        return `${t.country}: ${how}${detail}${t.tia_note ? ` - TIA: ${t.tia_note}` : ''}`
      }),
  },
  {
    header: { nl: 'Eigen subverwerkers', fr: 'Sous-traitants ultérieurs', en: 'Its sub-processors' },
    width: 30,
    value: (v) =>
      (v.profile?.sub_processors ?? []).map(
        (s) => `${s.name} (${s.country})${s.services ? `: ${s.services}` : ''}`,
      ),
  },
  {
    header: { nl: 'Certificeringen', fr: 'Certifications', en: 'Certifications' },
    width: 18,
    value: (v) => [...(v.profile?.certifications ?? [])],
  },
  {
    header: { nl: 'Risico', fr: 'Risque', en: 'Risk' },
    width: 10,
    value: (v, lang) =>
      v.profile?.risk_level ? [RISK[v.profile.risk_level]?.[lang] ?? v.profile.risk_level] : [],
  },
  {
    header: { nl: 'Laatst herzien', fr: 'Dernière revue', en: 'Last reviewed' },
    width: 12,
    value: (v) => (v.profile?.last_reviewed_on ? [excelDate(v.profile.last_reviewed_on)] : []),
  },
  {
    header: { nl: 'Volgende herziening', fr: 'Prochaine revue', en: 'Next review' },
    width: 12,
    value: (v) => (v.profile?.next_review_on ? [excelDate(v.profile.next_review_on)] : []),
  },
]

const clientColumns = (register: ResolvedRegister): Column<ClientSheetItem>[] => [
  {
    header: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
    width: 26,
    value: (c) => [c.name, ...(c.enterpriseNumber ? [c.enterpriseNumber] : [])],
  },
  {
    header: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
    width: 30,
    value: (c) => [...(c.contacts.contactName ? [c.contacts.contactName] : []), c.contacts.email],
  },
  {
    header: { nl: 'Contact voor verzoeken', fr: 'Contact pour les demandes', en: 'Contact for requests' },
    width: 26,
    value: (c) => (c.contacts.requestsEmail ? [c.contacts.requestsEmail] : []),
  },
  {
    header: { nl: 'Contact voor datalekken', fr: 'Contact pour les violations', en: 'Contact for breaches' },
    width: 26,
    value: (c) => (c.contacts.breachesEmail ? [c.contacts.breachesEmail] : []),
  },
  {
    header: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    width: 8,
    value: (c) => [c.language.toUpperCase()],
  },
  {
    header: {
      nl: 'Verwerkingen voor deze verantwoordelijke (art. 30, lid 2)',
      fr: 'Traitements pour ce responsable (art. 30, § 2)',
      en: 'Processing for this controller (Art. 30(2))',
    },
    width: 34,
    value: (c, lang) => c.activityKeys.map((k) => register.labelOf('activity', k, lang)),
  },
  {
    header: {
      nl: 'Gedocumenteerde instructies',
      fr: 'Instructions documentées',
      en: 'Documented instructions',
    },
    width: 40,
    value: (c) => (c.instructions ? [c.instructions] : []),
  },
  {
    header: { nl: 'Verwerkersovereenkomsten', fr: 'Contrats de sous-traitance', en: 'Processing agreements' },
    width: 50,
    value: (c, lang) => agreementLines(c.agreements, lang),
  },
  ...latestDateColumns<ClientSheetItem>(),
  {
    header: {
      nl: 'Referentie in de systemen',
      fr: 'Référence dans les systèmes',
      en: 'Reference in the systems',
    },
    width: 16,
    value: (c) => (c.systemReference ? [c.systemReference] : []),
  },
  {
    header: { nl: 'Status', fr: 'Statut', en: 'Status' },
    width: 10,
    value: (c, lang) => [STATUS[c.status][lang]],
  },
]

const SHEETS = {
  vendors: {
    name: { nl: 'Als verantwoordelijke', fr: 'Comme responsable', en: 'As controller' },
    title: {
      nl: 'Verwerkers en verwerkersovereenkomsten (art. 28 AVG)',
      fr: 'Sous-traitants et contrats de sous-traitance (art. 28 RGPD)',
      en: 'Processors and processing agreements (Art. 28 GDPR)',
    },
  },
  clients: {
    name: { nl: 'Als verwerker', fr: 'Comme sous-traitant', en: 'As processor' },
    title: {
      nl: 'Verwerkingen als verwerker, per verwerkingsverantwoordelijke (art. 30, lid 2, AVG)',
      fr: 'Traitements en tant que sous-traitant, par responsable du traitement (art. 30, § 2, RGPD)',
      en: 'Processing as processor, per controller (Art. 30(2) GDPR)',
    },
  },
} as const
const SUBTITLE: Words = { nl: 'Opgemaakt op', fr: 'Établi le', en: 'Generated on' }

function sheetOf<T>(
  workbook: ExcelJS.Workbook,
  sheet: (typeof SHEETS)[keyof typeof SHEETS],
  columns: Column<T>[],
  items: readonly T[],
  lang: Language,
  now: Date,
) {
  addTableSheet(workbook, {
    sheetName: sheet.name[lang],
    title: sheet.title[lang],
    subtitle: `${SUBTITLE[lang]} ${formatInstant(now)}`,
    columns: columns.map((c) => ({ header: c.header[lang], width: c.width })),
    rows: items.map((item) => columns.map((c) => c.value(item, lang))),
    frozenColumns: 1,
  })
}

export async function processorsToXlsx(
  vendors: readonly VendorSheetItem[],
  clients: readonly ClientSheetItem[],
  register: ResolvedRegister,
  lang: Language,
  now: Date,
): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = 'Custos'
  sheetOf(workbook, SHEETS.vendors, vendorColumns, vendors, lang, now)
  sheetOf(workbook, SHEETS.clients, clientColumns(register), clients, lang, now)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
