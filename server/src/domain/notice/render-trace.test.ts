import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { composeNotice } from './compose-notice'
import { renderNoticeTrace, sentences } from './render-trace'

describe('renderNoticeTrace (custos notice build --trace)', () => {
  it.each(['nl', 'fr', 'en'] as const)(
    'gives every sentence of the rich notice a source (%s)',
    (language) => {
      const trace = renderNoticeTrace(composeNotice(parseRegister(richRegister()), { language, trace: true }))
      expect(trace).not.toContain('(no source)')
      expect(trace.split('\n').filter((l) => l.startsWith('    <- ')).length).toBeGreaterThan(80)
    },
  )

  it('points each statement at the register field behind it', () => {
    const trace = renderNoticeTrace(
      composeNotice(parseRegister(richRegister()), { language: 'en', trace: true }),
    )
    expect(trace).toContain('We do not sell your data.\n    <- notice.sellsData')
    expect(trace).toMatch(/Statistics \| 13 months\n {4}<- notice\.cookies/)
    expect(trace).toMatch(/namely under .*\n {4}<- activities\[payroll\].*nationalNumberAuthorisation/)
  })

  it('keeps sources out of the notice unless asked', () => {
    const notice = composeNotice(parseRegister(richRegister()), { language: 'en' })
    expect(JSON.stringify(notice)).not.toContain('"source"')
    expect(notice.summarySources).toBeUndefined()
  })

  it('splits sentences after a full stop or colon, not inside a reference', () => {
    expect(sentences('Wij bewaren ze (art. 6.1.c AVG). Daarna wissen wij ze.')).toEqual([
      'Wij bewaren ze (art. 6.1.c AVG).',
      'Daarna wissen wij ze.',
    ])
  })
})
