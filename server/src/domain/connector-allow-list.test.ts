import { BlockList } from 'node:net'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AllowListError, addressBytes, allows, isLoopback, parseAllowList } from './connector-allow-list'

const at = (host: string, port: number, address = host) => ({ host, port, address })

describe('the connector allow-list (CUSTOS_CONNECTOR_ALLOW)', () => {
  it('allows nothing when empty', () => {
    expect(parseAllowList(undefined).entries).toEqual([])
    expect(allows(parseAllowList(' , '), at('127.0.0.1', 5432))).toBe(false)
  })

  it('reads names, wildcards, addresses, networks and ports', () => {
    const list = parseAllowList(
      'crm.example.com, *.db.example.com:5432, 10.0.0.0/8, 192.168.1.5:3306, [fd00::5]:5432, fd10::/16',
    )
    expect(list.entries).toHaveLength(6)
    expect(allows(list, at('CRM.example.com', 443, '203.0.113.9'))).toBe(true)
    expect(allows(list, at('other.example.com', 443, '203.0.113.9'))).toBe(false)
    expect(allows(list, at('a.db.example.com', 5432, '203.0.113.9'))).toBe(true)
    expect(allows(list, at('a.db.example.com', 5433, '203.0.113.9'))).toBe(false)
    expect(allows(list, at('db.example.com', 5432, '203.0.113.9'))).toBe(false)
    expect(allows(list, at('anything.internal', 5432, '10.200.3.4'))).toBe(true)
    expect(allows(list, at('192.168.1.5', 3306))).toBe(true)
    expect(allows(list, at('192.168.1.5', 5432))).toBe(false)
    expect(allows(list, at('fd00::5', 5432))).toBe(true)
    expect(allows(list, at('fd00::5', 22))).toBe(false)
    expect(allows(list, at('fd10:1::9', 1))).toBe(true)
    // An IPv4-mapped IPv6 address is the IPv4 address.
    expect(allows(list, at('x', 1, '::ffff:10.1.2.3'))).toBe(true)
  })

  it('judges a name entry by the name and a network entry by the address connected to', () => {
    // A name that resolves into an allowed network is allowed; an allowed network does not allow every name.
    const list = parseAllowList('127.0.0.1')
    expect(allows(list, at('rebound.attacker.example', 5432, '127.0.0.1'))).toBe(true)
    expect(allows(list, at('127.0.0.1', 5432, '10.0.0.1'))).toBe(false)
  })

  it('refuses entries it cannot read, naming them', () => {
    for (const bad of [
      '10.0.0.0/33',
      'host:0',
      'host:70000',
      'a b',
      '10.0.0.1/8/2',
      'exa_mple.com',
      'name/24',
    ])
      expect(() => parseAllowList(`ok.example.com,${bad}`), bad).toThrow(AllowListError)
    expect(() => parseAllowList('x..y')).toThrow(/"x\.\.y"/)
  })

  it('matches an IPv4 network exactly as node:net BlockList does', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.ipV4(), (network, prefix, address) => {
        const oracle = new BlockList()
        oracle.addSubnet(network, prefix, 'ipv4')
        const list = parseAllowList(`${network}/${prefix}`)
        expect(allows(list, at('h', 1, address))).toBe(oracle.check(address, 'ipv4'))
      }),
    )
  })

  it('matches an IPv6 network exactly as node:net BlockList does', () => {
    fc.assert(
      fc.property(fc.ipV6(), fc.integer({ min: 0, max: 128 }), fc.ipV6(), (network, prefix, address) => {
        const oracle = new BlockList()
        oracle.addSubnet(network, prefix, 'ipv6')
        const list = parseAllowList(`[${network}/${prefix}]`)
        expect(allows(list, at('h', 1, address))).toBe(oracle.check(address, 'ipv6'))
        expect(allows(list, at('h', 1, network))).toBe(true)
      }),
    )
  })

  it('reads every IPv6 spelling of an address to the same bytes', () => {
    expect(addressBytes('::1')).toEqual(addressBytes('0:0:0:0:0:0:0:1'))
    expect(addressBytes('::ffff:127.0.0.1')).toEqual(addressBytes('127.0.0.1'))
    expect(isLoopback('127.8.0.1')).toBe(true)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('10.0.0.1')).toBe(false)
    expect(isLoopback('::2')).toBe(false)
  })
})
