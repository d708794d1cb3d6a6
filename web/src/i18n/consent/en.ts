/** English texts of the suppression page (issue 17): marketing suppression, the DNCM list, campaign checks. */
export const consentEn = {
  suppression: {
    title: 'Suppression',
    intro:
      'Who may not be contacted for marketing: objections to direct marketing, unsubscribes and erased people who asked never to be contacted again, kept as keyed hashes so they survive erasure; and the Belgian do-not-call list (DNCM) in use.',
    dncmTitle: 'Do-not-call list (DNCM)',
    dncmNone:
      'No DNCM list has been imported: phone numbers cannot be checked against it, so no telemarketing call may be made. Import the file with “custos dncm import”.',
    dncmCurrent:
      'List of {{date}} in use ({{numbers}} numbers), usable until {{until}}. File SHA-256: {{sha}}.',
    dncmStale:
      'The list in use dates from {{date}}: it is older than {{days}} days and may no longer be used. Import the latest file before any telemarketing call; until then every phone check answers “not consulted”.',
    countsTitle: 'Entries by reason',
    reasons: {
      objection: 'Objection to direct marketing',
      unsubscribe: 'Unsubscribe',
      erased_do_not_contact: 'Erased, never contact again',
    },
    optIns: 'Opt-ins overriding the DNCM list',
    entriesTitle: 'Entries',
    entriesNone: 'The suppression list is empty.',
    columns: {
      identifier: 'Identifier',
      reason: 'Reason',
      channel: 'Channel',
      source: 'Source',
      added: 'Added',
      actions: 'Actions',
    },
    channels: { email: 'E-mail', phone: 'Phone', post: 'Post', all: 'Every channel' },
    sources: { staff: 'Staff', api: 'API', portal_request: 'Request portal', cli: 'Command line' },
    remove: 'Remove {{identifier}}',
    removed: '{{identifier}} was removed from the suppression list.',
    addTitle: 'Add an entry',
    kind: 'Kind of identifier',
    kinds: { email: 'E-mail address', phone: 'Phone number', postal: 'Postal address' },
    value: 'Identifier',
    reason: 'Reason',
    channel: 'Channel of the unsubscribe',
    note: 'Note (optional)',
    add: 'Add',
    added: '{{identifier}} is on the suppression list.',
    checkTitle: 'Check a campaign file',
    checkIntro:
      'A CSV file with a header line and a column email, phone or address. You get the same lines back with the verdict, the reason and the DNCM registration date of each.',
    checkFile: 'Campaign file (CSV)',
    checkChannel: 'Channel of the campaign',
    check: 'Check',
    checking: 'Checking…',
    download: 'Download the checked file ({{lines}} lines)',
  },
}
