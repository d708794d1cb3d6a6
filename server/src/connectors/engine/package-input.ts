import type { DatasetDocument } from '../../domain/datasets/schema'
import type { PackageConsent, PackageInput, PackageSystem } from '../../domain/packages'
import { resolveRegister } from '../../domain/register/resolve'
import type { RegisterDocument } from '../../domain/register/schema'
import { art15Information } from '../../domain/requests'
import type { ConsentProof } from '../../modules/consent'
import type { Organization } from '../../modules/organizations'
import type { DatasetRead } from './read-dataset'

export interface ReadDataset {
  document: DatasetDocument
  read: DatasetRead
}

/** The package's content: the rows found, described with the register's labels, and the Art. 15 information. */
export function packageInputFrom(args: {
  kind: 'access' | 'portability'
  language: 'nl' | 'fr' | 'en'
  now: Date
  org: Organization
  register: RegisterDocument
  request: { reference: string; receivedAt: Date }
  datasets: ReadDataset[]
  /** The person's consent proof (consent module), when any choice was recorded. */
  consent?: ConsentProof | null
}): PackageInput {
  const resolved = resolveRegister(args.register)
  const systems: PackageSystem[] = args.datasets.map(({ document, read }) => ({
    datasetKey: document.key,
    datasetName: document.name,
    systemKey: document.system,
    systemName: resolved.system(document.system)?.name ?? document.name,
    collections: read.collections
      .filter((c) => c.rows.length > 0)
      .map((c) => {
        const collection = document.collections.find((x) => x.name === c.collection)
        return {
          name: c.collection,
          ...(collection?.description ? { description: collection.description } : {}),
          fields: (collection?.fields ?? []).map((f) => ({
            name: f.name,
            provided: f.provided,
            ...(f.category
              ? {
                  category: f.category,
                  categoryLabel: resolved.labelOf('data_category', f.category, args.language),
                }
              : {}),
          })),
          rows: c.rows,
        }
      }),
  }))
  return {
    kind: args.kind,
    language: args.language,
    generatedAt: args.now,
    organization: {
      name: args.org.name,
      legalName: args.org.legalName,
      enterpriseNumber: args.org.enterpriseNumber,
      privacyEmail: args.org.privacyContactEmail ?? args.org.contactEmail,
    },
    request: args.request,
    systems,
    information: art15Information(args.register, args.language).map((s) => ({
      heading: s.heading,
      paragraphs: [...s.paragraphs],
      items: [...s.items],
      ...(s.address ? { address: [...s.address] } : {}),
      ...(s.after ? { after: [...s.after] } : {}),
    })),
    withheld: [],
    ...(args.consent ? { consent: packageConsent(args.consent, args.language, resolved) } : {}),
  }
}

/** The consent proof in the package's words: purposes by their labels, texts inline. */
function packageConsent(
  proof: ConsentProof,
  language: 'nl' | 'fr' | 'en',
  resolved: ReturnType<typeof resolveRegister>,
): PackageConsent {
  const label = (key: string) => resolved.labelOf('purpose', key, language)
  const texts = new Map(proof.texts.map((t) => [t.hash, t.body]))
  return {
    status: proof.status.map((s) => ({
      purposeKey: s.purpose,
      purpose: label(s.purpose),
      state: s.state,
      since: s.occurredAt,
      until: s.expiresAt,
      identity: s.identityMasked,
    })),
    records: proof.events.map((e) => ({
      seq: e.seq,
      occurredAt: e.occurredAt,
      purposeKey: e.purpose,
      purpose: label(e.purpose),
      state: e.state,
      channel: e.channel,
      method: e.method,
      identity: e.identityMasked,
      source: e.source,
      text: e.textHash ? (texts.get(e.textHash) ?? null) : null,
      textHash: e.textHash,
      hash: e.hash,
    })),
  }
}
