import { defineOperations } from '../../http/openapi-catalogue'

/** The cookie operations in the OpenAPI document (decisions 0026, 0034). */
export const cookieOperations = defineOperations({
  tag: {
    name: 'cookies',
    description:
      'The cookie inventory behind the banner (/c/{slug}.js) and the cookie declaration (/p/{slug}/cookies), the ' +
      'banner and scanner settings, and the scans of the site. Reading needs cookies:read, changing cookies:write. ' +
      'See docs/cookies.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/cookies': {
      operationId: 'getCookieSetup',
      description:
        'The latest version of the cookie inventory (services by category with their hosts and cookies), the ' +
        'URLs the scanner visits, the link depth, after how many days the banner asks again, and whether the ' +
        'caller may change them.',
    },
    'PUT /api/v1/orgs/{slug}/cookies/inventory': {
      operationId: 'saveCookieInventory',
      description:
        'Saves the reviewed inventory as the next version. The banner asks every visitor again for a new version.',
      requestExample: {
        services: [
          {
            id: 'google-analytics',
            name: 'Google Analytics',
            provider: 'Google Ireland Ltd',
            category: 'analytics',
            purpose: 'Visitor statistics',
            hosts: ['google-analytics.com', 'googletagmanager.com'],
            cookies: [
              { name: '_ga*', purpose: 'Distinguishes visitors', duration: '2 years', thirdCountry: 'US' },
            ],
          },
        ],
        note: 'Google Analytics added',
      },
    },
    'PUT /api/v1/orgs/{slug}/cookies/services/{serviceId}': {
      operationId: 'updateCookieService',
      description:
        'Changes one service of the latest inventory - name, provider, category, purpose, hosts, cookies; its id ' +
        'stays - and saves the inventory as the next version: the banner asks every visitor again and the ' +
        'declaration shows the change. A body equal to the service as it is stores no version. 404 when the ' +
        'latest inventory has no service with this id.',
      requestExample: {
        name: 'Google Analytics',
        provider: 'Google Ireland Ltd',
        category: 'analytics',
        purpose: 'Counts visits',
        hosts: ['google-analytics.com'],
        cookies: [
          {
            name: '_ga',
            provider: 'Google',
            purpose: 'Distinguishes visitors',
            duration: '2 years',
            thirdCountry: 'US',
          },
        ],
        note: 'Purpose reworded',
      },
      refusals: [],
    },
    'DELETE /api/v1/orgs/{slug}/cookies/services/{serviceId}': {
      operationId: 'deleteCookieService',
      description:
        'Removes one service, with its cookies and hosts, from the inventory and saves the next version: the banner ' +
        'asks every visitor again and the declaration no longer lists it. 404 when the latest inventory has no ' +
        'service with this id.',
      refusals: [],
    },
    'PUT /api/v1/orgs/{slug}/cookies/settings': {
      operationId: 'updateCookieSettings',
      description:
        'Sets the pages the scanner visits (and how deep it follows links) and the re-consent period.',
      requestExample: { scanUrls: ['https://www.example.be/'], scanDepth: 1, reconsentDays: 182 },
    },
    'GET /api/v1/orgs/{slug}/cookies/scans': {
      operationId: 'listCookieScans',
      description:
        'The latest ten scans, newest first: what was seen before consent, after Accept all and after Reject ' +
        'all, the findings (trackers or cookies before consent or after a refusal, cookies missing from the ' +
        'inventory, third-party hosts that are no vendor of the register) and what changed since the scan before.',
    },
    'POST /api/v1/orgs/{slug}/cookies/scans': {
      operationId: 'startCookieScan',
      description:
        'Starts a scan of the pages set in the settings now: the scan is answered as `queued` and a worker visits ' +
        'the site in headless Chromium before consent, after Accept all and after Reject all (a minute or more); ' +
        'GET .../cookies/scans then shows it `running`, and `completed` with its findings and the difference from ' +
        'the scan before, or `failed` with the error. 409 `no_scan_urls` while no page to scan is set, ' +
        '`scan_in_progress` while another scan is queued or running.',
      refusals: [409],
    },
    'GET /api/v1/orgs/{slug}/cookies/proposals': {
      operationId: 'listCookieProposals',
      description:
        'What the completed scans saw that no inventory service lists - cookies and storage keys by name, ' +
        'third-party hosts - each with a suggestion from the built-in catalogue of known cookies and trackers ' +
        '(service, provider, category, purpose, duration, country outside the EEA). A proposal is made when a scan ' +
        'completes; one the inventory lists by now is left out. Dismissed proposals are listed apart: the same name ' +
        'or host is not proposed again.',
    },
    'POST /api/v1/orgs/{slug}/cookies/proposals/{id}/accept': {
      operationId: 'acceptCookieProposal',
      description:
        'Adds the cookie to the service the suggestion names (or the host to its hosts), founding that service ' +
        'when the inventory has none with its id, and saves the inventory as a new version: the banner asks every ' +
        'visitor again. category, purpose, duration, provider and thirdCountry override the suggestion. 422 naming ' +
        'the field, nothing stored: `body.category` when the catalogue does not know it (a service that exists ' +
        'keeps its own category); `body.provider` and `body.thirdCountry` (an ISO code outside the EU/EEA, or ' +
        "'none') when `suggestion.needsOrigin` - a third party the catalogue does not know, such as a cookie set " +
        "on another domain than the site's; `body.purpose` and `body.duration` for a cookie without them; " +
        '`body.name` for a name over 200 characters (send a pattern with * that matches it, keeping at least 3 ' +
        'literal characters before the * and covering no other inventory cookie); `suggestion.hosts` when the ' +
        'host a new service is given cannot be stored; `suggestion.serviceId` when the service holds 100 cookies ' +
        'or 50 hosts already (params.kind cookies/hosts/services). 409 `proposal_decided` ' +
        'when it was accepted or dismissed already, `already_in_inventory` when the inventory lists it by now.',
      requestExample: {
        category: 'advertising',
        purpose: 'Recognises the visitor across sites',
        duration: '1 year',
        provider: 'Tracker Inc',
        thirdCountry: 'US',
      },
      refusals: [409, 422],
    },
    'POST /api/v1/orgs/{slug}/cookies/proposals/{id}/dismiss': {
      operationId: 'dismissCookieProposal',
      description:
        'Dismisses the proposal; later scans do not propose the same cookie name or host again. 409 ' +
        '`proposal_decided` when it was accepted or dismissed already.',
      refusals: [409],
    },
    'GET /api/v1/orgs/{slug}/cookies/consents/{consentId}': {
      operationId: 'getCookieConsentProof',
      description:
        "The proof for one visitor: the consent id is kept in the visitor's first-party cookie `custos_consent` " +
        '(the part before the first dot). Answers when the banner was shown (served, with the inventory version) ' +
        'and every choice with its method (accept, reject, save, gpc) and the categories granted.',
    },
  },
})
