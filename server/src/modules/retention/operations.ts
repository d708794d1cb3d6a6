import { defineOperations } from '../../http/openapi-catalogue'

/** The retention operations in the OpenAPI document (decision 0031). */
export const retentionOperations = defineOperations({
  tag: {
    name: 'retention',
    description:
      'Retention enforced on the organisation’s own systems: the register’s retention rules in machine form ' +
      '(start event, end action, renewal), legal holds, the plan of what is due, the approval a privacy officer ' +
      'gives once per rule, the sweeps run and a calendar of what falls due. See docs/retention.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/retention/rules': {
      operationId: 'listRetentionPolicies',
      description:
        'Each retention rule of the register with its period, start event, end action, manual renewal, ' +
        'approval and the dataset collections linked to it (a collection’s `hold`).',
    },
    'PUT /api/v1/orgs/{slug}/retention/rules/{rule}': {
      operationId: 'updateRetentionPolicy',
      description:
        'Sets how the rule is enforced. Changing the start event or the end action withdraws the approval of ' +
        'its plan.',
      refusals: [409],
    },
    'POST /api/v1/orgs/{slug}/retention/rules/{rule}/approval': {
      operationId: 'approveRetentionPlan',
      description:
        'Approves the rule’s plan as it stands today (owner or privacy officer). Later sweeps of the rule run ' +
        'unattended; a run due more than its ceiling (10x the approved volume unless set) pauses and waits for ' +
        'a new approval.',
      refusals: [409],
    },
    'GET /api/v1/orgs/{slug}/retention/plan': {
      operationId: 'planRetention',
      description:
        'Per rule and collection: the rows due today, a few sample keys, the holds that apply, why nothing ' +
        'would be swept (blocked) and the approval.',
    },
    'GET /api/v1/orgs/{slug}/retention/calendar': {
      operationId: 'retentionCalendar',
      description: 'Rows that fall due in the next 30, 90 and 365 days, per rule and collection.',
    },
    'GET /api/v1/orgs/{slug}/retention/holds': {
      operationId: 'listLegalHolds',
      description: 'Every legal hold of the organisation, active and lifted.',
    },
    'POST /api/v1/orgs/{slug}/retention/holds': {
      operationId: 'placeLegalHold',
      description:
        'Places a hold on a subject, a request, a collection of a dataset or a whole system of the register. ' +
        'Held rows are kept by every sweep until the hold ends or is lifted.',
      refusals: [409],
    },
    'POST /api/v1/orgs/{slug}/retention/holds/{id}/lift': {
      operationId: 'liftLegalHold',
      description: 'Lifts the hold now; the next sweep may remove what it kept.',
    },
    'GET /api/v1/orgs/{slug}/retention/runs/{id}/certificate': {
      operationId: 'getRetentionRunCertificate',
      description:
        'The destruction certificate of a completed sweep as a PDF in nl, fr or en: the controller, the rule with ' +
        'its period and legal basis, the collection, the counts, the cutoff, who approved the plan, start and end, ' +
        'the audit record with the SHA-256 over the keyed hashes of the keys, and the method. A sweep that did not ' +
        'complete has none (409).',
      refusals: [409],
    },
    'GET /api/v1/orgs/{slug}/retention/certificates': {
      operationId: 'getRetentionPeriodCertificate',
      description:
        'The destruction certificate of a period as a PDF in nl, fr or en: every sweep that started or ended between ' +
        '`from` and `to` (Brussels days, both included, at most 3 years) with its rule, collection, rows deleted or ' +
        'masked (or that the count was not reported), keys and their SHA-256, start and end, who approved it, and ' +
        'the tasks still open said as such. The PDF’s SHA-256 is in the x-custos-sha256 header and in the audit ' +
        'event retention.period_certificate_issued. A period that ends before it starts is refused (422, to).',
      refusals: [422],
    },
    'POST /api/v1/orgs/{slug}/retention/runs': {
      operationId: 'runRetentionSweeps',
      description:
        'Queues the organisation’s sweeps to run now, exactly as the daily job does (decision 0101): each collection ' +
        'of an approved rule is swept (a run due more than its ceiling pauses, an unfinished run resumes), rules not ' +
        'approved are only counted, then rows an erasure kept under a rule whose period has ended are erased. ' +
        '`dryRun` counts only. Answers 202 with the request (`queued`) before anything is swept; a worker runs it ' +
        'and `GET .../retention/sweeps/{id}` follows it. While a request of the organisation is queued or running it ' +
        'is refused with 409 `retention_sweep_running` naming it (`params.sweepId`). While another sweep holds the ' +
        'organisation (the daily job, the command line) the request stays queued and the worker tries again every 5 ' +
        'minutes; one no worker took within 2 hours is recorded as failed (`retention_sweep_stopped`).',
      refusals: [409],
    },
    'GET /api/v1/orgs/{slug}/retention/sweeps': {
      operationId: 'listRetentionSweepRequests',
      description:
        'The organisation’s latest "run now" request (an empty list when there is none), as the Retention page shows ' +
        'it when it opens.',
    },
    'GET /api/v1/orgs/{slug}/retention/sweeps/{id}': {
      operationId: 'getRetentionSweepRequest',
      description:
        'A "run now" request: `queued`, `running`, `done` with what each rule and collection came to (the run it ' +
        'started or resumed, as it is now) or `failed` with a problem code. A running request whose worker has not ' +
        'reported for 10 minutes is recorded as failed (`retention_sweep_stopped`).',
    },
    'GET /api/v1/orgs/{slug}/retention/runs/{id}/items': {
      operationId: 'listRetentionTaskItems',
      description:
        'What a sweep task gives a person to do (decision 0110), masked: the people whose period ended (a rule ' +
        'counted from a subject event on a manual system or an HTTP collection without a date-filtered endpoint) or ' +
        'the keys of the records a legal hold keeps. Empty for a sweep that is not a task and for a rule counted ' +
        'from a date field (Custos does not know those records).',
    },
    'GET /api/v1/orgs/{slug}/retention/runs/{id}/items.csv': {
      operationId: 'downloadRetentionTaskItems',
      description:
        'The same list in clear, as CSV, for the people who run sweeps (retention:write). Each download is recorded ' +
        'in the audit log as retention.run_list_downloaded (who, which run, how many items - never the items).',
    },
    'GET /api/v1/orgs/{slug}/retention/runs': {
      operationId: 'listRetentionRuns',
      description:
        'The sweeps run: rule, collection, counts deleted and masked, status (paused at its ceiling, running ' +
        'after a crash until resumed), who approved the rule.',
    },
  },
})
