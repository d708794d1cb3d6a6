import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate'
import type { Transaction } from 'kysely'
import type { AppContext } from '../../context'
import type { DB, Language } from '../../db/schema'
import { packageFileName, zipTimestamp } from '../../domain/packages'
import type { CompletionDetails, LetterSpec } from '../../domain/requests'
import {
  issuePackageLinkIn,
  latestPackageOfRequest,
  packageZip,
  replacePackageContent,
  storePackageIn,
} from './service'

/** A file staff added to the answer (a copy from a manual system), decrypted. */
export interface AnswerFileContent {
  filename: string
  content: Buffer
}

/** The folder of the package that holds the files staff added, in the subject's language. */
const FOLDER: Record<Language, string> = { nl: 'bijlagen', fr: 'annexes', en: 'attachments' }

/** `name.pdf`, `name (2).pdf`, ...: every file keeps its own entry. */
function uniqueNames(files: readonly AnswerFileContent[]): string[] {
  const used = new Set<string>()
  return files.map(({ filename }) => {
    const dot = filename.lastIndexOf('.')
    const [stem, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, '']
    let name = filename
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`
    used.add(name.toLowerCase())
    return name
  })
}

/**
 * Puts the answer's files into the package the letter links to: into a copy of the stored package (whose old copy
 * is then deleted) or, without one, into a package of their own. Returns the package to link and the paths of
 * the files in it, which the letter lists - so it names exactly what the link carries.
 */
async function packageWithFiles(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'encryption'>,
  input: {
    organizationId: string
    requestId: string
    language: Language
    reference: string
    stored: { id: string; runId: string | null; fileName: string; language: Language } | undefined
    files: readonly AnswerFileContent[]
  },
): Promise<{ id: string; paths: string[] }> {
  const tx = { db: trx, encryption: ctx.encryption }
  const language = input.stored?.language ?? input.language
  const entries: Zippable = {}
  const previous = input.stored ? await packageZip(tx, input.stored.id) : null
  if (previous) for (const [path, bytes] of Object.entries(unzipSync(previous))) entries[path] = bytes
  const mtime = zipTimestamp(new Date())
  const paths = uniqueNames(input.files).map((name) => `${FOLDER[language]}/${name}`)
  input.files.forEach((file, i) => {
    const path = paths[i] as string
    entries[path] = [new Uint8Array(file.content), { mtime }]
  })
  if (!previous) {
    entries['README.txt'] = strToU8(`${input.reference}\n\n${paths.join('\n')}\n`)
  }
  const zip = zipSync(entries, { level: 6, mtime })
  const fileName =
    input.stored?.fileName ??
    packageFileName({
      kind: 'access',
      language,
      request: { reference: input.reference, receivedAt: new Date() },
    })
  const { id } = await storePackageIn(tx, {
    organizationId: input.organizationId,
    requestId: input.requestId,
    runId: input.stored?.runId ?? null,
    language,
    zip,
    fileName,
  })
  if (input.stored && previous) await replacePackageContent(tx, input.stored.id)
  return { id, paths }
}

/**
 * The download link a completion letter carries: when the letter grants access or portability by download and
 * the request has a stored package not yet downloaded, or files staff added to the answer, a new link is issued
 * (the previous one stops working) and the letter states the link's last day and lists the added files. Null
 * otherwise: the letter then says the link comes separately.
 */
export async function packageLinkForLetter(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'config' | 'encryption'>,
  organizationId: string,
  requestId: string,
  spec: LetterSpec,
  files: readonly AnswerFileContent[] = [],
): Promise<{ url: string; spec: LetterSpec } | null> {
  if (spec.kind !== 'completed' && spec.kind !== 'partially_refused') return null
  const granted =
    spec.kind === 'completed' ? spec.types : spec.types.filter((t) => !spec.refusedTypes.includes(t))
  const { access, portability } = spec.details
  const accessByDownload = granted.includes('access') && access?.delivery !== 'enclosed' && !access?.noData
  const portabilityByDownload =
    granted.includes('portability') && (portability?.delivery ?? 'download') === 'download'
  if (!accessByDownload && !portabilityByDownload) return null
  const latest = await latestPackageOfRequest({ db: trx }, organizationId, requestId)
  const stored = latest?.available && latest.downloadedAt === null ? latest : undefined
  let packageId = stored?.id
  let paths: string[] = []
  if (files.length > 0) {
    const made = await packageWithFiles(trx, ctx, {
      organizationId,
      requestId,
      language: spec.language,
      reference: spec.reference,
      stored,
      files,
    })
    packageId = made.id
    paths = made.paths
  }
  if (!packageId) return null
  const link = await issuePackageLinkIn({ db: trx, config: ctx.config }, packageId)
  const until = link.availableUntil
  const withFiles = paths.length > 0 ? { files: paths } : {}
  const details: CompletionDetails = {
    ...spec.details,
    ...(accessByDownload
      ? { access: { ...(access ?? { delivery: 'download' }), availableUntil: until, ...withFiles } }
      : {}),
    ...(portabilityByDownload
      ? {
          portability: {
            ...(portability ?? { delivery: 'download' }),
            availableUntil: until,
            ...(accessByDownload ? {} : withFiles),
          },
        }
      : {}),
  }
  return { url: link.url, spec: { ...spec, details } }
}
