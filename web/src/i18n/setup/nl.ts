/** Dutch texts of the first-run set-up and the sample organisation (issue 15). */
export const setupNl = {
  title: 'Custos instellen',
  intro:
    'Welkom. Maak uw eigen account en uw organisatie aan. Deze gegevens komen in uw privacyverklaring en in de brieven aan betrokkenen; u kunt ze later wijzigen onder Instellingen.',
  codeSection: 'Installatiecode',
  code: 'Installatiecode',
  codeHint:
    '`custos start` toont deze code in de console; ze staat ook in het bestand setup-code in de datamap van Custos (standaard ./data/setup-code). Ze werkt één keer.',
  accountSection: 'Uw account',
  displayName: 'Uw naam',
  email: 'Uw e-mailadres',
  password: 'Wachtwoord',
  confirm: 'Herhaal het wachtwoord',
  language: 'Taal van de interface',
  organizationSection: 'Uw organisatie',
  legalForm: 'Rechtsvorm',
  legalForms: {
    bv: 'Besloten vennootschap (BV)',
    nv: 'Naamloze vennootschap (NV)',
    cv: 'Coöperatieve vennootschap (CV)',
    vof: 'Vennootschap onder firma (VOF)',
    commv: 'Commanditaire vennootschap (CommV)',
    vzw: 'Vereniging zonder winstoogmerk (vzw)',
    ivzw: 'Internationale vzw (ivzw)',
    foundation: 'Stichting',
    sole_trader: 'Eenmanszaak',
    public_body: 'Overheidsinstelling',
    other: 'Andere',
  },
  required: 'verplicht',
  submit: 'Account en organisatie aanmaken',
  submitting: 'Bezig met aanmaken…',
  slugTitle: 'Korte naam en publieke adressen',
  slugIntro:
    'Uw publieke pagina’s staan op adressen met de korte naam, zoals {{address}}. Wijzigt u ze, dan sturen de oude adressen door naar de nieuwe; geen andere organisatie kan de oude naam nemen.',
  slugSubmit: 'Korte naam wijzigen',
}
