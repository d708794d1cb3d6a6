import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { csvRecords } from '../src/lib/csv'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Name search over a subject index larger than the count cap (decision 0059): the newest matches come first, page
 * after page, with a count that stops at 1,000 and says so; a renamed subject is found by its new name only.
 */
const CSV = { 'content-type': 'text/csv' }
const FIRST = ['Jan', 'Jana', 'Marie', 'Lien', 'Pieter', 'Sofie']
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Claes']
// 1,200 subjects in 3 files, so creation times differ by file: file k holds lines k*400 .. k*400+399.
const FILES = 3
const PER_FILE = 400
const nameOf = (i: number) =>
  `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`

interface Item {
  id: string
  name: string
}

describe('subject name search over a large index', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: ReturnType<typeof asUser>
  let outsider: ReturnType<typeof asUser>
  const base = (o: Organization = org) => `/api/v1/orgs/${o.slug}/subjects`
  const page = async (q: string, limit = 50, offset = 0, who = po, o = org) => {
    const res = await who('GET', `${base(o)}?q=${encodeURIComponent(q)}&limit=${limit}&offset=${offset}`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { items: Item[]; total: number; totalCapped: boolean }
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Zoek BV')
    other = await createOrg(t.ctx, 'Andere BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const o = await createMember(t.ctx, other, 'owner')
    outsider = asUser(app, await signIn(app, o.email, o.password))
    for (let f = 0; f < FILES; f++) {
      const rows = [['name', 'email']]
      for (let i = f * PER_FILE; i < (f + 1) * PER_FILE; i++) rows.push([nameOf(i), `p${i}@example.be`])
      const res = await po(
        'POST',
        `${base()}/import`,
        csvRecords(rows, { delimiter: ',', escapeFormulas: false }),
        CSV,
      )
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ imported: PER_FILE, failed: 0 })
    }
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('counts up to 1,000 and says when there are more', async () => {
    const all = await page('')
    expect(all).toMatchObject({ total: 1000, totalCapped: true })
    // "p" starts a word of every "Pieter" and every "Peeters": counted exactly below the cap.
    const withP = Array.from({ length: FILES * PER_FILE }, (_, i) => nameOf(i)).filter((n) =>
      / p|^p/i.test(n),
    )
    expect(await page('p')).toMatchObject({ total: withP.length, totalCapped: false })
    const marie = await page('marie')
    expect(marie).toMatchObject({ total: 200, totalCapped: false })
    expect(marie.items.every((s) => s.name.startsWith('Marie '))).toBe(true)
  })

  it('finds by any word of the name, newest first, page after page without gaps or repeats', async () => {
    const expected = Array.from({ length: FILES * PER_FILE }, (_, i) => i)
      .filter((i) => / Janssens /.test(nameOf(i)))
      .map(nameOf)
    const seen: string[] = []
    for (let offset = 0; offset < expected.length + 30; offset += 30) {
      seen.push(...(await page('janss', 30, offset)).items.map((s) => s.name))
    }
    expect(seen).toHaveLength(expected.length)
    expect(new Set(seen)).toEqual(new Set(expected))
    // The newest file comes first.
    const fileOf = (name: string) => Math.floor(Number(name.split(' ').at(-1)) / PER_FILE)
    const files = seen.map(fileOf)
    expect(files).toEqual([...files].sort((a, b) => b - a))
  })

  it('finds a name and an identity in one search, and "jan" does not find "Jana" only by accident', async () => {
    const res = await page('p7@example.be')
    expect(res.items.map((s) => s.name)).toEqual([nameOf(7)])
    const jan = await page('jan peeters', 200)
    expect(jan.items.map((s) => s.name).sort()).toEqual(
      Array.from({ length: FILES * PER_FILE }, (_, i) => nameOf(i))
        .filter((n) => n.startsWith('Jan Peeters '))
        .sort(),
    )
  })

  it('checks the candidates of a search longer than its key: "jana" finds every Jana, no Jan, no Janssens', async () => {
    const expected = Array.from({ length: FILES * PER_FILE }, (_, i) => nameOf(i)).filter((n) =>
      n.startsWith('Jana '),
    )
    // "jana" is looked up by the key of "jan" (decision 0084), shared by every Jan and every Janssens.
    const jana = await page('jana', 200)
    expect(jana).toMatchObject({ total: expected.length, totalCapped: false })
    expect(jana.items.map((s) => s.name).sort()).toEqual([...expected].sort())
    const second = await page('jana', 50, 150)
    expect(second.items.map((s) => s.name)).toEqual(jana.items.slice(150).map((s) => s.name))
  })

  it('counts a search longer than its key only as far as the page needed, and says "more than"', async () => {
    // 300 candidates of the key "vermeule", all of them matching "vermeulen" (decision 0104).
    const rows = [['name', 'email']]
    for (let i = 0; i < 300; i++) rows.push([`Anna Vermeulen ${i}`, `v${i}@example.be`])
    const res = await outsider(
      'POST',
      `${base(other)}/import`,
      csvRecords(rows, { delimiter: ',', escapeFormulas: false }),
      CSV,
    )
    expect(res.statusCode, res.body).toBe(200)
    const first = await page('vermeulen', 10, 0, outsider, other)
    expect(first.items).toHaveLength(10)
    // A lower bound, and said to be one: more than `total` match.
    expect(first.totalCapped).toBe(true)
    expect(first.total).toBeGreaterThanOrEqual(10)
    expect(first.total).toBeLessThan(300)
    // Page after page every one of them is still found, and the last page, having read every candidate, counts exactly.
    const seen: string[] = []
    let last = first
    for (let offset = 0; offset < 300; offset += 100) {
      last = await page('vermeulen', 100, offset, outsider, other)
      seen.push(...last.items.map((s) => s.name))
    }
    expect(new Set(seen).size).toBe(300)
    expect(last).toMatchObject({ total: 300, totalCapped: false })
  })

  it('finds a renamed subject by its new name only, in its place among the others', async () => {
    const [target] = (await page('marie maes 14')).items
    expect(target?.name).toBe(nameOf(14))
    const renamed = await po('PATCH', `${base()}/${target?.id}`, { name: 'Zora Vandamme' })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect((await page('vandamme')).items.map((s) => s.id)).toEqual([target?.id])
    expect((await page('marie maes 14')).items).toEqual([])
    const zAndMarie = await page('zora')
    expect(zAndMarie).toMatchObject({ total: 1, totalCapped: false })
  })

  it('keeps organisations apart', async () => {
    expect(await page('marie', 50, 0, outsider, other)).toMatchObject({
      items: [],
      total: 0,
      totalCapped: false,
    })
  })
})
