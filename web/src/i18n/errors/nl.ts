import type { ErrorMessages } from './types'

/** Nederlandse teksten van de weigeringscodes van de server (problem+json `code`, `code` per veld). */
export const errorsNl = {
  problems: {
    bad_request: 'Het verzoek kon niet worden verwerkt.',
    invalid_json: 'De verstuurde gegevens konden niet worden gelezen.',
    schema_mismatch: 'Sommige velden ontbreken of zijn niet geldig.',
    invalid_input: 'Sommige velden zijn niet geldig.',
    unauthenticated: 'Meld u opnieuw aan om verder te gaan.',
    forbidden: 'Uw rol laat dit niet toe.',
    not_found: '{{entity}} werd niet gevonden.',
    route_not_found: 'Dit adres bestaat niet.',
    conflict: 'Dit kan niet in de huidige toestand. Laad de pagina opnieuw en probeer het nog eens.',
    payload_too_large: 'Wat u verstuurde is te groot.',
    unsupported_media_type: 'Dit soort bestand of gegevens wordt niet aanvaard.',
    method_not_allowed: 'Deze handeling is hier niet mogelijk.',
    too_many_requests: 'Te veel pogingen. Probeer het later opnieuw.',
    internal_error: 'Er liep iets mis op de server.',
    unstorable_text:
      'De tekst bevat tekens die niet kunnen worden bewaard. Typ of plak hem opnieuw als gewone tekst.',
    invalid_login: 'Het e-mailadres of het wachtwoord is onjuist.',
    too_many_sign_in_attempts:
      'Te veel mislukte aanmeldpogingen. Probeer het over {{minutes}} minuten opnieuw.',
    invalid_totp_code: 'De code is niet geldig. Geef de huidige code uit uw authenticator-app.',
    invalid_reset_link: 'Deze link is ongeldig of verlopen. Vraag een nieuwe aan.',
    sign_in_required: 'Meld u eerst aan.',
    second_factor_required: 'Geef eerst de code uit uw authenticator-app.',
    account_gone: 'Dit account bestaat niet meer.',
    wrong_password: 'Het wachtwoord is niet juist.',
    totp_already_enabled: 'Tweestapsverificatie staat al aan.',
    csrf_token_mismatch:
      'Uw sessie veranderde in een ander tabblad. Laad de pagina opnieuw en probeer het nog eens.',
    invalid_api_token: 'Het API-token is ongeldig, verlopen of ingetrokken.',
    token_scope_missing: 'Het API-token heeft niet de toestemming die hiervoor nodig is.',
    scope_not_held: 'U kunt een token geen rechten geven die u zelf niet hebt.',
    user_not_found: 'Geen gebruiker heeft dit e-mailadres.',
    organization_creation_restricted: 'Alleen installatiebeheerders mogen hier organisaties aanmaken.',
    slug_taken: 'Er bestaat al een organisatie met deze korte naam.',
    already_member: 'Deze persoon is al lid.',
    last_owner: 'De organisatie heeft minstens één eigenaar nodig. Maak eerst iemand anders eigenaar.',
    not_a_sample: 'Alleen een voorbeeldorganisatie kan zo verwijderd worden.',
    key_mismatch: 'De sleutel kan niet veranderen.',
    duplicate_key: 'Er bestaat al een item met deze sleutel.',
    key_in_use: 'Dit item wordt nog elders in het register gebruikt. Verwijder eerst die verwijzingen.',
    register_file_invalid: 'Het registerbestand bevat fouten; er werd niets geïmporteerd.',
    notice_incomplete:
      'De privacyverklaring kan niet worden gepubliceerd: in het register ontbreken nog verplichte onderdelen (aantal: {{missing}}).',
    dataset_file_invalid: 'Het datasetbestand bevat fouten; er werd niets bewaard.',
    dataset_key_mismatch:
      'De sleutel in het bestand moet gelijk zijn aan die van deze dataset; er werd niets bewaard.',
    dataset_register_mismatch: 'De dataset past niet bij het register; er werd niets bewaard.',
    dataset_created_concurrently:
      'Deze dataset werd op hetzelfde moment aangemaakt. Laad opnieuw en probeer nog eens.',
    discovery_failed: 'Uit deze databank kon geen dataset worden voorgesteld.',
    connection_not_testable: 'Een manueel systeem heeft geen verbinding om te testen.',
    identity_not_confirmed:
      'De identiteit van de aanvrager is nog niet bevestigd: bevestig ze voor gegevens worden verstuurd of gewijzigd (een proefrun kan wel).',
    no_datasets:
      'Nog geen enkele dataset beschrijft een systeem: voeg er eerst een toe of ontdek er een onder Connectoren.',
    not_failed:
      'Alleen wat mislukt is, kan opnieuw geprobeerd worden: dit werd al gedaan, of kan zo niet opnieuw.',
    identity_taken: 'Een identiteit is al geregistreerd in deze organisatie.',
    identity_recorded_concurrently:
      'Deze identiteit werd op hetzelfde moment bij een betrokkene geregistreerd. Laad opnieuw en probeer nog eens.',
    import_file_empty: 'Het bestand is leeg.',
    import_header_invalid: 'De kopregel van het bestand kan niet worden gelezen; er werd niets geïmporteerd.',
    package_gone:
      'Het pakket werd al gedownload of verwijderd; voer het verzoek opnieuw uit om een nieuw pakket te maken.',
    checklist_closed: 'Het verzoek is afgesloten; de checklist kan niet meer veranderen.',
    idempotency_key_reused:
      'Deze Idempotency-Key werd de voorbije 24 uur al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel.',
    idempotency_key_in_progress:
      'Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo dadelijk opnieuw.',
    mail_not_retryable:
      'Alleen een mislukte, tegengehouden of onbevestigde mail waarvan de tekst nog bewaard is, kan opnieuw verstuurd worden.',
    installation_admin_required: 'Alleen installatiebeheerders mogen dit.',
    smtp_test_failed: 'De mailserver heeft het testbericht niet aanvaard: {{reason}}',
    too_many_answer_files: 'Er zijn al {{max}} bestanden bij dit antwoord.',
    enclosure_by_email:
      'Een brief per e-mail kan geen kopie "in bijlage" meesturen: kies het downloadpakket (de geüploade bestanden gaan mee) of verstuur de brief per post.',
    retention_rule_unknown: 'Het register heeft geen bewaarregel met deze sleutel.',
    legal_hold_target_unknown:
      'Een blokkering vraagt een bestaande betrokkene, aanvraag, systeem of collectie van een dataset.',
    retention_sweep_running:
      'Er staat al een opruiming van deze organisatie in de wachtrij of ze loopt al (die van de nacht, via de opdrachtregel, of "Opruimingen nu uitvoeren" hier of elders gevraagd); wacht tot ze klaar is en probeer het dan opnieuw. Er is niets veranderd.',
    change_not_announced: 'Alleen een aangekondigde wijziging kan worden ingetrokken.',
    legal_hold_active:
      'Een juridische blokkering houdt deze gegevens vast: er wordt niets gewist tot de blokkering afloopt of wordt opgeheven.',
    client_reference_missing:
      'Deze klant heeft nog geen referentie in de systemen: vul bij de klant de waarde in die zijn records markeert (het klantveld van de datasets).',
    client_reference_taken:
      'Deze referentie markeert al de records van een andere klant. Elke klant heeft een eigen referentie, anders zou het einde van zijn contract ook de gegevens van die andere klant raken.',
    no_client_datasets:
      'Geen enkele dataset wijst een klantveld aan (clientField): zonder dat kan Custos de records van één klant niet terugvinden.',
    contract_end_running:
      'Het einde van het contract met deze klant wordt al uitgevoerd; wacht tot het klaar is.',
    contract_end_not_done:
      'Dit is (nog) niet beschikbaar: het attest bestaat alleen voor een afgewerkte vernietiging, de link alleen voor een afgewerkte teruggave.',
    dncm_file_stale:
      'De DNCM-lijst is ouder dan 5 dagen (lijst van {{fileDate}}, bruikbaar tot {{usableUntil}}); download een nieuwe. Er is niets geïmporteerd.',
    dncm_file_invalid:
      'Dit is geen DNCM-lijst: per regel werd een telefoonnummer met de inschrijvingsdatum verwacht. Er is niets geïmporteerd.',
    robinson_header_invalid:
      'De kopregel noemt geen kolom voor de naam (name, naam, nom) en geen kolom voor de straat (address, adres, adresse, straat, rue). Er werd niets ingeladen.',
    robinson_file_invalid:
      'Dit is geen Robinsonlijst: per regel werden een naam en een postadres verwacht. Er werd niets ingeladen.',
    delay_reason_required:
      'De termijn is verstreken: vermeld de redenen voor de vertraging (artikel 33, lid 1, AVG).',
    exception_without_high_risk: 'Een uitzondering van artikel 34, lid 3, geldt alleen bij een hoog risico.',
    unintelligible_needs_encryption: 'Artikel 34, lid 3, a) vereist dat de gegevens versleuteld waren.',
    letter_incomplete:
      'De brief kan nog niet alles vermelden wat artikel 34, lid 2, vereist: vul het datalek eerst aan.',
    affected_set_not_countable:
      'Custos kan dit niet tellen: kies een PostgreSQL- of MariaDB/MySQL-systeem en een collectie met een veld dat een persoon identificeert en een primaire sleutel.',
    affected_set_unreachable:
      'Het systeem kon niet worden gelezen: test de verbinding op de pagina met datasets en tel daarna opnieuw.',
    affected_set_read_refused:
      'Het systeem weigerde de collectie te lezen: kijk na of de tabel en haar velden nog bestaan en of de gebruiker van de verbinding ze mag lezen, en tel daarna opnieuw.',
    affected_count_in_progress:
      'Er staat al een telling voor dit datalek in de wachtrij of ze loopt; wacht op het resultaat.',
    affected_count_stopped: 'De telling is gestopt zonder resultaat; tel opnieuw.',
    part1_not_filed: 'Deel 2 volgt op deel 1: registreer eerst de melding van deel 1.',
    breach_closed: 'Dit datalekdossier is afgesloten.',
    breach_role_mismatch:
      'Dit kan niet voor een datalek in deze rol (verwerkingsverantwoordelijke of verwerker).',
    too_many_evidence_files: 'Er zijn al {{max}} bewijsstukken bij dit datalek.',
    setup_done: 'De installatie is al ingesteld: meld u aan met het account dat toen is aangemaakt.',
    dpo_opinion_required:
      'Er is een DPO aangesteld: leg diens advies vast voordat u de DPIA valideert (art. 35.2 AVG).',
    risks_incomplete:
      'Schat de ernst en de waarschijnlijkheid van de drie risico’s in voordat u de DPIA valideert.',
    dpia_already_decided:
      'Deze versie van de DPIA is al gevalideerd of geweigerd; sla een nieuwe versie op om ze te wijzigen.',
    decided_pdf_corrupt:
      'De bewaarde pdf van deze beslissing komt niet meer overeen met de SHA-256 die bij de beslissing is vastgelegd; hij wordt niet gegeven. Het voorval staat in het auditlogboek - verwittig de beheerder van de installatie.',
    dpia_version_not_decided:
      'Deze versie is nog een ontwerp: een ondertekend exemplaar hoort bij een versie die gevalideerd of geweigerd is.',
    signed_copy_exists:
      'Het exemplaar dat u wilde vervangen, is niet het huidige ondertekende exemplaar van deze versie (misschien is er intussen een ander opgeladen, of is er nog geen). Laad de pagina opnieuw om het huidige exemplaar te zien en beslis dan of u het vervangt.',
    signed_copy_corrupt:
      'Het bewaarde ondertekende exemplaar kan niet meer worden geopend of klopt niet meer met de SHA-256 die bij het opladen is vastgelegd; het wordt daarom niet vrijgegeven. Het incident staat in het auditlogboek - verwittig de beheerder van de installatie.',
    dpia_import_invalid: 'Dit bestand is geen DPIA die uit Custos is geëxporteerd; er is niets geïmporteerd.',
    cnil_pia_file_invalid:
      'Dit bestand is geen export van de PIA-software van de CNIL, of een veld erin heeft niet het verwachte type; er is niets geïmporteerd.',
    too_many_form_parts:
      'Het formulier bevat meer onderdelen dan deze upload aanvaardt: één bestand en een beperkt aantal tekstvelden (hoogstens {{fields}}). Er is niets opgeslagen.',
    no_scan_urls: 'Stel eerst de te scannen pagina’s in en start dan de scan.',
    scan_in_progress:
      'Er staat al een scan van deze website in de wachtrij of hij loopt. Wacht op het resultaat.',
    proposal_decided: 'Over dit voorstel is al beslist: het is aanvaard of afgewezen.',
    already_in_inventory: 'Deze cookie of host staat intussen al in de inventaris; er is niets toegevoegd.',
    invalid_setup_code:
      'De installatiecode klopt niet. `custos start` toont ze, en ze staat in het bestand setup-code in de datamap.',
  },
  fields: {
    required: 'Vul dit veld in.',
    invalid_type: 'Verwacht: {{expected}}.',
    too_small: 'Minstens {{minimum}}.',
    too_big: 'Hoogstens {{maximum}}.',
    invalid_format: 'Niet in de verwachte vorm.',
    invalid_value: 'Kies een van: {{values}}.',
    unrecognized_keys: 'Onbekend veld: {{keys}}.',
    invalid_union: 'Geen geldige waarde.',
    invalid_key: 'Geen geldige sleutel.',
    invalid_element: 'Een waarde in de lijst is niet geldig.',
    not_multiple_of: 'Moet een veelvoud zijn van {{divisor}}.',
    invalid: 'Geen geldige waarde.',
    contains_nul: 'Bevat een teken dat niet kan worden bewaard.',
    nothing_to_change: 'Er is niets te wijzigen.',
    end_before_start: 'De einddatum ligt voor de begindatum.',
    file_empty: 'Het bestand is leeg.',
    file_too_large: 'Het bestand is te groot.',
    invalid_file_name: 'De bestandsnaam is niet bruikbaar: geef het bestand een naam met een extensie.',
    file_type_not_allowed:
      'Dit soort bestand wordt niet aanvaard (PDF, JPEG, PNG, ZIP, DOCX, XLSX, ODT, ODS, CSV, TXT, JSON of XML; de inhoud moet bij de extensie passen).',
    file_not_pdf:
      'Geen pdf: het bestand begint niet met een pdf-kop. Laad het ondertekende document op als pdf.',
    pdf_incomplete:
      'Deze pdf is onvolledig (het einde ontbreekt): de scan of de download is wellicht afgebroken.',
    invalid_yaml: 'Geen geldige YAML of JSON.',
    line_problem: 'Regel {{line}} kan niet worden gelezen.',
    invalid_enterprise_number: 'Verwacht een Belgisch ondernemingsnummer zoals 0403.019.261.',
    enterprise_number_checksum: 'De controlecijfers kloppen niet: dit is geen geldig ondernemingsnummer.',
    invalid_email: 'Geen geldig e-mailadres.',
    invalid_phone: 'Geen geldig telefoonnummer.',
    invalid_national_number: 'Geen geldig rijksregisternummer.',
    invalid_slug: 'Kleine letters, cijfers en koppeltekens, 2 tot 63 tekens.',
    password_length: 'Tussen {{minimum}} en {{maximum}} tekens.',
    common_password:
      'Dit wachtwoord is een van de meest gebruikte in gelekte wachtwoordlijsten. Kies een ander.',
    invalid_code: 'De code is niet geldig.',
    invalid_token: 'De link is ongeldig of verlopen.',
    csrf_token: 'Laad de pagina opnieuw en probeer het nog eens.',
    already_taken: 'Al in gebruik.',
    unknown_reference: 'Verwijst naar iets wat het register niet heeft.',
    unknown_field: 'Dit veld bestaat niet.',
    identities_required: 'Geef minstens één identiteit om naar te zoeken.',
    changes_required: 'Een rechtzetting heeft minstens één veld en de nieuwe waarde nodig.',
    connection_incomplete: 'Geef de host en de naam van de databank (of een URL).',
    manual_system: 'Een manueel systeem heeft geen verbinding.',
    'connector.target-not-allowed':
      'Deze installatie laat connectoren dit adres niet bereiken; een beheerder beslist welke hosts connectoren mogen bereiken.',
    'connector.connection-failed':
      'De verbinding mislukte. Controleer host, poort, databank, gebruiker en wachtwoord; een beheerder vindt de reden in het serverlogboek.',
    not_after_to: 'Mag niet na het einde van de periode liggen.',
    me_without_user: 'Alleen een aangemelde gebruiker kan op "mij" filteren.',
  },
  lengths: {
    too_small_string: 'Minstens {{minimum}} tekens.',
    too_big_string: 'Hoogstens {{maximum}} tekens.',
    too_small_array: 'Kies er minstens {{minimum}}.',
    too_big_array: 'Hoogstens {{maximum}} items.',
  },
  formats: {
    email: 'Geen geldig e-mailadres.',
    url: 'Geen geldig webadres.',
    uuid: 'Geen geldige identificatie.',
    date: 'Geen geldige datum.',
    datetime: 'Geen geldige datum en tijd.',
    regex: 'Niet in de verwachte vorm.',
  },
  types: {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'ja of nee',
    array: 'een lijst',
    object: 'een groep velden',
    date: 'een datum',
  },
  entities: {
    organization: 'Organisatie',
    user: 'Gebruiker',
    member: 'Lid',
    api_token: 'API-token',
    register_entry: 'Registeritem',
    notice_version: 'Versie van de privacyverklaring',
    dataset: 'Dataset',
    discovery: 'Ontdekking',
    run: 'Run',
    subject: 'Betrokkene',
    identity: 'Identiteit',
    relationship: 'Relatie',
    event: 'Gebeurtenis',
    request: 'Verzoek',
    task: 'Taak',
    attachment: 'Bijlage',
    letter: 'Brief',
    package: 'Pakket',
    mail: 'Mail',
    webhook: 'Webhook-eindpunt',
    legal_hold: 'Juridische blokkering',
    retention_run: 'Bewaaropruiming',
    consent_text: 'Toestemmingstekst',
    consent_propagation: 'Doorgifte van de intrekking',
    cookie_proposal: 'Cookievoorstel',
    cookie_service: 'Dienst van de cookie-inventaris',
    processor_agreement: 'Verwerkersovereenkomst',
    processor_transfer: 'Doorgifte',
    processor_client: 'Klant',
    subprocessor_change: 'Wijziging van subverwerker',
    dpia_screening: 'DPIA-screening',
    dpia_assessment: 'DPIA',
    dpia_signed_pdf: 'Pdf van de DPIA zoals beslist',
    dpia_signed_copy: 'Ondertekend exemplaar van de DPIA',
    action_plan_action: 'Actie',
    suppression_entry: 'Vermelding op de uitsluitingslijst',
    opt_in: 'Opt-in',
    breach: 'Datalek',
    contract_end: 'Einde van het contract',
    other: 'Dit',
  },
} satisfies ErrorMessages
