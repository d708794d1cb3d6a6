import { formatEnterpriseNumber } from '../../enterprise-number'
import { textIn } from '../../register/localized'
import type { Block, NoticeSection } from '../model'
import { continuation, distinct } from '../text'
import { type ComposeContext, paragraph, section } from './context'

/** "Inleiding": the organisation's own opening words, then what the notice covers and the principles we keep. */
export function introduction(ctx: ComposeContext): NoticeSection {
  const own = textIn(ctx.doc.notice.intro, ctx.options.language)
  return section(ctx, 'introduction', [
    ...(own ? own.split(/\n\s*\n/) : []).map((p) => paragraph(p.trim(), ['notice.intro'])),
    ...ctx.w.identity
      .introduction()
      .map((p) => paragraph(p.trim(), ['law: Art. 5 GDPR and the Belgian Act of 30 July 2018'])),
  ])
}

/** "Wie zijn wij?": the controller (Art. 13(1)(a)), joint controllers (Art. 26), representative, DPO (13(1)(b)). */
export function whoWeAre(ctx: ComposeContext): NoticeSection {
  const { doc, w, facts } = ctx
  const org = doc.organization
  const enterpriseNumber = org.enterpriseNumber
    ? (formatEnterpriseNumber(org.enterpriseNumber) ?? org.enterpriseNumber)
    : undefined
  const blocks: Block[] = [
    paragraph(
      w.identity.controller({
        name: org.name,
        ...(org.legalName ? { legalName: org.legalName } : {}),
        ...(org.address ? { address: org.address } : {}),
        ...(enterpriseNumber ? { enterpriseNumber } : {}),
      }),
      [
        'organization.name',
        ...(org.legalName ? ['organization.legalName'] : []),
        ...(org.address ? ['organization.address'] : []),
        ...(enterpriseNumber ? ['organization.enterpriseNumber'] : []),
      ],
    ),
  ]
  const contact = w.identity.contact({
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
  })
  if (contact) {
    const fields = (['email', 'phone', 'website'] as const).filter((f) => org[f])
    blocks.push(
      paragraph(
        contact,
        fields.map((f) => `organization.${f}`),
      ),
    )
  }

  for (const joint of jointArrangements(ctx)) {
    for (const content of w.identity.jointControllers(joint))
      blocks.push(
        paragraph(
          content,
          joint.keys.map((k) => `activities[${k}].jointControllers`),
        ),
      )
  }
  if (org.representative) {
    const { name, address, email } = org.representative
    blocks.push(
      paragraph(
        w.identity.representative({ name, ...(address ? { address } : {}), ...(email ? { email } : {}) }),
        ['organization.representative'],
      ),
    )
  }
  if (facts.processorActivities.length > 0) {
    const keys = facts.processorActivities.map((a) => `activities[${a.key}].role`)
    blocks.push(paragraph(w.identity.processorScope(), keys))
  }

  // Without a DPO or contact person there is nobody to give a heading to: the privacy address joins this section.
  const contactPerson = privacyContact(ctx)
  if (doc.organization.dpo === undefined)
    return section(ctx, 'who-we-are', [...blocks, ...contactPerson.blocks])
  return section(ctx, 'who-we-are', blocks, { subsections: [contactPerson] })
}

function privacyContact(ctx: ComposeContext): NoticeSection {
  const { doc, w } = ctx
  const dpo = doc.organization.dpo
  const person = {
    ...(dpo?.name ? { name: dpo.name } : {}),
    ...(dpo?.email ? { email: dpo.email } : {}),
    ...(dpo?.phone ? { phone: dpo.phone } : {}),
  }
  const content =
    dpo === undefined
      ? w.identity.noContactPerson(ctx.privacyEmail)
      : dpo.appointed
        ? w.identity.dpo(person)
        : w.identity.privacyContact(person)
  return {
    id: 'privacy-contact',
    heading: w.privacyContactHeading(dpo?.appointed ?? false),
    blocks: content.map((c) =>
      paragraph(c, dpo ? ['organization.dpo'] : ctx.privacyEmail ? [privacyEmailPath(doc)] : []),
    ),
  }
}

type JointArrangement = Parameters<ComposeContext['w']['identity']['jointControllers']>[0] & {
  keys: string[]
}

/** Where the privacy e-mail address comes from. */
function privacyEmailPath(doc: ComposeContext['doc']): string {
  return doc.notice.requestEmail
    ? 'notice.requestEmail'
    : doc.organization.dpo?.email
      ? 'organization.dpo.email'
      : 'organization.email'
}

/** Joint-controller activities grouped by partners and arrangement, so that each arrangement is told once. */
function jointArrangements(ctx: ComposeContext): JointArrangement[] {
  const language = ctx.options.language
  const groups: (JointArrangement & { signature: string })[] = []
  for (const activity of ctx.facts.activities) {
    if (activity.role !== 'joint_controller' || activity.jointControllers.length === 0) continue
    const partners = activity.jointControllers.map((j) => ({
      name: j.name,
      ...(j.contact ? { contact: j.contact } : {}),
    }))
    const arrangement = continuation(
      distinct(activity.jointControllers.map((j) => textIn(j.arrangement, language))).join(' '),
      ctx.facts.names,
    )
    const signature = JSON.stringify([partners, arrangement])
    const name = textIn(activity.name, language) ?? activity.key
    const group = groups.find((g) => g.signature === signature)
    if (group) {
      group.activities.push(name)
      group.keys.push(activity.key)
    } else {
      groups.push({
        signature,
        partners,
        activities: [name],
        keys: [activity.key],
        ...(arrangement ? { arrangement } : {}),
      })
    }
  }
  return groups.map(({ signature: _signature, ...joint }) => joint)
}
