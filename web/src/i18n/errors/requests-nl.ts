/** Nederlandse teksten van de weigeringen van verzoeken (problem+json `code`, `code` per veld). */
export const requestRefusalsNl = {
  problems: {
    request_closed: 'Het verzoek is afgesloten; een afgesloten verzoek is definitief.',
    invalid_date: 'De datum is ongeldig.',
    before_last_change:
      'Het verzoek werd intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
    not_allowed_in_status: 'Deze actie is niet mogelijk in de huidige status van het verzoek.',
    already_extended:
      'De termijn werd al verlengd; de AVG staat één verlenging van twee maanden toe (art. 12, lid 3).',
    extension_too_late:
      'De eerste maand is voorbij: een verlenging moet binnen één maand na ontvangst beslist en meegedeeld worden (art. 12, lid 3 AVG).',
    reasons_required: 'Geef de redenen op: de AVG vereist ze.',
    reason_required: 'Zeg waarom de identiteit bevestigd moet worden.',
    identity_evidence_required: 'Zeg wat de betrokkene moet bezorgen om de identiteit te bevestigen.',
    identity_already_confirmed: 'De identiteit is al bevestigd; meer vragen zou niet evenredig zijn.',
    identity_not_requested:
      'De identiteit kan geen weigeringsgrond zijn als u nooit om een identiteitsbevestiging vroeg (art. 11, lid 2 en art. 12, lid 2 AVG).',
    method_required: 'Zeg hoe de identiteit werd bevestigd.',
    fee_already_warned: 'De betrokkene werd al op de hoogte gebracht van een vergoeding.',
    fee_not_warned: 'Voor dit verzoek werd geen vergoeding aangekondigd.',
    fee_ground_invalid:
      'Een vergoeding is alleen mogelijk voor een kennelijk ongegrond of buitensporig verzoek (art. 12, lid 5 AVG).',
    invalid_amount: 'Het bedrag moet groter zijn dan nul.',
    controller_required: 'Vermeld de verwerkingsverantwoordelijke naar wie u het verzoek doorstuurt.',
    ground_invalid: 'Onbekende weigeringsgrond.',
    ground_not_applicable:
      'Dwingende gerechtvaardigde gronden gelden alleen bij bezwaar tegen een verwerking op grond van een gerechtvaardigd belang (art. 21, lid 1 AVG).',
    legal_reference_required: 'Vermeld de wet die de organisatie verplicht (grond: wettelijke verplichting).',
    direct_marketing_objection_absolute:
      'Een bezwaar tegen direct marketing kan niet geweigerd worden: het is absoluut (art. 21, lid 3 AVG).',
    refused_part_required: 'Zeg welke rechten of welk deel van het verzoek u weigert.',
    nothing_granted: 'U weigert elk gevraagd recht: gebruik dan de actie "Weigeren".',
    unknown_type: 'Een geweigerd recht maakt geen deel uit van dit verzoek.',
    access_details_required: 'Zeg hoe de betrokkene de kopie van de gegevens krijgt (inzage).',
    erasure_details_required: 'Zeg wat gewist werd en wat bewaard blijft, en waarom (wissing).',
    retention_rule_required:
      'Gegevens die u wegens een wettelijke verplichting bewaart, hebben een bewaarregel of een toelichting nodig die de wet vermeldt.',
    transmission_recipient_required:
      'Vermeld aan welke verwerkingsverantwoordelijke de gegevens werden doorgegeven.',
    types_required: 'Kies minstens één recht.',
    unknown_channel: 'Onbekend kanaal.',
    reference_required: 'Het verzoek heeft een referentie nodig.',
    received_in_future: 'De datum van ontvangst kan niet in de toekomst liggen.',
    attachment_too_large: 'Het bestand is groter dan 5 MB.',
    assignee_not_handler:
      'Dit lid kan geen verzoeken behandelen; kies een eigenaar, privacyverantwoordelijke of medewerker.',
    not_processor_activity:
      'Deze verwerking is in het register geen verwerking die u als verwerker voor een klant uitvoert.',
    client_not_of_activity: 'Deze klant hoort niet bij de gekozen verwerking in het register.',
    unknown_client: 'De organisatie heeft geen klant met deze gegevens (pagina Verwerkers).',
    client_required: 'Deze verwerking gebeurt voor meerdere klanten: kies de klant.',
    unknown_register_keys:
      'Het antwoord vermeldt gegevens die niet (meer) in het register staan. Kies ze opnieuw uit de lijsten.',
    kept_incomplete:
      'Vermeld bij alle bewaarde gegevens de gegevenscategorieën en waarom ze bewaard blijven.',
  },
  fieldProblems: {
    unknown_data_category: '"{{value}}" is geen gegevenscategorie van het register.',
    unknown_retention_rule: '"{{value}}" is geen bewaarregel van het register.',
    unknown_activity: '"{{value}}" is geen verwerking van het register.',
    unknown_purpose: '"{{value}}" is geen doeleinde van het register.',
  },
}
