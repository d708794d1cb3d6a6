import type { Language } from '../../db/schema'
import { counted } from '../../lib/plural'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/** One action of the digest, worded by the action plan in the reader's language. */
export interface DigestAction {
  title: string
  /** dd/mm/yyyy, or null: no due date. */
  due: string | null
  state: 'overdue' | 'due_soon' | 'open'
}

/** The weekly digest of the action plan to one person (issue 21 item 3): their pending actions per organisation. */
export interface ActionDigestParams {
  name: string
  organizations: {
    name: string
    /** The organisation's action plan in the admin interface. */
    url: string
    /** Every pending action of the person there, by state. */
    counts: { open: number; overdue: number; dueSoon: number }
    /** The first ones (overdue first, then soonest due). */
    actions: DigestAction[]
  }[]
  /** Where the button leads: the one organisation's action plan, or the overview across organisations. */
  url: string
  /** The account page, where the digest is turned off. */
  accountUrl: string
  /** How many days ahead "due soon" looks. */
  soonDays: number
}

interface Words {
  subject: (open: number, overdue: number) => string
  greeting: (name: string) => string
  intro: string
  heading: (org: string, c: ActionDigestParams['organizations'][number]['counts']) => string
  line: (a: DigestAction) => string
  more: (n: number) => string
  plan: string
  button: (many: boolean) => string
  outro: (accountUrl: string) => string
}

const WORDS: Record<Language, (soonDays: number) => Words> = {
  nl: (soon) => ({
    subject: (open, overdue) =>
      `Uw acties in het actieplan: ${open} open${overdue > 0 ? `, ${overdue} over de termijn` : ''}`,
    greeting: (name) => `Beste ${name},`,
    intro:
      'Dit is uw wekelijks overzicht van de acties in het actieplan die nog open staan: die waarvoor u ' +
      'verantwoordelijk bent, en die zonder verantwoordelijke in de organisaties waar u het actieplan beheert.',
    heading: (org, c) =>
      `${org}: ${counted('nl', c.open, { one: 'actie', other: 'acties' })} open, waarvan ${c.overdue} over de termijn en ${c.dueSoon} binnen ${counted('nl', soon, { one: 'dag', other: 'dagen' })}`,
    line: (a) =>
      a.due === null
        ? `${a.title} - geen termijn`
        : `${a.title} - uiterlijk ${a.due}${a.state === 'overdue' ? ' (over de termijn)' : a.state === 'due_soon' ? ' (binnenkort)' : ''}`,
    more: (n) => `en nog ${counted('nl', n, { one: 'andere actie', other: 'andere acties' })}`,
    plan: 'Actieplan openen',
    button: (many) => (many ? 'Overzicht van uw organisaties openen' : 'Actieplan openen'),
    outro: (url) =>
      `U ontvangt dit overzicht elke maandag zolang u open acties hebt. U kunt het uitschakelen bij uw account: ${url}`,
  }),
  fr: (soon) => ({
    subject: (open, overdue) =>
      `Vos actions du plan d’action : ${open} ouverte${open > 1 ? 's' : ''}${overdue > 0 ? `, ${overdue} en retard` : ''}`,
    greeting: (name) => `Bonjour ${name},`,
    intro:
      'Voici votre récapitulatif hebdomadaire des actions du plan d’action encore ouvertes : celles dont vous ' +
      'êtes responsable, et celles sans responsable dans les organisations où vous gérez le plan d’action.',
    heading: (org, c) =>
      `${org} : ${counted('fr', c.open, { one: 'action ouverte', other: 'actions ouvertes' })}, dont ${c.overdue} en retard et ${c.dueSoon} dans les ${counted('fr', soon, { one: 'jour', other: 'jours' })}`,
    line: (a) =>
      a.due === null
        ? `${a.title} - sans échéance`
        : `${a.title} - au plus tard le ${a.due}${a.state === 'overdue' ? ' (en retard)' : a.state === 'due_soon' ? ' (bientôt)' : ''}`,
    more: (n) => `et ${counted('fr', n, { one: 'autre action', other: 'autres actions' })}`,
    plan: 'Ouvrir le plan d’action',
    button: (many) => (many ? 'Ouvrir la vue de vos organisations' : 'Ouvrir le plan d’action'),
    outro: (url) =>
      `Vous recevez ce récapitulatif chaque lundi tant que vous avez des actions ouvertes. Vous pouvez le désactiver dans votre compte : ${url}`,
  }),
  en: (soon) => ({
    subject: (open, overdue) =>
      `Your actions in the action plan: ${open} open${overdue > 0 ? `, ${overdue} overdue` : ''}`,
    greeting: (name) => `Hello ${name},`,
    intro:
      'This is your weekly digest of the actions in the action plan that are still open: those you own, and ' +
      'those without an owner in the organisations where you manage the action plan.',
    heading: (org, c) =>
      `${org}: ${c.open} open ${c.open === 1 ? 'action' : 'actions'}, ${c.overdue} overdue and ${c.dueSoon} due within ${counted('en', soon, { one: 'day', other: 'days' })}`,
    line: (a) =>
      a.due === null
        ? `${a.title} - no due date`
        : `${a.title} - due ${a.due}${a.state === 'overdue' ? ' (overdue)' : a.state === 'due_soon' ? ' (due soon)' : ''}`,
    more: (n) => `and ${counted('en', n, { one: 'other action', other: 'other actions' })}`,
    plan: 'Open the action plan',
    button: (many) => (many ? 'Open the overview of your organisations' : 'Open the action plan'),
    outro: (url) =>
      `You receive this digest every Monday while you have open actions. You can turn it off in your account: ${url}`,
  }),
}

export function renderActionDigest(
  language: Language,
  p: ActionDigestParams,
  signature?: MailSignature,
): MailContent {
  const w = WORDS[language](p.soonDays)
  const open = p.organizations.reduce((n, o) => n + o.counts.open, 0)
  const overdue = p.organizations.reduce((n, o) => n + o.counts.overdue, 0)
  const draft: MailDraft = {
    subject: w.subject(open, overdue),
    greeting: w.greeting(p.name),
    intro: [w.intro],
    sections: p.organizations.map((o) => ({
      heading: w.heading(o.name, o.counts),
      lines: [
        ...o.actions.map(w.line),
        ...(o.counts.open > o.actions.length ? [w.more(o.counts.open - o.actions.length)] : []),
      ],
      link: { label: w.plan, url: o.url },
    })),
    action: { label: w.button(p.organizations.length > 1), url: p.url },
    outro: [w.outro(p.accountUrl)],
  }
  return composeMail(language, draft, signature)
}
