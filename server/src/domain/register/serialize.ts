import { stringify } from 'yaml'
import type { RegisterDocument } from './schema'

/** The register file as YAML (the format for people and git) or JSON; parsing either gives the same document. */
export function registerToYaml(doc: RegisterDocument): string {
  const title = doc.organization.name.replace(/\s+/g, ' ')
  return `# Register of processing activities (Art. 30 GDPR) - ${title}\n# Schema: docs/register.schema.json\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`
}

export function registerToJson(doc: RegisterDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}
