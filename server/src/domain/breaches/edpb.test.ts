import { describe, expect, it } from 'vitest'
import { edpbGuidance } from './edpb'
import { ORIGINS } from './record'

describe('closest EDPB 01/2021 case family', () => {
  it('ransomware: case 4 when data were also taken, cases 1-3 when they were only locked', () => {
    expect(
      edpbGuidance({ origin: 'ransomware', nature: ['availability', 'confidentiality'], encrypted: false }),
    ).toEqual({ family: 'ransomware', cases: [4] })
    expect(edpbGuidance({ origin: 'ransomware', nature: ['availability'], encrypted: false })).toEqual({
      family: 'ransomware',
      cases: [1, 2, 3],
    })
  })

  it('a lost device: case 10 when encrypted, case 11 when not', () => {
    const lost = { origin: 'lost_or_stolen_device', nature: ['confidentiality'] } as const
    expect(edpbGuidance({ ...lost, nature: [...lost.nature], encrypted: true })?.cases).toEqual([10])
    expect(edpbGuidance({ ...lost, nature: [...lost.nature], encrypted: false })?.cases).toEqual([11])
  })

  it('each other origin has its family, or none where the guidelines give no example', () => {
    const families = Object.fromEntries(
      ORIGINS.map((origin) => [
        origin,
        edpbGuidance({ origin, nature: ['confidentiality'], encrypted: false })?.family ?? null,
      ]),
    )
    expect(families).toEqual({
      lost_or_stolen_device: 'lost_or_stolen',
      lost_or_stolen_paper: 'lost_or_stolen',
      hacking: 'exfiltration',
      ransomware: 'ransomware',
      phishing: 'social_engineering',
      wrong_recipient: 'mispostal',
      internal_misuse: 'internal_human_risk',
      accidental_disclosure: 'internal_human_risk',
      improper_disposal: 'lost_or_stolen',
      system_error: null,
      other: null,
    })
  })
})
