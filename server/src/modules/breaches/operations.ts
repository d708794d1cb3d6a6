import { defineOperations } from '../../http/openapi-catalogue'

const P = '/api/v1/orgs/{slug}/breaches'

/** The breach operations in the OpenAPI document (issue 19, decision 0035). */
export const breachOperations = defineOperations({
  tag: {
    name: 'breaches',
    description:
      'Personal data breaches (Art. 33-34 GDPR): the register of breaches, the 72-hour clock to the GBA and the ' +
      '21-day clock for part 2, the risk assessment (ENISA method) and decisions, drafts of the GBA notification ' +
      'in nl/fr/de, and letters to the people concerned through the outbox. Reading needs breaches:read, the ' +
      'rest breaches:write.',
  },
  operations: {
    [`GET ${P}`]: {
      operationId: 'listBreaches',
      description:
        'Every breach, notified or not (Art. 33(5)), newest first, with its clocks and their state.',
    },
    [`POST ${P}`]: {
      operationId: 'recordBreach',
      description:
        'Records a breach. `awareAt` starts the 72-hour clock (hours, not working days). Data categories, subject ' +
        'categories, processors and transfers are taken from the register’s activities and systems concerned ' +
        'unless given. Unknown register keys are refused (422 `unknown_register_keys`).',
      refusals: [422],
      requestExample: {
        title: 'Laptop stolen from a car',
        discoveredAt: '2026-12-04T22:00:00+01:00',
        awareAt: '2026-12-04T23:30:00+01:00',
        description: 'A laptop with the client files was stolen from an employee’s car.',
        nature: ['confidentiality'],
        origin: 'lost_or_stolen_device',
        cause: 'external_malicious',
        systems: [],
        activities: [],
        peopleApprox: 120,
        encrypted: false,
      },
    },
    [`GET ${P}/export`]: {
      operationId: 'exportBreaches',
      description:
        'The register of breaches (Art. 33(5)) in nl, fr or en: an XLSX workbook (one row per breach) or, with ' +
        '`format=pdf`, a PDF with one section per breach. The file name carries the Brussels date.',
    },
    [`GET ${P}/affected-sources`]: {
      operationId: 'listBreachAffectedSources',
      description:
        'The datasets a breach’s people and records can be counted in (PostgreSQL and MariaDB/MySQL connections), ' +
        'each collection with the field counted as people (an identity, or a reference to one; null: not countable) ' +
        'and its fields (the window’s date fields come from `affected-sources/date-fields`).',
    },
    [`GET ${P}/affected-sources/date-fields`]: {
      operationId: 'listBreachAffectedDateFields',
      description:
        'The fields of one countable collection that a count’s window can use: those whose columns the ' +
        'connected system’s catalogue declares as dates or timestamps, in the dataset’s order (read-only, ' +
        'one catalogue read). Empty: the table has no such column and is counted whole. An unknown dataset or ' +
        'collection, or one that cannot be counted, is refused on `query.dataset` or `query.collection` (422); a ' +
        'system that cannot be reached answers 409 `affected_set_unreachable`, one that refuses the read on a ' +
        'working connection (a table or column gone, a privilege missing) 409 `affected_set_read_refused`.',
      refusals: [409, 422],
    },
    [`GET ${P}/client-choices`]: {
      operationId: 'listBreachClientChoices',
      description:
        'The clients of the Processors page (controllers for whom the organisation is processor) a processor’s ' +
        'breach can name in `controllers[].clientId`, with the activities done for them and the systems those keep ' +
        'data in (the form suggests a client whose activity or system the breach concerns) and the address its ' +
        'notice goes to.',
    },
    [`POST ${P}/{id}/affected-count`]: {
      operationId: 'countBreachAffectedSet',
      description:
        'Asks for a count of the people (distinct values of the person field) and records (rows) of a collection of ' +
        'a connected system, optionally only the rows whose date field lies in a window. The query is checked at ' +
        'once, then the count is queued (202 with its id) and a worker reads the system read-only through the ' +
        'dataset’s connection; follow it with `GET .../affected-counts/{countId}`. When done, the count is kept ' +
        'with the breach with what was queried, when and by whom, and becomes the approximate numbers; entering ' +
        'other numbers afterwards is still possible (`numberSources` tells which is which). Letters can then go to ' +
        'the people of the count that the subject index knows (selection `affectedSet`). An API or manual system, ' +
        'or a collection without a person field or primary key, is refused (422 `affected_set_not_countable`); a ' +
        'closed breach (409 `breach_closed`) and a second count while one is queued or running (409 ' +
        '`affected_count_in_progress`, its id in `params.countId`) too.',
      refusals: [409, 422],
    },
    [`GET ${P}/{id}/affected-counts/{countId}`]: {
      operationId: 'getBreachAffectedCount',
      description:
        'The state of one count: `queued`, `running` (with `rowsRead` so far), `done` (with `result`, the count ' +
        'as kept with the breach) or `failed` (with `error.code`: `affected_set_unreachable` when the system ' +
        'could not be reached, `affected_set_read_refused` when it refused the read on a working connection, ' +
        '`affected_set_not_countable` or `invalid_input` when the dataset changed since, ' +
        '`breach_closed`, `affected_count_stopped` when its worker ended without a result). Another ' +
        'organisation’s or breach’s count is not found (404).',
    },
    [`GET ${P}/{id}`]: {
      operationId: 'getBreach',
      description: 'One breach with its facts, assessment, clocks and timeline.',
    },
    [`PATCH ${P}/{id}`]: {
      operationId: 'updateBreach',
      description:
        'Changes facts of an open breach; an omitted field keeps its value. Changing awareAt moves the clocks.',
      refusals: [409, 422],
      requestExample: { peopleApprox: 130, measuresTaken: 'The laptop was wiped remotely.' },
    },
    [`GET ${P}/{id}/evidence`]: {
      operationId: 'listBreachEvidence',
      description:
        'The evidence files of a breach: name, type, size, what the file shows, who added it and when (not the content).',
    },
    [`POST ${P}/{id}/evidence`]: {
      operationId: 'addBreachEvidence',
      description:
        'Adds an evidence file: multipart/form-data with an optional text part `description` (at most 500 ' +
        'characters) before one part `file` (at most 20 MB; PDF, JPEG, PNG, ZIP, DOCX, XLSX, ODT, ODS, CSV, TXT, ' +
        'JSON or XML, checked by content and extension together, as for a request’s answer files; at most 50 files ' +
        'per breach). Stored encrypted; audited. Refused once the breach is closed (409 breach_closed).',
      refusals: [409, 422],
    },
    [`GET ${P}/{id}/evidence/{evidenceId}`]: {
      operationId: 'downloadBreachEvidence',
      description:
        'The file’s bytes (decrypted) as application/octet-stream; its own type is in X-Original-Content-Type. ' +
        'Needs the breach:evidence permission (breaches:write); each download is in the audit log.',
    },
    [`POST ${P}/{id}/timeline`]: {
      operationId: 'addBreachTimelineEntry',
      description: 'Adds an event or a decision to the timeline; a decision records who decided.',
      refusals: [409],
      requestExample: {
        at: '2026-12-05T09:00:00+01:00',
        kind: 'decision',
        text: 'Passwords reset for all users.',
      },
    },
    [`POST ${P}/{id}/assessment`]: {
      operationId: 'assessBreach',
      description:
        'Records the risk (unlikely, risk, high) with its reasoning, an Art. 34(3) exception if one applies, and ' +
        'optionally the ENISA inputs (the score is computed). The obligations follow: notify the GBA unless ' +
        'unlikely; inform the people on a high risk unless an exception applies.',
      refusals: [409, 422],
      requestExample: {
        risk: 'high',
        reasoning: 'Unencrypted client files with national numbers: identity fraud is likely.',
        enisa: {
          dataKind: 'financial',
          dpcAdjustment: 0,
          identification: 'maximum',
          confidentiality: 'unknown_recipients',
          integrity: 'none',
          availability: 'none',
          malicious: true,
        },
      },
    },
    [`POST ${P}/{id}/delay-reason`]: {
      operationId: 'recordBreachDelayReason',
      description: 'Records the reasons for a delay; asked for as soon as a clock is overdue (Art. 33(1)).',
      refusals: [409],
      requestExample: { reason: 'The extent only became clear after the forensic report.' },
    },
    [`POST ${P}/{id}/notification/part1`]: {
      operationId: 'fileBreachPartOne',
      description:
        'Part 1 was filed with the GBA: when (default now) and the case number. After the 72 hours the reasons ' +
        'for the delay are required (422 `delay_reason_required`). Once filed, a second call records the case ' +
        'number only.',
      refusals: [409, 422],
      requestExample: {
        caseNumber: 'DOS-2026-01234',
        delayReason: 'The extent of the breach only became clear after the forensic report.',
      },
    },
    [`POST ${P}/{id}/notification/part2`]: {
      operationId: 'fileBreachPartTwo',
      description: 'Part 2 was filed with the GBA.',
      refusals: [409],
      requestExample: {},
    },
    [`POST ${P}/{id}/controllers-notified`]: {
      operationId: 'recordBreachControllersNotified',
      description:
        'For a processor’s breach: the controllers concerned were informed (Art. 33(2)); after the agreed hours ' +
        'the reasons for the delay are required.',
      refusals: [409, 422],
    },
    [`POST ${P}/{id}/controller-notices`]: {
      operationId: 'sendBreachControllerNotices',
      description:
        'For a processor’s breach: e-mails each client (controller) in the record its notice (Art. 33(2)) - ' +
        'when the processor became aware, what happened, the data and people concerned, likely consequences, ' +
        'measures and a contact point - in the client’s language through the outbox. The first sending records ' +
        'the controllers as informed (after the agreed hours only with the reasons for the delay, 422 ' +
        '`delay_reason_required`); sending again writes only to clients not written to before.',
      refusals: [409, 422],
    },
    [`POST ${P}/{id}/close`]: {
      operationId: 'closeBreach',
      description: 'Closes the file with a reason; it stays in the register of breaches.',
      refusals: [409],
      requestExample: { reason: 'All measures implemented; no further follow-up.' },
    },
    [`GET ${P}/{id}/notification-draft`]: {
      operationId: 'getBreachNotificationDraft',
      description:
        'The GBA notification (part 1 or 2) in nl, fr or de: every field of the form with what was entered, ' +
        '"not entered" where nothing was, and the whole as text to paste.',
    },
    [`GET ${P}/{id}/notification-draft/pdf`]: {
      operationId: 'getBreachNotificationDraftPdf',
      description: 'The same draft as a PDF.',
    },
    [`GET ${P}/{id}/letters`]: {
      operationId: 'getBreachLetterStatus',
      description: 'The letters to the people concerned: total, per language and per delivery status.',
    },
    [`GET ${P}/{id}/letters/preview`]: {
      operationId: 'previewBreachLetter',
      description:
        'The letter as it would be sent in nl, fr or en, and the Art. 34(2) elements still missing.',
    },
    [`POST ${P}/{id}/letters`]: {
      operationId: 'sendBreachLetters',
      description:
        'Queues one letter per person of the selection (subject ids, a relationship, everyone in the subject ' +
        'index, or the people of the breach’s connector count known to the index) who has an e-mail address and was not informed yet, in their language, throttled to `perMinute`.',
      refusals: [409, 422],
    },
  },
})
