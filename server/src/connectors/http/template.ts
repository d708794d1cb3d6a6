/**
 * Endpoint templates: `{name}` placeholders in an endpoint's path, query values and JSON body take the value of a
 * dataset field (or of the identity kind the field holds). Values come from data subjects' requests, so a path
 * placeholder is URL-encoded and may never turn into an empty, "." or ".." path segment (which would address
 * another resource, e.g. DELETE /contacts/ instead of DELETE /contacts/42).
 */

const PLACEHOLDER = /\{([^{}]+)\}/g
const WHOLE_PLACEHOLDER = /^\{([^{}]+)\}$/

export type TemplateValues = ReadonlyMap<string, unknown>

export class TemplateError extends Error {
  override name = 'TemplateError'
}

/** Every placeholder name used in the strings of a template (strings, arrays and objects, deeply). */
export function placeholdersIn(template: unknown, found = new Set<string>()): Set<string> {
  if (typeof template === 'string') for (const m of template.matchAll(PLACEHOLDER)) found.add(m[1] as string)
  else if (Array.isArray(template)) for (const item of template) placeholdersIn(item, found)
  else if (template !== null && typeof template === 'object')
    for (const item of Object.values(template)) placeholdersIn(item, found)
  return found
}

/** The text form of a value placed in a URL or a string template. */
export function valueText(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function lookup(values: TemplateValues, name: string): unknown {
  if (!values.has(name)) throw new TemplateError(`No value for the placeholder {${name}}`)
  return values.get(name)
}

/** Fills a string template with the text of the values; every placeholder must have a value. */
function fillText(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => valueText(lookup(values, name)))
}

/** Fills a URL path template segment by segment, URL-encoding the values. */
export function fillPath(template: string, values: TemplateValues): string {
  return template
    .split('/')
    .map((segment) => {
      if (!segment.includes('{')) return segment
      const filled = segment.replace(PLACEHOLDER, (_, name: string) =>
        encodeURIComponent(valueText(lookup(values, name))),
      )
      if (filled === '' || filled === '.' || filled === '..' || /^(\.|%2e){1,2}$/i.test(filled))
        throw new TemplateError(`The value for ${segment} would make an empty or relative path segment`)
      return filled
    })
    .join('/')
}

/**
 * Fills query parameters. A parameter whose whole value is a placeholder without a value is left out, so one read
 * endpoint can offer several searches (e.g. email={email}&phone={phone}) and each call uses the one it has.
 */
export function fillQuery(query: Record<string, string>, values: TemplateValues): [string, string][] {
  const filled: [string, string][] = []
  for (const [name, template] of Object.entries(query)) {
    const whole = WHOLE_PLACEHOLDER.exec(template)
    if (whole && !values.has(whole[1] as string)) continue
    filled.push([name, fillText(template, values)])
  }
  return filled
}

const OMIT = Symbol('omit')

/**
 * Fills a JSON body template. A string that is a single placeholder takes the value as is (number, null, boolean,
 * Date as ISO text); a property or array item whose value is a single placeholder without a value is left out,
 * so an update only sends the fields it changes. Placeholders inside longer strings must have a value.
 */
export function fillBody(template: unknown, values: TemplateValues): unknown {
  const filled = fillNode(template, values)
  return filled === OMIT ? undefined : filled
}

function fillNode(node: unknown, values: TemplateValues): unknown {
  if (typeof node === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(node)
    if (!whole) return fillText(node, values)
    const name = whole[1] as string
    if (!values.has(name)) return OMIT
    const value = values.get(name)
    return value instanceof Date ? value.toISOString() : value === undefined ? null : value
  }
  if (Array.isArray(node)) return node.map((item) => fillNode(item, values)).filter((item) => item !== OMIT)
  if (node !== null && typeof node === 'object') {
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(node)) {
      const value = fillNode(item, values)
      if (value !== OMIT) result[key] = value
    }
    return result
  }
  return node
}
