/**
 * Rows and plans are kept between steps (encrypted) as JSON. Database values JSON cannot hold as such - dates,
 * binary data, big integers - are tagged so they come back as the same JS values.
 */
export function encodeValues(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, v: unknown) {
    const original = key === '' ? value : this[key]
    if (original instanceof Date) return { $date: original.toISOString() }
    if (Buffer.isBuffer(original)) return { $bytes: original.toString('base64') }
    if (original instanceof Uint8Array) return { $bytes: Buffer.from(original).toString('base64') }
    if (typeof original === 'bigint') return { $bigint: original.toString() }
    return v
  })
}

export function decodeValues<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const tagged = v as Record<string, unknown>
      const keys = Object.keys(tagged)
      if (keys.length === 1) {
        if (typeof tagged.$date === 'string') return new Date(tagged.$date)
        if (typeof tagged.$bytes === 'string') return Buffer.from(tagged.$bytes, 'base64')
        if (typeof tagged.$bigint === 'string') return BigInt(tagged.$bigint)
      }
    }
    return v
  }) as T
}
