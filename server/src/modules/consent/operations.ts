import { defineOperations } from '../../http/openapi-catalogue'

/** The consent operations in the OpenAPI document (decision 0032). */
export const consentOperations = defineOperations({
  tag: {
    name: 'consent',
    description:
      'Consent records as proof, for the organisation’s own apps (an API token with the consent scopes): record ' +
      'a choice per person and consent purpose of the register, read the current status, store the texts shown. ' +
      'Records are hash-chained per organisation; a withdrawal is sent to the consent.withdrawn webhooks. See ' +
      'docs/consent.md.',
  },
  operations: {
    'POST /api/v1/orgs/{slug}/consent/events': {
      operationId: 'recordConsent',
      description:
        'Records one choice of one person (an identity of the subject index, or an anonymous consent id) for one ' +
        'consent purpose of the register: given, refused or withdrawn, with the text shown (`textHash` of a stored ' +
        'text, or `text` itself, stored once), language, channel, method, time, source, IP address (kept with its ' +
        'last octet zeroed) and user agent. The answer comes once the record is durable; it carries the record’s ' +
        'place in the consent chain and its hash. A withdrawal is also written to the audit log and sent to the ' +
        'webhooks subscribed to `consent.withdrawn`. The purpose must be a purpose an activity of the register ' +
        'names with legal basis consent (422 `unknown_purpose` otherwise). For a child under 13 (`age.group` ' +
        '`under_13`) give either the parental consent already verified (`age.parentalConsent`) or the parent’s ' +
        'address (`age.askParent`): Custos then records `pending_parental` - not a consent, the status and the ' +
        'check API do not count it - and mails the parent a single-use link valid 7 days to a page that shows the ' +
        'exact text; the parent’s confirmation records the consent given (channel email, method ' +
        'parental_confirmation) and sends the `consent.parental_confirmed` webhooks; a refusal or no answer ' +
        'records it refused. The answer is the same whether or not the mail went out (at most 5 a day per ' +
        'address).',
      refusals: [422],
      requestExample: {
        identity: { kind: 'email', value: 'an.peeters@example.be' },
        purpose: 'direct_marketing',
        state: 'given',
        text: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
        source: 'webshop',
        ip: '203.0.113.57',
        expiresAt: '2029-12-06T00:00:00Z',
        externalRef: 'mailchimp:8f14e45f',
      },
    },
    'POST /api/v1/orgs/{slug}/consent/propagations/{id}/retry': {
      operationId: 'retryConsentPropagation',
      description:
        'Makes a withdrawal call to one system again, now (the "Retry now" button of the Consent page): a call ' +
        'that failed starts a new round of up to 5 calls, retried with backoff by the queue; a call waiting for its ' +
        'next automatic retry is made at once. Answers the call as it is afterwards (`done`, or `pending`/`failed` ' +
        'with the error). Refused with 409 `not_failed` when the system was told already (params.status done), ' +
        'when no identity of the kind it needs is known for the person (no_identity: nothing to send), or when ' +
        'the person was erased from the subject index with the address the call needed (person_erased). A 429/503 ' +
        'with Retry-After queues the next attempt for that moment (at most 30 minutes ahead). Needs consent:write.',
    },
    'POST /api/v1/orgs/{slug}/consent/status': {
      operationId: 'getConsentStatus',
      description:
        'The current consent of one person per purpose they ever chose for: given, refused, withdrawn or ' +
        'expired (a given consent past its `expiresAt`), with `renewalDue` when it ends within 30 days. A POST so ' +
        'that the identity stays out of URLs and logs; it changes nothing.',
      requestExample: { identity: { kind: 'email', value: 'an.peeters@example.be' } },
    },
    'POST /api/v1/orgs/{slug}/consent/texts': {
      operationId: 'storeConsentText',
      description:
        'Stores a consent text once and answers its hash, the SHA-256 of its UTF-8 bytes in lower-case hex (the ' +
        'same text again changes nothing). Events then refer to it by `textHash`.',
      requestExample: {
        body: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
        language: 'nl',
      },
    },
    'GET /api/v1/orgs/{slug}/consent/texts/{hash}': {
      operationId: 'getConsentText',
      description: 'A stored consent text, by its hash.',
    },
    'GET /api/v1/orgs/{slug}/consent/purposes': {
      operationId: 'listConsentPurposes',
      description:
        'The purposes of the register that rest on consent (an activity names them with legal basis consent, ' +
        'or processes special categories on explicit consent), with their labels and how to withdraw.',
    },
    'GET /api/v1/orgs/{slug}/consent/subjects/{subjectId}': {
      operationId: 'getSubjectConsentProof',
      description:
        'The consent proof of a subject of the index, found through all their identities: the status per ' +
        'purpose, every recorded choice (newest first, at most 1000) with its chain hash and whether it still ' +
        'matches, and the texts that were shown.',
    },
    'GET /api/v1/orgs/{slug}/consent': {
      operationId: 'getConsentOverview',
      description:
        'Consent at a glance, for the consent page: per consent purpose of the register the number of persons ' +
        'whose consent is now given, refused, withdrawn or expired (a given consent past its `expiresAt`), and ' +
        'how many end within 30 days; purposes with records that the register no longer names on consent are ' +
        'listed with `inRegister: false`. Also the number of records in the chain and the latest records (each ' +
        'with whether its hash still matches). Verifying the whole chain is GET .../consent/chain.',
    },
    'POST /api/v1/orgs/{slug}/consent/proof': {
      operationId: 'getPersonConsentProof',
      description:
        'The consent proof of one person, by an identity or an anonymous consent id: the status per purpose, ' +
        'every recorded choice (newest first, at most 1000) with its evidence, chain hash and whether it still ' +
        'matches, and the texts that were shown. When the identity belongs to a subject of the index, the proof ' +
        'covers every identity of that subject and `subjectId` names it. A POST so that the identity stays out of ' +
        'URLs and logs; it changes nothing.',
      requestExample: { identity: { kind: 'email', value: 'an.peeters@example.be' } },
    },
    'POST /api/v1/orgs/{slug}/consent/unsubscribe-links': {
      operationId: 'createConsentUnsubscribeLink',
      description:
        'The one-click unsubscribe link of one person for one consent purpose, for a mailing: put `headers` into ' +
        'the mail (`List-Unsubscribe` and `List-Unsubscribe-Post`, RFC 8058). A mail client POSTs ' +
        '`List-Unsubscribe=One-Click` to the URL and the consent is withdrawn (channel email, method one_click), ' +
        'which sends the consent.withdrawn webhooks; opening the URL in a browser shows a page with one button and ' +
        'changes nothing by itself. The link does not expire and names the person only by a signed key. It changes ' +
        'nothing when created.',
      requestExample: {
        identity: { kind: 'email', value: 'an.peeters@example.be' },
        purpose: 'direct_marketing',
      },
    },
    'GET /api/v1/orgs/{slug}/consent/chain': {
      operationId: 'verifyConsentChain',
      description:
        'Walks the organisation’s consent chain in order and reports every edited, removed or re-linked record.',
    },
  },
})
