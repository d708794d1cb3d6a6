import { defineOperations } from '../../http/openapi-catalogue'

const P = '/api/v1/orgs/{slug}/processors'

/** The processor operations in the OpenAPI document (decisions 0026, 0036). */
export const processorOperations = defineOperations({
  tag: {
    name: 'processors',
    description:
      'Art. 28 both ways. As controller: per register vendor its processing agreements (document encrypted, ' +
      'Art. 28(3) a-h checklist), transfers (adequacy, SCC 2021/914 module, EU-US DPF with the date last checked, ' +
      'BCR, derogation) with a TIA note, certifications, sub-processors, risk and review date; findings for the ' +
      'linter. As processor: clients with agreements, instructions, activities (Art. 30(2)) and contacts, and ' +
      'sub-processor changes announced to them with an objection window. Reading needs processors:read, changing ' +
      'processors:write (ending a contract connectors:write).',
  },
  operations: {
    [`GET ${P}/vendors`]: {
      operationId: 'listProcessorVendors',
      description: 'Every vendor of the register with what is kept about it here.',
    },
    [`GET ${P}/vendors/{key}`]: {
      operationId: 'getProcessorVendor',
      description: 'One register vendor with its agreements, transfers and profile.',
    },
    [`PUT ${P}/vendors/{key}/profile`]: {
      operationId: 'saveProcessorVendorProfile',
      description:
        'Risk level, security certifications, the vendor’s own sub-processors, the last and next review dates ' +
        '(a reminder is mailed to the privacy contact on the next one) and notes.',
    },
    [`POST ${P}/vendors/{key}/agreements`]: {
      operationId: 'createVendorAgreement',
      description:
        'Records a processing agreement with the vendor: title, version, signed date, term, notice period, the ' +
        'Art. 28(3) checklist a-h with where each clause is, and optionally the document (base64, at most 5 MB, ' +
        'stored encrypted). 404 when the register has no vendor with this key.',
    },
    [`POST ${P}/vendors/{key}/transfers`]: {
      operationId: 'createVendorTransfer',
      description:
        'Records a transfer outside the EEA through the vendor with its mechanism. A DPF transfer without a check ' +
        'in the last 12 months, an SCC transfer without module or TIA note, are findings.',
    },
    [`PATCH ${P}/transfers/{id}`]: {
      operationId: 'updateVendorTransfer',
      description: 'Changes a transfer, e.g. the date the DPF list was last checked.',
    },
    [`DELETE ${P}/transfers/{id}`]: {
      operationId: 'deleteVendorTransfer',
      description: 'Deletes a transfer.',
    },
    [`PATCH ${P}/agreements/{id}`]: {
      operationId: 'updateProcessingAgreement',
      description: 'Changes an agreement of a vendor or a client; a new document replaces the old one.',
    },
    [`DELETE ${P}/agreements/{id}`]: {
      operationId: 'deleteProcessingAgreement',
      description: 'Deletes an agreement and its document.',
    },
    [`PUT ${P}/agreements/{id}/document`]: {
      operationId: 'uploadAgreementDocument',
      description:
        'Puts the signed document on an agreement of a vendor or a client, replacing the one it had: ' +
        'multipart/form-data with one part `file` (at most 5 MB; PDF, JPEG, PNG, ZIP, DOCX, XLSX, ODT, ODS, CSV, ' +
        'TXT, JSON or XML, checked by content and extension together). Stored encrypted; audited.',
      refusals: [422],
    },
    [`GET ${P}/agreements/{id}/document`]: {
      operationId: 'downloadAgreementDocument',
      description: 'The agreement’s document, decrypted, as an attachment. 404 when it has none.',
    },
    [`GET ${P}/findings`]: {
      operationId: 'processorFindings',
      description:
        'The processor rules of the linter, worded in `lang`: processor without agreement, missing Art. 28(3) ' +
        'points, ended agreement, SCC without module or TIA, DPF check older than 12 months, review overdue.',
    },
    [`GET ${P}/export`]: {
      operationId: 'exportProcessors',
      description:
        'The processors register in nl, fr or en as an XLSX workbook with one sheet per side of Art. 28: as ' +
        'controller one row per register vendor (agreements with the Art. 28(3) points and where each is, ' +
        'transfers and their mechanism, its sub-processors, certifications, risk, review dates); as processor one ' +
        'row per client (its contacts, the activities done for it - Art. 30(2) -, instructions, agreements). The ' +
        'file name carries the Brussels date.',
    },
    [`GET ${P}/clients`]: {
      operationId: 'listProcessorClients',
      description: 'The controllers the organisation processes for, with contacts and agreements.',
    },
    [`POST ${P}/clients`]: {
      operationId: 'createProcessorClient',
      description:
        'Adds a client: name, language (its mails are written in it), contacts (notification, requests, breaches; ' +
        'stored encrypted), documented instructions and the register activities done for it (role processor).',
      requestExample: {
        name: 'Brasserie Dupont',
        language: 'fr',
        contacts: { email: 'privacy@dupont.example.be' },
        instructions: 'Invoicing only; no marketing use.',
      },
    },
    [`GET ${P}/clients/{id}`]: {
      operationId: 'getProcessorClient',
      description: 'One client with its agreements and the activities done for it: its Art. 30(2) record.',
    },
    [`PATCH ${P}/clients/{id}`]: {
      operationId: 'updateProcessorClient',
      description: 'Changes a client; `status: ended` keeps it but stops mailing it.',
      requestExample: { status: 'ended' },
    },
    [`DELETE ${P}/clients/{id}`]: {
      operationId: 'deleteProcessorClient',
      description: 'Deletes a client and its agreements.',
    },
    [`POST ${P}/clients/{id}/agreements`]: {
      operationId: 'createClientAgreement',
      description: 'Records the processing agreement with a client (same fields as a vendor agreement).',
      requestExample: { title: 'Contrat de sous-traitance', signedOn: '2026-01-15' },
    },
    [`GET ${P}/settings`]: {
      operationId: 'getProcessorSettings',
      description: 'The default objection window for sub-processor changes (days).',
    },
    [`PUT ${P}/settings`]: {
      operationId: 'saveProcessorSettings',
      description: 'Sets the default objection window for sub-processor changes (1-90 days; default 7).',
      requestExample: { objectionDays: 14 },
    },
    [`GET ${P}/changes`]: {
      operationId: 'listSubprocessorChanges',
      description: 'The latest 200 sub-processor changes, newest first, with the objections received.',
    },
    [`POST ${P}/changes`]: {
      operationId: 'announceSubprocessorChange',
      description:
        'Announces an addition or removal of a sub-processor. Every active client is mailed in its language with ' +
        'a signed link to object (with reasons) during the window, every confirmed subscriber of the public page ' +
        'too. After the window the change takes effect (a job): the register vendor is added as sub-processor, ' +
        'or removed. 404 for the removal of a vendor the register does not have.',
      requestExample: {
        kind: 'add',
        vendor: {
          key: 'mailjet',
          name: 'Mailjet SAS',
          country: 'FR',
          services: 'sending invoices by e-mail',
        },
        note: 'Replaces our own mail server.',
      },
    },
    [`POST ${P}/changes/{id}/withdraw`]: {
      operationId: 'withdrawSubprocessorChange',
      description: 'Withdraws an announced change; it will not take effect.',
      refusals: [409],
    },
    [`POST ${P}/clients/{id}/contract-end`]: {
      operationId: 'endClientContract',
      description:
        "Records the client's choice at the end of the contract (Art. 28(3)(g)) and carries it out through the " +
        "connectors, on every dataset that names a clientField, from the client's systemReference: return " +
        'exports its rows (and the rows hanging off them) into an encrypted package with a download link; ' +
        'destroy erases them like an erasure request - rows a retention rule keeps stay, with their rule, rows ' +
        "other clients share are left - and yields a certificate of destruction. The client's status becomes " +
        'ended. 409 when the client has no systemReference, no dataset names a clientField, or an end is running ' +
        '(of two simultaneous requests one starts, the other gets 409). When the run fails the end shows ' +
        'failed with the error; retry it with .../contract-ends/{id}/retry.',
      refusals: [409],
    },
    [`GET ${P}/contract-ends`]: {
      operationId: 'listContractEnds',
      description:
        'The ends of contracts, newest first: choice, status, and per system and collection the rows found, ' +
        'deleted, masked and kept (with the retention rule and its end).',
    },
    [`POST ${P}/contract-ends/{id}/retry`]: {
      operationId: 'retryContractEnd',
      description:
        'Tries a failed end of contract again: the same connector run resumes where it stopped (systems already ' +
        'done are not done twice), so the certificate of a destroy covers the whole run. 409 when the end did ' +
        'not fail or another end of the same contract is under way.',
      refusals: [409],
    },
    [`POST ${P}/contract-ends/{id}/package-link`]: {
      operationId: 'issueContractReturnLink',
      description:
        'A download link for the package of a completed return, to give to the client; it works once and ' +
        "expires after the organisation's package link days. 409 for a destroy or an end still running.",
      refusals: [409],
    },
    [`GET ${P}/contract-ends/{id}/certificate`]: {
      operationId: 'getContractEndCertificate',
      description:
        'The certificate of destruction (PDF, nl/fr/en) of a completed destroy: systems, counts per collection, ' +
        'the copies kept under a legal obligation with their rule, and the dates. 409 for a return.',
      refusals: [409],
    },
  },
})
