import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { StoredDataInvalid } from '../../domain/errors'
import { composeNotice } from '../../domain/notice/compose-notice'
import { renderNoticeHtml } from '../../domain/notice/render-html'
import { renderNoticeMarkdown } from '../../domain/notice/render-markdown'
import { storedNoticeDocuments, storedRegisterSnapshot } from './stored'

/** Issue 13 item 5: a published notice version's JSON is written with its version and checked when read. */
describe('published notice versions as stored JSON', () => {
  const register = parseRegister(richRegister())
  const published = (language: 'nl' | 'fr' | 'en') => {
    const json = composeNotice(register, { language, version: 3, effectiveDate: '2026-12-07', trace: true })
    return { json, markdown: renderNoticeMarkdown(json), html: renderNoticeHtml(json, { standalone: false }) }
  }

  it('reads back what publishing writes in every language, with $v stored and not read', () => {
    const texts = { nl: published('nl'), fr: published('fr'), en: published('en') }
    const stored = storedNoticeDocuments.toStored(texts)
    expect(stored.$v).toBe(1)
    const read = storedNoticeDocuments.read(JSON.parse(JSON.stringify(stored)), 'v3')
    expect(read).toEqual(JSON.parse(JSON.stringify(texts)))
    expect(Object.keys(read)).toEqual(['nl', 'fr', 'en'])
    const snapshot = storedRegisterSnapshot.toStored(register as unknown as Record<string, unknown>)
    expect(storedRegisterSnapshot.read(snapshot, 'v3')).toEqual(JSON.parse(JSON.stringify(register)))
  })

  it('reads a version published before versioning as version 1, keeping keys it does not know', () => {
    const old = { nl: { ...published('nl'), pdfPages: 4 } }
    expect(storedNoticeDocuments.read(JSON.parse(JSON.stringify(old)), 'v1')).toMatchObject({
      nl: { pdfPages: 4, markdown: old.nl.markdown },
    })
  })

  it('refuses a malformed version naming the store and the row, never passing it on', () => {
    const broken = (value: unknown) => () => storedNoticeDocuments.read(value, 'row-7')
    expect(broken({})).toThrow(StoredDataInvalid)
    expect(broken({ nl: { json: published('nl').json, html: '<p>' } })).toThrow(/notice_versions\.documents/)
    expect(broken({ de: published('nl') })).toThrow(StoredDataInvalid)
    const badBlock = JSON.parse(JSON.stringify(published('en')))
    badBlock.json.sections[0].blocks[0] = { type: 'video', url: 'x' }
    expect(broken({ en: badBlock })).toThrow(/row-7/)
    expect(() => storedRegisterSnapshot.read('[1]', 'row-8')).toThrow(StoredDataInvalid)
  })
})
