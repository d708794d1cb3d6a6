import { defineOperations } from '../../http/openapi-catalogue'

/** The privacy notice operations in the OpenAPI document (decision 0026). */
export const noticeOperations = defineOperations({
  tag: {
    name: 'privacy notice',
    description:
      'The privacy notice composed from the register and the organisation profile, published as immutable ' +
      'versions in nl, fr and en on the public page /p/{slug}/privacy.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/notice/preview': {
      operationId: 'previewNotice',
      description:
        'The notice as it would read if published now, in one language, with the completeness check of Art. 13, ' +
        '14 and 21(4): what is missing and where to fix it.',
    },
    'POST /api/v1/orgs/{slug}/notice/versions': {
      operationId: 'publishNotice',
      description:
        'Publishes the current notice as a new immutable version in every language of the organisation. Refused ' +
        '(422 `notice_incomplete`) while a required element is missing. A material change queues a mail to every ' +
        'confirmed subscriber (`subscribersNotified`).',
      requestExample: {
        effectiveDate: '2027-01-01',
        material: true,
        changeSummary: 'We now use a new payroll provider.',
      },
    },
    'GET /api/v1/orgs/{slug}/notice/versions': {
      operationId: 'listNoticeVersions',
      description: 'The published versions, newest first, with their effective date and change summary.',
    },
    'GET /api/v1/orgs/{slug}/notice/versions/{version}': {
      operationId: 'getNoticeVersion',
      description: 'One published version in one language, as HTML and Markdown.',
    },
    'GET /api/v1/orgs/{slug}/notice/settings': {
      operationId: 'getNoticeSettings',
      description:
        "The register's notice section: what the notice states beyond the processing (request channels, breach " +
        'promise, sharing, links to other sites, cookies, minors). A field left out is not stated in the notice. ' +
        '`findings` holds what the register check finds about them (its rules on `notice.*`), worded in `lang`.',
    },
    'PUT /api/v1/orgs/{slug}/notice/settings': {
      operationId: 'updateNoticeSettings',
      description:
        'Replaces the notice settings as a whole. Invalid fields are refused as problem+json naming each field ' +
        '(`body.requestChannels.0.contact`) with its code.',
      requestExample: {
        sellsData: false,
        requestChannels: [{ channel: 'phone', contact: '+32 2 123 45 67' }],
        breachCommunication: { withinHours: 72 },
        sharesOnlyWithPermission: true,
      },
    },
    'GET /api/v1/orgs/{slug}/notice/diff': {
      operationId: 'diffNoticeVersions',
      description: 'A line diff of the Markdown text of two published versions in one language.',
    },
  },
})
