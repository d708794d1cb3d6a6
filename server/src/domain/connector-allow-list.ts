import { isIP, isIPv4, isIPv6 } from 'node:net'

/**
 * Which hosts and networks connectors may reach (CUSTOS_CONNECTOR_ALLOW): comma-separated host names
 * (`crm.example.com`, `*.example.com`), addresses (`10.0.0.5`, `fd00::5`) and networks in CIDR notation
 * (`10.0.0.0/8`, `fd00::/8`), each with an optional port (`db.example.com:5432`, `10.0.0.0/8:5432`,
 * `[fd00::5]:5432`). An empty list allows nothing.
 */
export type AllowEntry =
  | { kind: 'name'; name: string; wildcard: boolean; port?: number }
  | { kind: 'network'; bytes: Uint8Array; prefix: number; port?: number }

export interface AllowList {
  readonly entries: readonly AllowEntry[]
  /** The list as the operator wrote it, normalised (for logs and error detail). */
  readonly text: string
}

export class AllowListError extends Error {}

const NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/

/** Reads the comma-separated list; throws AllowListError naming the first entry it cannot read. */
export function parseAllowList(text: string | undefined): AllowList {
  const parts = (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return { entries: parts.map(parseEntry), text: parts.join(',') }
}

function parseEntry(raw: string): AllowEntry {
  const fail = () =>
    new AllowListError(`"${raw}" is not a host name, address or CIDR network (with an optional :port)`)
  let host = raw.toLowerCase()
  let port: number | undefined
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(host)
  if (bracketed) {
    host = bracketed[1] as string
    if (bracketed[2] !== undefined) port = parsePort(bracketed[2], fail)
  } else if (!isIPv6(host.split('/')[0] ?? '')) {
    const colon = host.lastIndexOf(':')
    if (colon >= 0) {
      port = parsePort(host.slice(colon + 1), fail)
      host = host.slice(0, colon)
    }
  }
  const withPort = port === undefined ? {} : { port }
  const [address, prefixText, ...rest] = host.split('/')
  if (rest.length > 0 || address === undefined) throw fail()
  if (isIP(address)) {
    const bytes = addressBytes(address)
    const max = isIPv4(address) ? 32 : 128
    const prefix = prefixText === undefined ? max : Number(prefixText)
    if (!/^\d{1,3}$/.test(prefixText ?? '0') || prefix > max) throw fail()
    return { kind: 'network', bytes, prefix: isIPv4(address) ? prefix + 96 : prefix, ...withPort }
  }
  if (prefixText !== undefined) throw fail()
  const name = address.replace(/\.$/, '')
  if (!NAME.test(name) || name.length > 253) throw fail()
  const wildcard = name.startsWith('*.')
  return { kind: 'name', name: wildcard ? name.slice(1) : name, wildcard, ...withPort }
}

function parsePort(text: string, fail: () => Error): number {
  const port = Number(text)
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) throw fail()
  return port
}

/** An IPv4 or IPv6 address as 16 bytes (IPv4 as ::ffff:a.b.c.d), so one comparison serves both families. */
export function addressBytes(address: string): Uint8Array {
  const bytes = new Uint8Array(16)
  if (isIPv4(address)) {
    bytes[10] = 0xff
    bytes[11] = 0xff
    address.split('.').forEach((part, i) => {
      bytes[12 + i] = Number(part)
    })
    return bytes
  }
  if (!isIPv6(address)) throw new AllowListError(`${address} is not an IP address`)
  let text = address.replace(/%.*$/, '')
  // An embedded IPv4 tail (::ffff:10.0.0.1) becomes two hexadecimal groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = (v4[1] as string).split('.').map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : [])
  const left = groups(head)
  const right = groups(tail)
  const all = [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
  all.forEach((group, i) => {
    bytes[2 * i] = group >> 8
    bytes[2 * i + 1] = group & 0xff
  })
  return bytes
}

function inNetwork(entry: { bytes: Uint8Array; prefix: number }, address: Uint8Array): boolean {
  for (let bit = 0; bit < entry.prefix; bit++) {
    const i = bit >> 3
    const mask = 0x80 >> (bit & 7)
    if (((entry.bytes[i] as number) & mask) !== ((address[i] as number) & mask)) return false
  }
  return true
}

/**
 * Whether a connection to `host` (as the user wrote it) on `port`, made to the resolved `address`, is allowed:
 * a name entry must match the host name itself, a network entry the address actually connected to.
 */
export function allows(list: AllowList, target: { host: string; port: number; address: string }): boolean {
  const host = target.host.toLowerCase().replace(/\.$/, '')
  const address = addressBytes(target.address)
  return list.entries.some((entry) => {
    if (entry.port !== undefined && entry.port !== target.port) return false
    if (entry.kind === 'network') return inNetwork(entry, address)
    return entry.wildcard ? host.endsWith(entry.name) : host === entry.name
  })
}

/** Loopback: 127.0.0.0/8, ::1 (and their IPv4-mapped forms). */
export function isLoopback(address: string): boolean {
  const bytes = addressBytes(address)
  if (
    isIPv4(address) ||
    (bytes[10] === 0xff && bytes[11] === 0xff && bytes.slice(0, 10).every((b) => b === 0))
  )
    return bytes[12] === 127
  return bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1
}

/** The unspecified address (0.0.0.0, ::): connecting to it reaches this machine. */
export function isUnspecified(address: string): boolean {
  const bytes = addressBytes(address)
  const mapped = bytes[10] === 0xff && bytes[11] === 0xff
  return bytes.every((b, i) => b === 0 || (mapped && (i === 10 || i === 11)))
}
