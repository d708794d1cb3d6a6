import { defineOperations } from '../../http/openapi-catalogue'

/** The compliance overview in the OpenAPI document (issue 21 item 4). */
export const complianceOperations = defineOperations({
  tag: {
    name: 'compliance',
    description:
      'Compliance overview: per organisation the indicators that matter (action plan, register findings, privacy ' +
      'notice, overdue requests, agreements missing, DPIAs due, ...), each read from the module that owns it; ' +
      'an indicator no module measures yet says so (measured: false). See docs/compliance-overview.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/compliance': {
      operationId: 'getComplianceOverview',
      description: 'The indicators of one organisation and its urgency score.',
    },
    'GET /api/v1/orgs/{slug}/compliance/report.pdf': {
      operationId: 'getComplianceReportPdf',
      description:
        'The monthly compliance report as a PDF in nl, fr or en (default the organisation’s language): summary, ' +
        'indicators with their trend, requests answered in the month and on time, running breach time limits, ' +
        'DPIAs due and pending actions. The indicators describe the day the report is drawn up.',
    },
    'GET /api/v1/me/compliance': {
      operationId: 'listMyComplianceOverviews',
      description:
        'For a user who belongs to several organisations (a DPO consultant): the indicators of each, most ' +
        'urgent first. Only organisations the user is a member of; those where the role does not read the ' +
        'register are listed without indicators.',
    },
  },
})
