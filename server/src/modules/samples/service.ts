import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { Conflict } from '../../domain/errors'
import { parseRegisterText } from '../../domain/register/parse'
import type { RegisterDocument } from '../../domain/register/schema'
import { SERVER_DIR } from '../../server-dir'
import {
  createOrganization,
  findOrganizationBySlug,
  type Organization,
  removeSampleOrganization,
  slugTaken,
} from '../organizations'
import { importRegister } from '../register'
import { createStaffRequest } from '../requests'
import { createSubject } from '../subjects'
import { SAMPLE_PEOPLE, SAMPLE_PREFIX, type SampleExample, type SamplePerson } from './sample-data'

type Language = 'nl' | 'fr' | 'en'

/** The example registers shipped with Custos (examples/ next to the server package). */
export const EXAMPLES_DIR = resolve(SERVER_DIR, '../examples')

const SLUG_PREFIX: Record<Language, string> = { nl: 'voorbeeld', fr: 'exemple', en: 'sample' }
const DAY_MS = 24 * 60 * 60 * 1000

async function exampleRegister(example: SampleExample): Promise<RegisterDocument> {
  const text = await readFile(resolve(EXAMPLES_DIR, `${example}.register.yaml`), 'utf8')
  const parsed = parseRegisterText(text)
  if (!parsed.ok) throw new Error(`custos: the example register ${example} does not validate`)
  return parsed.document
}

/** The first free slug of voorbeeld-liberoo, voorbeeld-liberoo-2, ... (a slug once used stays taken). */
async function freeSlug(ctx: AppContext, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!(await slugTaken(ctx.db, slug))) return slug
  }
}

/**
 * Builds a sample organisation from an example register: a separate organisation, flagged `is_sample` and
 * named as a sample in the creator's language ("Voorbeeld - Liberoo"), with the example's register, a few
 * invented people in the subject index and three requests (a recent one, one close to its deadline, one past
 * it). Nothing is shared with any other organisation; the creator (if any) is its owner. Mail of a sample is
 * held in its outbox, never sent. A failure half-way removes what was built.
 */
export async function createSampleOrganization(
  ctx: AppContext,
  actor: Actor,
  ownerUserId: string | null,
  options: { example: SampleExample; language: Language },
): Promise<Organization> {
  const { example, language } = options
  const register = await exampleRegister(example)
  const prefix = SAMPLE_PREFIX[language]
  const section = register.organization
  const name = `${prefix} - ${section.name}`
  const doc: RegisterDocument = {
    ...register,
    organization: {
      ...section,
      name,
      ...(section.legalName ? { legalName: `${prefix} - ${section.legalName}` } : {}),
    },
  }
  const slug = await freeSlug(ctx, `${SLUG_PREFIX[language]}-${example}`)
  const created = await createOrganization(
    ctx,
    actor,
    {
      slug,
      name,
      defaultLanguage: section.languages.includes(language) ? language : (section.languages[0] ?? 'nl'),
    },
    ownerUserId,
    { sample: true },
  )
  try {
    await importRegister(ctx, actor, created, doc, { mode: 'replace', dryRun: false })
    const org = (await findOrganizationBySlug(ctx.db, slug)) ?? created
    for (const person of SAMPLE_PEOPLE[example]) await addPerson(ctx, actor, org, person)
    return org
  } catch (error) {
    await removeSampleOrganization(ctx.db, created.id)
    throw error
  }
}

async function addPerson(ctx: AppContext, actor: Actor, org: Organization, person: SamplePerson) {
  await createSubject(ctx, actor, org, {
    name: person.name,
    language: person.language,
    identities: [{ kind: 'email', value: person.email }],
    relationships: person.relationships,
    events: [],
  })
  if (!person.request) return
  const receivedAt = new Date(Date.now() - person.request.daysAgo * DAY_MS).toISOString()
  await createStaffRequest(ctx, actor, org, {
    channel: person.request.channel,
    receivedAt,
    subject: { name: person.name, email: person.email },
    types: person.request.types,
    language: person.language,
    details: person.request.details,
  })
}

/**
 * Deletes a sample organisation with everything in it (register, people, requests, outbox). Only a sample may be
 * deleted this way (409 `not_a_sample` otherwise). Its audit events stay in the chain; the deletion itself is
 * recorded at installation level, since the organisation's own log goes with it.
 */
export async function deleteSampleOrganization(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
): Promise<void> {
  if (!org.isSample)
    throw new Conflict('not_a_sample', 'Only a sample organisation can be deleted.', {
      params: { slug: org.slug },
    })
  await inTransaction(ctx, async (ctx) => {
    await removeSampleOrganization(ctx.db, org.id)
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'organization.deleted',
      targetType: 'organization',
      targetId: org.id,
      summary: { slug: org.slug, name: org.name, sample: true },
    })
  })
}
