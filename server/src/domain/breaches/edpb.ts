import type { BreachFacts, Origin } from './record'

/**
 * The closest case family of EDPB Guidelines 01/2021 on examples regarding personal data breach notification (18
 * worked cases in 6 families), offered as guidance next to the ENISA score: the cases show how the EDPB assessed
 * risk, notification and communication in a similar situation. Chosen from the breach's origin; within a family the
 * facts narrow the cases where they can (exfiltration in a ransomware attack, encryption of a lost device). Origins
 * the guidelines do not illustrate (a technical error, "other") have no family: the general reasoning applies.
 *
 * The cases, by number: ransomware 1 (proper backup, no exfiltration), 2 (no proper backup), 3 (hospital, backup, no
 * exfiltration), 4 (no backup, with exfiltration); exfiltration 5 (job applications from a website), 6 (hashed
 * passwords), 7 (credential stuffing at a bank); internal human risk 8 (business data taken by an employee), 9
 * (accidental transmission to a trusted third party); lost or stolen 10 (encrypted device), 11 (unencrypted
 * device), 12 (paper files with sensitive data); mispostal 13 (postal mail), 14 (highly confidential data by mail),
 * 15 (personal data by e-mail), 16 (postal mail, insurance); social engineering 17 (identity theft), 18 (e-mail
 * exfiltration).
 */

export const EDPB_FAMILIES = [
  'ransomware',
  'exfiltration',
  'internal_human_risk',
  'lost_or_stolen',
  'mispostal',
  'social_engineering',
] as const
export type EdpbFamily = (typeof EDPB_FAMILIES)[number]

export interface EdpbGuidance {
  family: EdpbFamily
  /** The case numbers of the guidelines closest to the facts, in the order given there. */
  cases: number[]
}

const BY_ORIGIN: Readonly<Record<Origin, EdpbGuidance | null>> = {
  ransomware: { family: 'ransomware', cases: [1, 2, 3, 4] },
  hacking: { family: 'exfiltration', cases: [5, 6, 7] },
  internal_misuse: { family: 'internal_human_risk', cases: [8] },
  accidental_disclosure: { family: 'internal_human_risk', cases: [9] },
  lost_or_stolen_device: { family: 'lost_or_stolen', cases: [10, 11] },
  lost_or_stolen_paper: { family: 'lost_or_stolen', cases: [12] },
  improper_disposal: { family: 'lost_or_stolen', cases: [12] },
  wrong_recipient: { family: 'mispostal', cases: [13, 14, 15, 16] },
  phishing: { family: 'social_engineering', cases: [17, 18] },
  system_error: null,
  other: null,
}

export function edpbGuidance(
  facts: Pick<BreachFacts, 'origin' | 'nature' | 'encrypted'>,
): EdpbGuidance | null {
  const base = BY_ORIGIN[facts.origin]
  if (!base) return null
  if (facts.origin === 'ransomware') {
    // Data taken as well as locked: case 4; only locked: cases 1-3 (whether a backup exists decides between them).
    return facts.nature.includes('confidentiality')
      ? { family: base.family, cases: [4] }
      : { family: base.family, cases: [1, 2, 3] }
  }
  if (facts.origin === 'lost_or_stolen_device') {
    return { family: base.family, cases: facts.encrypted ? [10] : [11] }
  }
  return { family: base.family, cases: [...base.cases] }
}
