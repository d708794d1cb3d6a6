import { describe, expect, it } from 'vitest'
import { truncateIp } from './model'

/** The address kept with a consent choice (issue 17: "IP with its last octet zeroed"). */
describe('truncateIp', () => {
  it('zeroes the last octet of an IPv4 address, also when it comes IPv4-mapped', () => {
    expect(truncateIp('203.0.113.57')).toBe('203.0.113.0')
    expect(truncateIp('::ffff:203.0.113.57')).toBe('203.0.113.0')
  })

  it('keeps only the first 48 bits of an IPv6 address, written out or shortened', () => {
    expect(truncateIp('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe('2001:db8:85a3::')
    expect(truncateIp('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:85a3::')
    expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::')
    expect(truncateIp('::1')).toBe('0:0:0::')
    expect(truncateIp('fe80::1%eth0')).toBe('fe80:0:0::')
  })

  it('keeps nothing of what is not an address', () => {
    expect(truncateIp(undefined)).toBeNull()
    expect(truncateIp('')).toBeNull()
    expect(truncateIp('not an address')).toBeNull()
    expect(truncateIp('203.0.113.257')).toBeNull()
  })
})
