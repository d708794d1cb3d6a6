import type { PackageInput } from './model'
import { PACKAGE_WORDING } from './wording'

/** README.txt: a few lines in the subject's language, CRLF so every text editor shows the lines. */
export function renderReadme(input: PackageInput): string {
  const w = PACKAGE_WORDING[input.language]
  const org = input.organization
  const title = w.title[input.kind]
  const lines = [
    title,
    '='.repeat(title.length),
    '',
    `${org.legalName || org.name} - ${input.request.reference}`,
    '',
    w.readme.start,
    '',
    ...w.readme.files.map((f) => `- ${f}`),
    '',
    w.readme.safe,
    ...(org.privacyEmail ? ['', w.readme.questions(org.privacyEmail)] : []),
  ]
  return `${lines.join('\r\n')}\r\n`
}
