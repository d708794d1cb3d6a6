import type { RequestRefusals } from './types'

/** English texts of the refusals about requests (problem+json `code`, field `code`). */
export const requestRefusalsEn = {
  problems: {
    request_closed: 'The request is closed; a closed request is final.',
    invalid_date: 'The date is not valid.',
    before_last_change: 'The request changed in the meantime. Reload the page and try again.',
    not_allowed_in_status: 'This action is not possible in the current status of the request.',
    already_extended:
      'The time limit was already extended; the GDPR allows one extension of two months (Art. 12(3)).',
    extension_too_late:
      'The first month has passed: an extension must be decided and told to the data subject within one month of receipt (Art. 12(3) GDPR).',
    reasons_required: 'Give the reasons: the GDPR requires them.',
    reason_required: 'Say why the identity needs confirming.',
    identity_evidence_required: 'Say what the data subject must provide to confirm their identity.',
    identity_already_confirmed:
      'The identity is already confirmed; asking for more would not be proportionate.',
    identity_not_requested:
      'Identity cannot be a ground for refusal when no identity confirmation was asked for (Art. 11(2) and 12(2) GDPR).',
    method_required: 'Say how the identity was confirmed.',
    fee_already_warned: 'The data subject was already told of a fee.',
    fee_not_warned: 'No fee was announced for this request.',
    fee_ground_invalid:
      'A fee is only possible for a manifestly unfounded or excessive request (Art. 12(5) GDPR).',
    invalid_amount: 'The amount must be above zero.',
    controller_required: 'Name the controller you forward the request to.',
    ground_invalid: 'Unknown refusal ground.',
    ground_not_applicable:
      'Compelling legitimate grounds only answer an objection to processing based on legitimate interests (Art. 21(1) GDPR).',
    legal_reference_required: 'Name the law that obliges the organisation (ground: legal obligation).',
    direct_marketing_objection_absolute:
      'An objection to direct marketing cannot be refused: it is absolute (Art. 21(3) GDPR).',
    refused_part_required: 'Say which rights or which part of the request you refuse.',
    nothing_granted: 'You refuse every right requested: use the "Refuse" action instead.',
    unknown_type: 'A refused right is not part of this request.',
    access_details_required: 'Say how the data subject receives the copy of the data (access).',
    erasure_details_required: 'Say what was erased and what is kept, and why (erasure).',
    retention_rule_required:
      'Data kept because of a legal obligation need the retention rule or an explanation naming the law.',
    transmission_recipient_required: 'Name the controller the data were passed to.',
    types_required: 'Choose at least one right.',
    unknown_channel: 'Unknown channel.',
    reference_required: 'The request needs a reference.',
    received_in_future: 'The date of receipt cannot be in the future.',
    attachment_too_large: 'The file is larger than 5 MB.',
    assignee_not_handler: 'This member cannot handle requests; choose an owner, privacy officer or agent.',
    not_processor_activity:
      'In the register, this activity is not processing you carry out as a processor for a client.',
    client_not_of_activity: 'This client does not belong to the chosen activity in the register.',
    unknown_client: 'The organisation has no such client (Processors page).',
    client_required: 'This activity is carried out for several clients: choose the client.',
    unknown_register_keys:
      'The answer names entries that are not (or no longer) in the register. Choose them again from the lists.',
    kept_incomplete: 'For all data kept, give the data categories and why they are kept.',
  },
  fieldProblems: {
    unknown_data_category: '"{{value}}" is not a data category of the register.',
    unknown_retention_rule: '"{{value}}" is not a retention rule of the register.',
    unknown_activity: '"{{value}}" is not a processing activity of the register.',
    unknown_purpose: '"{{value}}" is not a purpose of the register.',
  },
} satisfies RequestRefusals
