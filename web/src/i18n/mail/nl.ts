/** Dutch texts of the installation's mail server and mail (issue 15); the other languages are typed against these. */
export const mailNl = {
  server: {
    title: 'Mailserver van de installatie',
    intro:
      'Langs deze server verstuurt Custos de e-mails van alle organisaties op deze installatie. Elke organisatie ondertekent haar e-mails met haar naam en privacycontact; het afzenderadres hieronder blijft hetzelfde.',
    adminOnly: 'Alleen installatiebeheerders zien en wijzigen dit.',
    sources: {
      settings: 'Ingesteld op deze pagina.',
      environment: 'Ingesteld via de omgeving (CUSTOS_SMTP_URL). Wat u hier bewaart, gaat voor.',
      none: 'Er is geen mailserver ingesteld: e-mails worden vastgehouden in de outbox tot u er een instelt.',
    },
    host: 'Server (host)',
    hostHint: 'Bijvoorbeeld smtp.uwprovider.be',
    port: 'Poort',
    portHint: 'Meestal 587 (STARTTLS) of 465 (TLS).',
    security: 'Beveiliging',
    securities: {
      starttls: 'STARTTLS (poort 587)',
      tls: 'TLS vanaf het begin (poort 465)',
      none: 'Geen (alleen op een vertrouwd netwerk)',
    },
    user: 'Gebruikersnaam',
    password: 'Wachtwoord',
    passwordKept: 'Leeg laten om het bewaarde wachtwoord te houden.',
    mailFrom: 'Afzenderadres',
    mailFromHint:
      'Bijvoorbeeld Privacy <privacy@uwdomein.be>. De e-mails van een organisatie dragen haar naam.',
    save: 'Mailserver bewaren',
    saved: 'Bewaard. Vastgehouden e-mails worden nu verzonden.',
    remove: 'Instelling wissen',
    removed: 'Gewist. De omgeving geldt weer.',
    testTitle: 'Testbericht',
    testTo: 'Sturen naar',
    testOrganization: 'Ondertekend door',
    testSend: 'Testbericht sturen',
    testSent: 'De mailserver heeft het testbericht aanvaard (afzender: {{from}}).',
  },
  outbox: {
    title: 'E-mails van de installatie',
    intro:
      'E-mails die bij geen organisatie horen, zoals links om een wachtwoord opnieuw in te stellen. Alleen installatiebeheerders zien ze.',
    noServer:
      'Er is geen mailserver ingesteld: deze e-mails zijn niet verzonden. Geef een link om een wachtwoord opnieuw in te stellen alleen door aan de persoon zelf, langs een veilige weg.',
    empty: 'Geen e-mails.',
    showText: 'Tekst tonen',
  },
}
