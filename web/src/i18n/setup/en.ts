import type { setupNl } from './nl'

/** English texts of the first-run set-up and the sample organisation. */
export const setupEn: typeof setupNl = {
  title: 'Set up Custos',
  intro:
    'Welcome. Create your own account and your organisation. These details go into your privacy notice and the letters to data subjects; you can change them later under Settings.',
  codeSection: 'Set-up code',
  code: 'Set-up code',
  codeHint:
    '`custos start` prints this code in the console; it is also in the file setup-code in the Custos data directory (./data/setup-code by default). It works once.',
  accountSection: 'Your account',
  displayName: 'Your name',
  email: 'Your e-mail address',
  password: 'Password',
  confirm: 'Repeat the password',
  language: 'Language of the interface',
  organizationSection: 'Your organisation',
  legalForm: 'Legal form',
  legalForms: {
    bv: 'Private limited company (BV/SRL)',
    nv: 'Public limited company (NV/SA)',
    cv: 'Cooperative company (CV/SC)',
    vof: 'General partnership (VOF/SNC)',
    commv: 'Limited partnership (CommV/SComm)',
    vzw: 'Non-profit association (vzw/ASBL)',
    ivzw: 'International non-profit association (ivzw/AISBL)',
    foundation: 'Foundation',
    sole_trader: 'Sole trader',
    public_body: 'Public body',
    other: 'Other',
  },
  required: 'required',
  submit: 'Create account and organisation',
  submitting: 'Creating…',
  slugTitle: 'Short name and public addresses',
  slugIntro:
    'Your public pages use the short name in their address, such as {{address}}. If you change it, the old addresses redirect to the new ones; no other organisation can take the old name.',
  slugSubmit: 'Change short name',
}
