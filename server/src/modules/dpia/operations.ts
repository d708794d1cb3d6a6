import { defineOperations } from '../../http/openapi-catalogue'

/** The DPIA operations in the OpenAPI document (decision 0037). */
export const dpiaOperations = defineOperations({
  tag: {
    name: 'dpia',
    description:
      'Data protection impact assessments (Art. 35 GDPR): the screening of each activity against the nine WP248 ' +
      'criteria and the GBA’s list, suggested from the register and confirmed by a person; stale when the activity ' +
      'changed since. See docs/dpia.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/dpia/screenings': {
      operationId: 'listDpiaScreenings',
      description:
        'Every activity with the criteria the register suggests (and why), the screening a person confirmed, its ' +
        'result (required, recommended, not required) and whether it is stale.',
    },
    'GET /api/v1/orgs/{slug}/dpia/screenings/{activityKey}': {
      operationId: 'getDpiaScreening',
      description: 'The screening of one activity: suggestion, confirmation, staleness.',
    },
    'PUT /api/v1/orgs/{slug}/dpia/screenings/{activityKey}': {
      operationId: 'confirmDpiaScreening',
      description:
        'Confirms the screening on the activity’s current register version; the result follows from the ' +
        'criteria (two or more: required; one: recommended) and GBA list items (any: required). Closes the ' +
        'action-plan actions asking for it.',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}': {
      operationId: 'getDpiaAssessment',
      description:
        'The assessment of an activity in the CNIL structure (context, principles, risks, validation): the ' +
        'register’s facts and answers beside the questions, the risk map before and after the planned measures ' +
        '(values and SVG), whether prior consultation of the GBA is due (Art. 36), what still blocks validation ' +
        'and every version with what changed. No version yet: an empty draft to fill in.',
    },
    'PUT /api/v1/orgs/{slug}/dpia/assessments/{activityKey}': {
      operationId: 'saveDpiaAssessment',
      description:
        'Saves the newest draft, or a new version when the newest was validated or refused. A new planned ' +
        'measure opens an action of the action plan (source dpia.measure); a measure taken out closes it.',
    },
    'POST /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/decision': {
      operationId: 'decideDpiaAssessment',
      description:
        'Validates or refuses the newest draft. Validation is refused (409) while a risk is not estimated ' +
        '(risks_incomplete) or, when a DPO is designated, without the DPO’s opinion (dpo_opinion_required). ' +
        'Either decision freezes the version’s PDF report in the organisation’s language (signedPdf: SHA-256, ' +
        'also in the audit event with who decided and when).',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/report.pdf': {
      operationId: 'getDpiaReportPdf',
      description: 'The assessment as a PDF report in nl, fr or en.',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/signed.pdf': {
      operationId: 'getDpiaSignedPdf',
      description:
        'The PDF frozen when a version was validated or refused, byte for byte as it was then, whatever changed ' +
        'in the register since; header x-custos-sha256 repeats its recorded SHA-256. Default: the newest decided ' +
        'version. 404 for a draft; 500 `decided_pdf_corrupt` (recorded in the audit log) when the stored bytes no ' +
        'longer match that SHA-256.',
    },
    'POST /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/signed-copies': {
      operationId: 'uploadDpiaSignedCopy',
      description:
        'Attaches the copy the DPO or the controller signed (by hand and scanned, or with an eID or a qualified ' +
        'signature) to a validated or refused version. Custos checks that the file is a PDF (header %PDF-x.y, an ' +
        'end marker %%EOF in its last 1024 bytes; 422 on body.file: file_empty, file_too_large, file_not_pdf, ' +
        'pdf_incomplete), keeps it sealed with its SHA-256, who uploaded it and when, and records the upload in ' +
        'the audit log. It does not verify the signature nor that the document is the PDF Custos drew up. 409 ' +
        '`dpia_version_not_decided` for a draft; when the version has a copy, the field "replaces" must name it ' +
        '(409 `signed_copy_exists` otherwise): the earlier copy stays in the history, marked replaced.',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/signed-copies/{copyId}': {
      operationId: 'getDpiaSignedCopy',
      description:
        'A signed copy, byte for byte as uploaded (application/pdf, as an attachment); header x-custos-sha256 ' +
        'repeats the SHA-256 recorded at the upload. 500 `signed_copy_corrupt` (recorded in the audit log) when ' +
        'the stored bytes no longer match it.',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/diff': {
      operationId: 'diffDpiaVersions',
      description:
        'What changed between two versions, field by field in the order of the CNIL structure, both sides worded ' +
        'in `lang`: texts, lists (one item a line), severity and likelihood in words, evaluations, planned ' +
        'measures by key; `words` marks what was taken out and put in inside a changed text, word by word. ' +
        'Default: the newest version against the one before it. 422 on `querystring.from` ' +
        'unless from < to; 404 for a version that does not exist.',
    },
    'GET /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/export': {
      operationId: 'exportDpiaAssessment',
      description:
        'The assessment as JSON (format custos.dpia/v1), to import in another organisation or later.',
    },
    'POST /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import': {
      operationId: 'importDpiaAssessment',
      description: 'Imports a JSON file from the export as the draft of this activity.',
    },
    'POST /api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import/cnil-pia': {
      operationId: 'importCnilPia',
      description:
        'Imports the JSON file of the CNIL PIA software (pia, answers, measures, evaluations, comments) as a new ' +
        'draft version: context, principles with their evaluations, measures as text, the three risks with ' +
        'severity and likelihood (1-4) before and after the action plan, the action plan as planned measures, the ' +
        'DPO’s opinion and the people’s views. Every part with no place in Custos is listed in notImported by ' +
        'path and name. The status in the file (validated, refused) is never taken over. dryRun=true stores ' +
        'nothing. A file that is not one: 422 cnil_pia_file_invalid naming each field (decision 0092).',
    },
  },
})
