import { defineOperations } from '../../http/openapi-catalogue'

/** The suppression and DNCM operations in the OpenAPI document (decisions 0026, 0033). */
export const suppressionOperations = defineOperations({
  tag: {
    name: 'suppression',
    description:
      'Marketing suppression (objections to direct marketing, unsubscribes, erased people who must never be ' +
      'contacted again), kept as keyed hashes so they survive erasure; the Belgian do-not-call list (DNCM, ' +
      'Bel-me-niet-meer / Ne-m’appelez-plus) and the Robinson Mail list for addressed post, with their ' +
      'consultations; opt-ins that override them; a check for one ' +
      'person and for a campaign file. Reading and checking need suppression:read, changes and ' +
      'imports suppression:write. See docs/suppression.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/suppression': {
      operationId: 'getSuppressionOverview',
      description:
        'The DNCM list in use (its date, whether it is still usable - at most 5 days old - and until when), the ' +
        'last consultations, the Robinson Mail list in use with its last consultations, the number of entries ' +
        'per reason and of opt-ins (phone and post), and what the caller may do.',
    },
    'GET /api/v1/orgs/{slug}/suppression/entries': {
      operationId: 'listSuppressionEntries',
      description: 'The newest 500 entries with masked identifiers; the identifiers themselves are not kept.',
    },
    'POST /api/v1/orgs/{slug}/suppression/entries': {
      operationId: 'addSuppressionEntry',
      description:
        'Suppresses an identifier, normalised first (e-mail lower-cased, phone to E.164, postal address without ' +
        'case, accents or punctuation) and kept only as an HMAC under the organisation’s key. An objection or ' +
        'an erased person concerns every channel; an unsubscribe the channel given (default email). The same ' +
        'entry twice is answered with the existing one.',
      requestExample: { kind: 'email', value: 'jan.peeters@example.be', reason: 'objection' },
    },
    'DELETE /api/v1/orgs/{slug}/suppression/entries/{id}': {
      operationId: 'removeSuppressionEntry',
      description: 'Removes an entry (recorded in the audit log).',
    },
    'GET /api/v1/orgs/{slug}/suppression/opt-ins': {
      operationId: 'listOptIns',
      description:
        'Opt-ins, newest 500, masked: numbers whose holders asked this organisation to call them (channel phone) ' +
        'and people who asked for its post (channel post).',
    },
    'POST /api/v1/orgs/{slug}/suppression/opt-ins': {
      operationId: 'addOptIn',
      description:
        'Records that the holder of a number asked to be called by this organisation: a number on the DNCM ' +
        'list may then be called (check reason opt_in_override). With channel post, name and address: the person ' +
        'asked for this organisation’s post, which may then be sent although they are on the Robinson Mail list ' +
        '(opt_in_override by post). The same number (or name and address) again updates date and evidence.',
      requestExample: { phone: '0470 12 34 56', givenOn: '2026-11-30', evidence: 'web form 2026-11-30' },
    },
    'DELETE /api/v1/orgs/{slug}/suppression/opt-ins/{id}': {
      operationId: 'removeOptIn',
      description: 'Removes an opt-in.',
    },
    'POST /api/v1/orgs/{slug}/suppression/check': {
      operationId: 'checkMarketingContact',
      description:
        'May we contact this person for marketing on this channel? `allowed` with the reason: objection, ' +
        'erased_do_not_contact, unsubscribed, dncm_not_consulted (phone: no DNCM list of the last 5 days), ' +
        'dncm_listed, opt_in_override, robinson_listed (post: name and address on the Robinson Mail list in use), ' +
        'robinson_name_missing (post with a Robinson list in use but no readable name), consent, no_consent, ' +
        'no_reason_found, invalid_identifier (the channel’s ' +
        'identifier is missing or unreadable). Every identifier given is looked up, so an objection recorded for ' +
        'the e-mail address also stops a call. Name a consent `purpose` to have the person’s recorded consent ' +
        'checked: a valid consent is the reason `consent`; e-mail marketing without it answers `no_consent` ' +
        '(it needs prior consent). Without a purpose, no_reason_found for e-mail does not replace that consent.',
      requestExample: { channel: 'phone', phone: '0470 12 34 56', email: 'jan.peeters@example.be' },
    },
    'POST /api/v1/orgs/{slug}/suppression/check-file': {
      operationId: 'checkCampaignFile',
      description:
        'Checks a campaign file (text/csv with a header; separator and charset detected) for one channel. ' +
        'Columns read: email, phone (telefoon, téléphone, gsm), address (adres, adresse) with house_number, ' +
        'postal_code and city, and for post the name (name, naam, nom, or first_name/voornaam/prénom with ' +
        'last_name/achternaam/nom), matched with the address against the Robinson Mail list. The answer is CSV: every line as sent, then verdict (allowed, not_allowed), reason, ' +
        'dncm_registered_on and line. With `purpose` (a consent purpose of the register) each line’s recorded ' +
        'consent for it, read under the line’s e-mail address (phone number for the phone channel), is part of ' +
        'the verdict as in the single check: reason consent when given; by e-mail, a line without a valid consent ' +
        'is not_allowed with reason no_consent. An unknown purpose is 422 unknown_purpose naming ' +
        'querystring.purpose.',
      refusals: [422],
    },
    'POST /api/v1/orgs/{slug}/dncm/imports': {
      operationId: 'importDncmList',
      description:
        'Imports the organisation’s copy of the DNCM list from the text file DNCM provides (a phone number and ' +
        'its registration date per line; separator ; , tab | or space; dates YYYY-MM-DD, YYYYMMDD or ' +
        'DD/MM/YYYY), read as it arrives. Numbers are normalised to E.164 and kept as keyed hashes with their ' +
        'registration date; the list in use is replaced in one transaction. The list’s date is fileDate, else ' +
        'a date in fileName, else the newest registration in the file; a list more than 5 days old is refused ' +
        '(422 dncm_file_stale naming querystring.fileDate) and nothing changes. Every consultation, refused ' +
        'ones too, is kept with the file’s SHA-256.',
    },
    'POST /api/v1/orgs/{slug}/robinson/imports': {
      operationId: 'importRobinsonList',
      description:
        'Imports the organisation’s copy of the Robinson Mail list (robinson.be: people who want no addressed ' +
        'advertising by post) from a CSV file with a header (separator and charset detected): name, or first and ' +
        'last name (naam/voornaam, nom/prénom); street (adres, adresse, straat, rue) with an optional house number, ' +
        'postal code and city. Each person’s name (accents, case, punctuation and word order ignored) and address ' +
        '(as for suppression entries) are kept only as an HMAC under the organisation’s key; the list in use is ' +
        'replaced in one transaction. A header without a name and a street column is 422 robinson_header_invalid; ' +
        'a file with more unreadable lines than people is 422 robinson_file_invalid; nothing changes then. The ' +
        'facts give no freshness rule for this list, so an old file is not refused; its date (fileDate, or a ' +
        'date in fileName) is kept. Every consultation, refused ones too, is kept with the file’s SHA-256.',
    },
    'GET /api/v1/orgs/{slug}/robinson/imports': {
      operationId: 'listRobinsonConsultations',
      description:
        'The consultations of the Robinson Mail list, newest 200: file, date, SHA-256, counts, who, when, refusal.',
    },
    'GET /api/v1/orgs/{slug}/dncm/imports': {
      operationId: 'listDncmConsultations',
      description:
        'The consultations of the DNCM list, newest 200: file, date, SHA-256, counts, who, when, refusal.',
    },
  },
})
